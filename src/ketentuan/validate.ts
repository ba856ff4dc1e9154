import { Desimal } from '../core/desimal';
import { periksaObjek } from '../core/periksa';
import { deepFreeze } from '../core/freeze';
import { tandaiKetentuan } from './tanda-terperiksa';
import { issueOf, type Issue, type PathSegment } from '../core/issue';
import { fail, ok, safely, type Result } from '../core/result';
import { fromZodIssues } from '../core/zod-issues';
import {
  ASPEK_BERAKHLAK,
  GOLONGAN,
  JENJANG,
  LANGKAH_SIKLUS,
  NILAI_OBSERVASI,
  PERAN,
  PREDIKAT,
  RATING,
  STATUS_KEPEGAWAIAN,
  STATUS_RENCANA,
} from './kode';
import { spellingsOf } from './label';
import { KetentuanKonversiSchema, KetentuanSchema } from './schema';
import type {
  BagianKetentuan,
  Entri,
  HariPeriode,
  Ketentuan,
  KetentuanBerlaku,
  KetentuanKonversi,
  Sumber,
} from './types';
import { parseSalinan } from '../core/salinan';

type Add = (code: string, path: readonly PathSegment[], id: string, en: string) => void;

function checkCodes(list: readonly { kode: string }[], canonical: readonly string[], path: string, add: Add): void {
  const seen = new Set<string>();
  list.forEach((e, i) => {
    if (seen.has(e.kode))
      add('kode-ganda', [path, i, 'kode'], `Kode "${e.kode}" muncul dua kali.`, `Code "${e.kode}" appears twice.`);
    seen.add(e.kode);
  });
  for (const kode of canonical) {
    if (!seen.has(kode)) add('kode-hilang', [path], `Kode "${kode}" tidak ada.`, `Code "${kode}" is missing.`);
  }
}

function checkLabels(list: readonly Entri[], path: string, add: Add): void {
  const owner = new Map<string, string>();
  list.forEach((e, i) => {
    for (const s of spellingsOf(e)) {
      const prev = owner.get(s);
      if (prev !== undefined && prev !== e.kode) {
        add(
          'label-ambigu',
          [path, i],
          `Label "${s}" dipakai oleh "${prev}" dan "${e.kode}".`,
          `Label "${s}" is used by "${prev}" and "${e.kode}".`,
        );
      }
      owner.set(s, e.kode);
    }
  });
}

function checkAk(value: string | null, path: readonly PathSegment[], add: Add, nullable: boolean): Desimal | null {
  if (value === null) {
    if (!nullable) add('nilai-hilang', path, 'Nilai wajib diisi.', 'A value is required.');
    return null;
  }
  if (!Desimal.isValid(value)) {
    add('desimal-tidak-valid', path, `"${value}" bukan desimal yang tepat.`, `"${value}" is not an exact decimal.`);
    return null;
  }
  const d = Desimal.from(value);
  if (d.compare(0) < 0) add('nilai-negatif', path, `Nilai ${value} negatif.`, `Value ${value} is negative.`);
  return d;
}

function positiveInt(n: number): boolean {
  return Number.isSafeInteger(n) && n > 0;
}

/** A source cites documents the rule set lists; an open fact explains the default chosen. */
function cekSumber(s: Sumber, path: readonly PathSegment[], docs: ReadonlySet<string>, add: Add): void {
  if (s.acuan.length === 0) add('sumber-kosong', path, 'Sumber tanpa acuan dokumen.', 'A source cites no document.');
  for (const a of s.acuan) {
    if (!docs.has(a))
      add(
        'sumber-tidak-dikenal',
        path,
        `Acuan "${a}" tidak ada di daftar dokumen.`,
        `Reference "${a}" is not in the document list.`,
      );
  }
  if (s.tingkat === 'open' && (s.catatan ?? '').trim() === '') {
    add(
      'kebijakan-tanpa-catatan',
      path,
      'Fakta terbuka (open) wajib menjelaskan bawaan yang dipilih.',
      'An open fact must explain the default chosen.',
    );
  }
}

/** Every source of every part, of every catalogue row and indicator, cites known documents. */
function cekSemuaSumber(k: KetentuanBerlaku, add: Add): void {
  const docs = new Set(k.dokumen.map((d) => d.id));
  if (docs.size !== k.dokumen.length)
    add('kode-ganda', ['dokumen'], 'Id dokumen sumber ganda.', 'Duplicate source document id.');
  for (const [bagian, s] of Object.entries(k.sumber) as [BagianKetentuan, Sumber][])
    cekSumber(s, ['sumber', bagian], docs, add);
  if (k.lingkup === 'konversi') return;
  k.katalogRhk.forEach((r, i) => cekSumber(r.sumber, ['katalogRhk', i, 'sumber'], docs, add));
  k.indikatorPraktikKinerja.forEach((ind, i) =>
    cekSumber(ind.sumber, ['indikatorPraktikKinerja', i, 'sumber'], docs, add),
  );
}

/** Periods: ordered, non-overlapping months; the kind matches the count. */
function cekPeriode(k: KetentuanBerlaku, add: Add): void {
  let last = 0;
  k.periode.rentangBulan.forEach(([a, b], i) => {
    if (a > b || a <= last) {
      add(
        'periode-tidak-valid',
        ['periode', 'rentangBulan', i],
        `Rentang bulan ${a}–${b} tidak berurutan.`,
        `Month range ${a}–${b} is out of order.`,
      );
    }
    last = b;
  });
  const expected = k.periode.jenis === 'semester' ? 2 : 1;
  if (k.periode.rentangBulan.length !== expected) {
    add(
      'periode-tidak-valid',
      ['periode'],
      `Jenis ${k.periode.jenis} harus punya ${expected} periode.`,
      `Kind ${k.periode.jenis} must have ${expected} periods.`,
    );
  }
}

/** Canonical code lists, complete and unambiguous; catalogue codes unique. */
function cekDaftarKode(k: KetentuanBerlaku, add: Add): void {
  const lists: [string, readonly Entri[], readonly string[]][] = [
    ['peran', k.peran, PERAN],
    ['statusKepegawaian', k.statusKepegawaian, STATUS_KEPEGAWAIAN],
    ['jenjang', k.jenjang, JENJANG],
    ['golongan', k.golongan, GOLONGAN],
    ['rating', k.rating, RATING],
    ['predikat', k.predikat, PREDIKAT],
    ['aspekBerakhlak', k.aspekBerakhlak, ASPEK_BERAKHLAK],
  ];
  if (k.lingkup !== 'konversi') {
    lists.push(
      ['langkahSiklus', k.langkahSiklus, LANGKAH_SIKLUS],
      ['nilaiObservasi', k.nilaiObservasi, NILAI_OBSERVASI],
      ['statusRencana', k.statusRencana, STATUS_RENCANA],
    );
  }
  for (const [path, list, canonical] of lists) {
    checkCodes(list, canonical, path, add);
    checkLabels(list, path, add);
  }
  if (k.lingkup !== 'konversi') {
    checkLabels(k.indikatorPraktikKinerja, 'indikatorPraktikKinerja', add);
    checkLabels(k.tugasTambahan, 'tugasTambahan', add);
    checkCodes(k.indikatorPraktikKinerja, [], 'indikatorPraktikKinerja', add);
    checkCodes(k.katalogRhk, [], 'katalogRhk', add);
    checkCodes(k.tugasTambahan, [], 'tugasTambahan', add);
    k.indikatorPraktikKinerja.forEach((ind, i) =>
      checkCodes(ind.fokusPerilaku, [], `indikatorPraktikKinerja[${i}].fokusPerilaku`, add),
    );
  }
  // SIASN kuadran codes: one predikat per code.
  const kuadran = new Map<number, string>();
  k.predikat.forEach((p, i) => {
    if (p.kuadranSiasn === undefined) return;
    const prev = kuadran.get(p.kuadranSiasn);
    if (prev !== undefined) {
      add(
        'label-ambigu',
        ['predikat', i, 'kuadranSiasn'],
        `Kuadran ${p.kuadranSiasn} dipakai oleh "${prev}" dan "${p.kode}".`,
        `Kuadran ${p.kuadranSiasn} is used by "${prev}" and "${p.kode}".`,
      );
    }
    kuadran.set(p.kuadranSiasn, p.kode);
  });
}

/** Coefficients and percentages: exact, non-negative, monotone. */
function cekKoefisien(k: KetentuanBerlaku, add: Add): void {
  let prevKoef: Desimal | null = null;
  JENJANG.forEach((kode) => {
    const i = k.jenjang.findIndex((j) => j.kode === kode);
    const e = k.jenjang[i];
    if (e === undefined) return;
    const d = checkAk(e.koefisienTahunan, ['jenjang', i, 'koefisienTahunan'], add, false);
    if (d && prevKoef && d.compare(prevKoef) < 0) {
      add(
        'koefisien-tidak-monoton',
        ['jenjang', i, 'koefisienTahunan'],
        'Koefisien harus naik mengikuti jenjang.',
        'Coefficients must not fall with a higher jenjang.',
      );
    }
    if (d) prevKoef = d;
  });
  let prevPct = Infinity;
  PREDIKAT.forEach((kode) => {
    const i = k.predikat.findIndex((p) => p.kode === kode);
    const e = k.predikat[i];
    if (e === undefined) return;
    if (!Number.isSafeInteger(e.persentase) || e.persentase < 0) {
      add(
        'persentase-tidak-valid',
        ['predikat', i, 'persentase'],
        'Persentase harus bilangan bulat ≥ 0.',
        'A percentage must be an integer ≥ 0.',
      );
    } else if (e.persentase > prevPct) {
      add(
        'persentase-tidak-monoton',
        ['predikat', i, 'persentase'],
        'Persentase harus turun mengikuti predikat.',
        'Percentages must not rise with a lower predikat.',
      );
    } else prevPct = e.persentase;
  });
}

/** Golongan: exact AK thresholds, order of jenjang, only the top has no next pangkat. */
function cekGolongan(k: KetentuanBerlaku, add: Add): void {
  let prevJenjang = 0;
  k.golongan.forEach((g, i) => {
    checkAk(g.akKenaikanPangkat, ['golongan', i, 'akKenaikanPangkat'], add, g.kode === 'IV/e');
    checkAk(g.akKenaikanJenjang, ['golongan', i, 'akKenaikanJenjang'], add, true);
    const j = JENJANG.indexOf(g.jenjang);
    if (j < prevJenjang)
      add(
        'golongan-tidak-berurutan',
        ['golongan', i, 'jenjang'],
        'Jenjang golongan harus naik berurutan.',
        'Golongan jenjang must not fall.',
      );
    prevJenjang = j;
  });
}

/** AK Dasar: an exact, non-negative decimal for every golongan. */
function cekAkDasar(k: KetentuanBerlaku, add: Add): void {
  for (const g of GOLONGAN) checkAk(k.akDasar[g], ['akDasar', g], add, false);
}

/** Points: valid bounds; catalogue points and maximum quantities are positive integers. */
function cekPoin(k: Ketentuan, add: Add): void {
  if (k.poin !== null) {
    const { minimum, maksimum } = k.poin;
    if (!positiveInt(minimum) || !positiveInt(maksimum) || minimum > maksimum) {
      add(
        'batas-poin-tidak-valid',
        ['poin'],
        `Batas poin ${minimum}..${maksimum} tidak valid.`,
        `Point bounds ${minimum}..${maksimum} are invalid.`,
      );
    }
  }
  k.katalogRhk.forEach((r, i) => {
    if (!positiveInt(r.poin))
      add(
        'poin-tidak-valid',
        ['katalogRhk', i, 'poin'],
        'Poin harus bilangan bulat positif.',
        'Points must be a positive integer.',
      );
    if (r.kuantitasMaksimum !== null && !positiveInt(r.kuantitasMaksimum)) {
      add(
        'kuantitas-tidak-valid',
        ['katalogRhk', i, 'kuantitasMaksimum'],
        'Kuantitas maksimum harus bilangan bulat positif.',
        'The maximum quantity must be a positive integer.',
      );
    }
  });
}

/** Dokumen akuntabilitas: one per role and code. */
function cekDokumen(k: Ketentuan, add: Add): void {
  const dok = new Set<string>();
  k.dokumenAkuntabilitas.forEach((d, i) => {
    const key = `${d.peran}:${d.kode}`;
    if (dok.has(key))
      add('kode-ganda', ['dokumenAkuntabilitas', i], `Dokumen ${key} ganda.`, `Document ${key} appears twice.`);
    dok.add(key);
  });
}

/** Calendar: within the period, in the order of the steps, every stage scheduled. */
function cekKalender(k: Ketentuan, add: Add): void {
  const panjang = Math.min(...k.periode.rentangBulan.map(([a, b]) => b - a + 1));
  let prevMulai = 0;
  k.kalender.forEach((t, i) => {
    if (
      !positiveInt(t.bulanMulai) ||
      !positiveInt(t.bulanAkhir) ||
      t.bulanMulai > t.bulanAkhir ||
      t.bulanAkhir > panjang
    ) {
      add(
        'kalender-tidak-valid',
        ['kalender', i],
        `Bulan ${t.bulanMulai}–${t.bulanAkhir} di luar periode ${panjang} bulan.`,
        `Months ${t.bulanMulai}–${t.bulanAkhir} fall outside a ${panjang}-month period.`,
      );
    } else if (t.bulanMulai < prevMulai) {
      add(
        'kalender-tidak-berurutan',
        ['kalender', i],
        'Tahap kalender tidak berurutan.',
        'Calendar stages are out of order.',
      );
    } else prevMulai = t.bulanMulai;
  });
  const tahap = new Set(k.kalender.map((t) => t.tahap));
  for (const l of ['perencanaan', ...LANGKAH_SIKLUS]) {
    if (!tahap.has(l as never))
      add('kode-hilang', ['kalender'], `Tahap "${l}" tidak dijadwalkan.`, `Stage "${l}" has no schedule.`);
  }
}

/** Shortest length of each calendar month (February 28), for a day that must exist in every year. */
const HARI_MINIMUM_BULAN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Dated sub-stages: unique codes; each day within the period (month 0 = the month before it) and existing in that
 * month in every year; the start not after the end.
 */
function cekJadwalRinci(k: Ketentuan, add: Add): void {
  checkCodes(k.jadwalRinci, [], 'jadwalRinci', add);
  checkLabels(k.jadwalRinci, 'jadwalRinci', add);
  const urutan = (t: HariPeriode) => t.bulan * 100 + (t.hari === 'akhir' ? 99 : t.hari);
  k.jadwalRinci.forEach((j, i) => {
    const salah = (t: HariPeriode) =>
      k.periode.rentangBulan.some(([a, b]) => {
        if (!Number.isSafeInteger(t.bulan) || t.bulan < 0 || t.bulan > b - a + 1) return true;
        if (t.hari === 'akhir') return false;
        const bulanKalender = (a - 1 + t.bulan - 1 + 12) % 12;
        return !positiveInt(t.hari) || t.hari > (HARI_MINIMUM_BULAN[bulanKalender] ?? 28);
      });
    for (const [bagian, t] of [
      ['mulai', j.mulai],
      ['selesai', j.selesai],
    ] as const) {
      if (t !== null && salah(t)) {
        add(
          'jadwal-rinci-tidak-valid',
          ['jadwalRinci', i, bagian],
          `Hari ${t.hari} bulan ke-${t.bulan} tidak ada di setiap periode.`,
          `Day ${t.hari} of month ${t.bulan} does not exist in every period.`,
        );
      }
    }
    if (j.mulai !== null && urutan(j.mulai) > urutan(j.selesai)) {
      add(
        'jadwal-rinci-tidak-valid',
        ['jadwalRinci', i],
        'Tanggal mulai sesudah tanggal selesai.',
        'The start is after the end.',
      );
    }
  });
}

/** Beban kerja: exact hours; only known groups carry JP. */
function cekBebanKerja(k: Ketentuan, add: Add): void {
  if (k.bebanKerja !== null) checkAk(k.bebanKerja.jamKerjaPerMinggu, ['bebanKerja', 'jamKerjaPerMinggu'], add, false);
  k.tugasTambahan.forEach((t, i) => {
    if ((t.kelompok === undefined) !== (t.jamTatapMuka === undefined)) {
      add(
        'tugas-tambahan-tidak-lengkap',
        ['tugasTambahan', i],
        'Kelompok dan jam tatap muka diisi bersama atau tidak sama sekali.',
        'Kelompok and jamTatapMuka go together or not at all.',
      );
    }
  });
  checkCodes(k.cakupan, [], 'cakupan', add);
}

/** Pola distribusi: every constraint has a bound, minimum below maximum. */
function cekDistribusi(k: KetentuanBerlaku, add: Add): void {
  for (const [org, list] of Object.entries(k.polaDistribusi)) {
    list.forEach((b, i) => {
      if (b.minPersen !== undefined && b.maksPersen !== undefined && b.minPersen > b.maksPersen) {
        add(
          'batas-distribusi-tidak-valid',
          ['polaDistribusi', org, i],
          `Batas ${b.minPersen}% > ${b.maksPersen}%.`,
          `Bound ${b.minPersen}% > ${b.maksPersen}%.`,
        );
      }
      if (b.minPersen === undefined && b.maksPersen === undefined && b.minJumlah === undefined) {
        add(
          'batas-distribusi-tidak-valid',
          ['polaDistribusi', org, i],
          'Batasan tanpa batas.',
          'A constraint without a bound.',
        );
      }
    });
  }
}

/** Text limit: a positive integer. */
function cekBatasTeks(k: KetentuanBerlaku, add: Add): void {
  if (!positiveInt(k.batasTeks.bawaan))
    add(
      'batas-teks-tidak-valid',
      ['batasTeks', 'bawaan'],
      'Batas teks harus bilangan bulat positif.',
      'The text limit must be a positive integer.',
    );
}

/** Rapor Pendidikan: the three categories once each; every mapped indicator is one of the rule set's. */
function cekRaporPendidikan(k: Ketentuan, add: Add): void {
  checkCodes(k.raporPendidikan.kategori, ['kurang', 'sedang', 'baik'], 'raporPendidikan.kategori', add);
  const dikenal = new Set(k.indikatorPraktikKinerja.map((i) => i.kode));
  k.raporPendidikan.peta.forEach((p, i) => {
    p.indikator.forEach((kode, j) => {
      if (!dikenal.has(kode))
        add(
          'kode-tidak-dikenal',
          ['raporPendidikan', 'peta', i, 'indikator', j],
          `Indikator "${kode}" tidak ada di ketentuan.`,
          `Indicator "${kode}" is not in the rule set.`,
        );
    });
  });
}

/** The meaning checks of every rule set, each a named function over the whole rule set. */
const CEK_DASAR: readonly ((k: KetentuanBerlaku, add: Add) => void)[] = [
  cekSemuaSumber,
  cekPeriode,
  cekDaftarKode,
  cekKoefisien,
  cekGolongan,
  cekAkDasar,
  cekDistribusi,
  cekBatasTeks,
];

/** The meaning checks of the plan and siklus parts. */
const CEK_PERENCANAAN: readonly ((k: Ketentuan, add: Add) => void)[] = [
  cekPoin,
  cekDokumen,
  cekKalender,
  cekJadwalRinci,
  cekBebanKerja,
  cekRaporPendidikan,
];

function semantic(k: KetentuanBerlaku): Issue[] {
  const issues: Issue[] = [];
  const add: Add = (code, path, id, en) => issues.push(issueOf(code, path, id, en));
  for (const cek of CEK_DASAR) cek(k, add);
  if (k.lingkup !== 'konversi') for (const cek of CEK_PERENCANAAN) cek(k, add);
  return issues;
}

/**
 * Checks a rule set, shape and meaning, and returns it deep-frozen (a fresh copy: the input is not frozen or
 * changed) or every issue found: a missing matrix cell or an unknown key (`skema-tidak-valid` at its path), a negative coefficient
 * (`nilai-negatif`), a source citing an unknown document (`sumber-tidak-dikenal`), two codes sharing a label
 * (`label-ambigu`), and so on.
 *
 * @param input - Anything: a rule set to check.
 * @returns The rule set, deep-frozen, or a failed result with every issue (`skema-tidak-valid`, `nilai-negatif`,
 *   `kode-ganda`, `kode-hilang`, `label-ambigu`, …) at its path.
 * @category Ketentuan
 * @example
 * validateKetentuan(KETENTUAN_2024).success; //=> true
 * const broken = { ...KETENTUAN_2024, jenjang: [{ ...KETENTUAN_2024.jenjang[0], koefisienTahunan: '-1' }, ...KETENTUAN_2024.jenjang.slice(1)] };
 * validateKetentuan(broken).success; //=> false
 */
export function validateKetentuan(input: unknown): Result<Ketentuan> {
  if (input !== null && typeof input === 'object' && (input as { lingkup?: unknown }).lingkup === 'konversi') {
    return fail([
      issueOf(
        'lingkup-konversi',
        ['lingkup'],
        'Ketentuan ini berlingkup konversi (tanpa bagian perencanaan): periksa dengan validateKetentuanKonversi.',
        'This rule set has lingkup konversi (no planning parts): check it with validateKetentuanKonversi.',
      ),
    ]);
  }
  const parsed = parseSalinan(KetentuanSchema, input);
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues));
  const k: Ketentuan = parsed.data;
  const issues = semantic(k);
  return issues.length > 0 ? fail(issues) : ok(tandaiKetentuan(deepFreeze(k)));
}

/**
 * A new rule set from a base one with some parts replaced (e.g. next year's points), checked with
 * {@link validateKetentuan}. Give it a new `id`.
 *
 * @param base - The rule set to start from.
 * @param perubahan - The parts to replace (give a new `id`).
 * @returns The new rule set, checked and frozen, or a failed result with the issues of {@link validateKetentuan}.
 * @category Ketentuan
 * @example
 * const r = deriveKetentuan(KETENTUAN_2024, { id: '2024-sekolah-x', poin: { wajib: true, minimum: 40, maksimum: 128 } });
 * r.success && r.data.poin?.minimum; //=> 40
 */
export function deriveKetentuan(base: Ketentuan, perubahan: Partial<Ketentuan>): Result<Ketentuan>;
/**
 * A new rule set of the angka kredit side only ({@link KetentuanKonversi}) from a base one, checked with
 * {@link validateKetentuanKonversi}.
 *
 * @param base - The angka-kredit-only rule set to start from.
 * @param perubahan - The parts to replace (give a new `id`).
 * @returns The new rule set, checked and frozen, or a failed result with the issues of {@link
 *   validateKetentuanKonversi}.
 * @example
 * const r = deriveKetentuan(KETENTUAN_2023, { id: '2023-dinas-x' });
 * r.success && r.data.lingkup; //=> 'konversi'
 */
export function deriveKetentuan(
  base: KetentuanKonversi,
  perubahan: Partial<KetentuanKonversi>,
): Result<KetentuanKonversi>;
export function deriveKetentuan(
  base: KetentuanBerlaku,
  perubahan: Partial<KetentuanBerlaku>,
): Result<KetentuanBerlaku> {
  const bentuk = safely(() => {
    periksaObjek(base, 'base');
    periksaObjek(perubahan, 'perubahan');
  });
  if (!bentuk.success) return bentuk;
  const baru = { ...base, ...perubahan };
  return baru.lingkup === 'konversi' ? validateKetentuanKonversi(baru) : validateKetentuan(baru);
}

/**
 * {@link validateKetentuan} for a rule set of the angka kredit side only ({@link KetentuanKonversi},
 * `lingkup: 'konversi'`): the shape of {@link KetentuanKonversiSchema} and the same meaning checks without the
 * planning parts.
 *
 * @param input - Anything: an angka-kredit-only rule set to check.
 * @returns The rule set, deep-frozen, or a failed result with every issue at its path (the codes of {@link
 *   validateKetentuan}).
 * @category Ketentuan
 * @example
 * validateKetentuanKonversi(KETENTUAN_2023).success; //=> true
 * validateKetentuanKonversi(KETENTUAN_2024).success; //=> false
 */
export function validateKetentuanKonversi(input: unknown): Result<KetentuanKonversi> {
  const parsed = parseSalinan(KetentuanKonversiSchema, input);
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues));
  const k = parsed.data as KetentuanKonversi;
  const issues = semantic(k);
  return issues.length > 0 ? fail(issues) : ok(tandaiKetentuan(deepFreeze(k)));
}
