import {
  issueIdGanda,
  issueKuantitasTidakValid,
  issueOf,
  issuePilihanOpsi,
  type Issue,
  type PathSegment,
} from '../core/issue';
import { fail, ok, safely, type Result } from '../core/result';
import { fromZodIssues } from '../core/zod-issues';
import { ASPEK_BERAKHLAK } from '../ketentuan/kode';
import { pilihKetentuan } from '../ketentuan/pilih';
import { panjangTeks } from '../core/teks';
import type { Ketentuan } from '../ketentuan/types';
import { masalahNip } from './pegawai';
import { poinDari, statusPoinDari } from './rangkuman';
import { RencanaKinerjaSchema, type RencanaKinerja } from './rencana';
import { parseUtuh } from '../core/salinan';
import { cariKode } from '../core/entri';
import { periksaOpsi } from '../core/opsi';
import { ekuivalensiTugas } from './beban-kerja';

/**
 * How strictly {@link validateRencana} checks: a `draf` may be incomplete (no indicator yet, points below the
 * minimum, aspects without fokus perilaku) but not wrong; a `pengajuan` (submission) must be complete.
 *
 * @category Perencanaan
 * @example
 * const mode: ModeValidasi = 'pengajuan';
 */
export type ModeValidasi = 'draf' | 'pengajuan';

/**
 * Options of {@link validateRencana}.
 *
 * @category Perencanaan
 * @example
 * const opsi: OpsiValidasiRencana = { mode: 'draf', ketentuan: KETENTUAN_2024 };
 */
export interface OpsiValidasiRencana {
  /** Default `pengajuan`. */
  readonly mode?: ModeValidasi;
  /** Default: the rule set the plan names (`ketentuan`), else the one in force for its period. */
  readonly ketentuan?: Ketentuan;
}

/** What each check of a plan reads and where it reports. */
interface Konteks {
  readonly r: RencanaKinerja;
  readonly k: Ketentuan;
  readonly mode: ModeValidasi;
  readonly issues: Issue[];
  readonly add: (
    code: string,
    path: readonly PathSegment[],
    id: string,
    en: string,
    params?: Record<string, string | number>,
  ) => void;
  /** Reports a text over the rule set's limit, at the path `[a, b, c?]` (built only then). */
  readonly teks: (value: string | undefined, a: PathSegment, b: PathSegment, c?: PathSegment) => void;
  /** A positive safe integer. */
  readonly bulat: (n: number) => boolean;
}

/** The plan was made under this rule set, for a period it has. */
function cekKetentuanPeriode({ r, k, add }: Konteks): void {
  if (r.ketentuan !== k.id) {
    add(
      'ketentuan-berbeda',
      ['ketentuan'],
      `Rencana dibuat dengan ketentuan ${r.ketentuan}, diperiksa dengan ${k.id}.`,
      `The plan was made under rule set ${r.ketentuan}, checked under ${k.id}.`,
    );
  }
  const nPeriode = k.periode.rentangBulan.length;
  if (r.periode.ke > nPeriode) {
    add(
      'periode-tidak-ada',
      ['periode'],
      `Periode ke harus 1..${nPeriode} menurut ketentuan ${k.id}.`,
      `Period ke must be 1..${nPeriode} under rule set ${k.id}.`,
    );
  }
}

/** Pegawai: a role that plans, a golongan of the jenjang, a well-formed NIP. */
function cekPegawai({ r, k, issues, add }: Konteks): void {
  const peran = cariKode(k.peran, r.pegawai.peran);
  if (!peran?.pegawai) {
    add(
      'peran-bukan-pegawai',
      ['pegawai', 'peran'],
      `Peran ${r.pegawai.peran} tidak mengisi SKP menurut ketentuan ${k.id}.`,
      `Role ${r.pegawai.peran} does not plan an SKP under rule set ${k.id}.`,
    );
  }
  if (r.pegawai.golongan !== undefined && r.pegawai.jenjang !== undefined) {
    const g = cariKode(k.golongan, r.pegawai.golongan);
    if (g !== undefined && g.jenjang !== r.pegawai.jenjang) {
      add(
        'golongan-tidak-sesuai-jenjang',
        ['pegawai', 'golongan'],
        `Golongan ${g.kode} termasuk jenjang ${g.jenjang}, bukan ${r.pegawai.jenjang}.`,
        `Golongan ${g.kode} belongs to ${g.jenjang}, not ${r.pegawai.jenjang}.`,
      );
    }
  }
  if (r.pegawai.nip !== undefined) {
    issues.push(...masalahNip(r.pegawai.nip, r.pegawai.statusKepegawaian, ['pegawai', 'nip']));
  }
}

/** Praktik kinerja: exactly one indicator, of the pegawai's role. */
function cekPraktikKinerja({ r, k, mode, add }: Konteks): void {
  const nInd = r.indikatorPraktikKinerja.length;
  if (nInd > 1 || (mode === 'pengajuan' && nInd !== 1)) {
    add(
      'indikator-harus-satu',
      ['indikatorPraktikKinerja'],
      `Pilih tepat satu indikator praktik kinerja (sekarang ${nInd}).`,
      `Choose exactly one praktik-kinerja indicator (now ${nInd}).`,
      { jumlah: nInd },
    );
  }
  r.indikatorPraktikKinerja.forEach((kode, i) => {
    const ind = cariKode(k.indikatorPraktikKinerja, kode);
    if (ind === undefined) {
      add(
        'indikator-tidak-dikenal',
        ['indikatorPraktikKinerja', i],
        `Indikator "${kode}" tidak ada dalam ketentuan ${k.id}.`,
        `Indicator "${kode}" is not in rule set ${k.id}.`,
      );
    } else if (ind.peran !== r.pegawai.peran) {
      add(
        'indikator-peran-salah',
        ['indikatorPraktikKinerja', i],
        `Indikator "${kode}" untuk ${ind.peran}, bukan ${r.pegawai.peran}.`,
        `Indicator "${kode}" is for ${ind.peran}, not ${r.pegawai.peran}.`,
      );
    }
  });
}

/** Pengembangan kompetensi. */
function cekPengembanganKompetensi({ r, k, mode, issues, add, teks, bulat }: Konteks): void {
  const ids = new Set<string>();
  let total = 0;
  r.rhk.forEach((x, i) => {
    if (ids.has(x.id)) issues.push(issueIdGanda(['rhk', i, 'id'], 'RHK', x.id));
    ids.add(x.id);
    const item = cariKode(k.katalogRhk, x.kegiatan);
    total += poinDari(item, x.kuantitas) ?? 0;
    if (item === undefined) {
      add(
        'rhk-tidak-dikenal',
        ['rhk', i, 'kegiatan'],
        `Kegiatan "${x.kegiatan}" tidak ada dalam katalog RHK ketentuan ${k.id}.`,
        `Activity "${x.kegiatan}" is not in the RHK catalogue of rule set ${k.id}.`,
      );
    } else if (!item.untuk.includes(r.pegawai.peran)) {
      add(
        'rhk-peran-salah',
        ['rhk', i, 'kegiatan'],
        `Kegiatan "${x.kegiatan}" bukan untuk ${r.pegawai.peran}.`,
        `Activity "${x.kegiatan}" is not for ${r.pegawai.peran}.`,
      );
    }
    if (!bulat(x.kuantitas)) {
      issues.push(issueKuantitasTidakValid(['rhk', i, 'kuantitas'], x.kuantitas));
    } else if (item?.kuantitasMaksimum != null && x.kuantitas > item.kuantitasMaksimum) {
      add(
        'kuantitas-melebihi-maksimum',
        ['rhk', i, 'kuantitas'],
        `Kegiatan ini paling banyak ${item.kuantitasMaksimum} ${item.satuan} per periode.`,
        `This activity allows at most ${item.kuantitasMaksimum} ${item.satuan} per period.`,
      );
    }
    teks(x.keterangan, 'rhk', i, 'keterangan');
  });
  const s = statusPoinDari(total, k);
  if (k.poin !== null) {
    if (s.lebihPoin > 0) {
      add(
        'poin-lebih',
        ['rhk'],
        `Total poin ${total}, lebih ${s.lebihPoin} dari maksimum ${k.poin.maksimum}.`,
        `Total points ${total}, ${s.lebihPoin} over the maximum ${k.poin.maksimum}.`,
        { total, lebih: s.lebihPoin, maksimum: k.poin.maksimum },
      );
    } else if (mode === 'pengajuan' && k.poin.wajib && s.kurangPoin > 0) {
      add(
        'poin-kurang',
        ['rhk'],
        `Total poin ${total}, kurang ${s.kurangPoin} dari minimum ${k.poin.minimum}.`,
        `Total points ${total}, ${s.kurangPoin} short of the minimum ${k.poin.minimum}.`,
        { total, kurang: s.kurangPoin, minimum: k.poin.minimum },
      );
    }
  }
}

/** Tugas tambahan. */
function cekTugasTambahan({ r, k, issues, add, teks, bulat }: Konteks): void {
  const range = k.periode.rentangBulan[r.periode.ke - 1];
  const bulanPeriode = range === undefined ? 12 : range[1] - range[0] + 1;
  const tts = new Set<string>();
  r.tugasTambahan.forEach((t, i) => {
    if (tts.has(t.id)) issues.push(issueIdGanda(['tugasTambahan', i, 'id'], 'tugas tambahan', t.id));
    tts.add(t.id);
    if (!bulat(t.kuantitas)) issues.push(issueKuantitasTidakValid(['tugasTambahan', i, 'kuantitas'], t.kuantitas));
    if (!bulat(t.targetWaktuBulan) || t.targetWaktuBulan > bulanPeriode) {
      add(
        'waktu-tidak-valid',
        ['tugasTambahan', i, 'targetWaktuBulan'],
        `Target waktu harus 1..${bulanPeriode} bulan.`,
        `Target time must be 1..${bulanPeriode} months.`,
      );
    }
    teks(t.uraian, 'tugasTambahan', i, 'uraian');
  });
  if (k.bebanKerja !== null) {
    const { lain } = ekuivalensiTugas(
      k,
      r.tugasTambahan.map((t) => t.jenis),
    );
    const maksimum = k.bebanKerja.jamTugasLainMaksimum;
    if (lain > maksimum) {
      add(
        'tugas-tambahan-lain-melebihi-batas',
        ['tugasTambahan'],
        `Tugas tambahan lain setara ${lain} JP per minggu, melebihi batas ${maksimum} JP yang diakui (Permendikdasmen 11/2025): kurangi tugas tambahan lain dalam rencana sampai ${maksimum} JP.`,
        `The other tugas tambahan count ${lain} JP a week, over the ${maksimum} JP that are recognised (Permendikdasmen 11/2025): reduce the other duties in the plan to ${maksimum} JP.`,
        { jam: lain, maksimum },
      );
    }
  }
}

/** Perilaku kerja: one fokus per aspect. */
function cekPerilaku({ r, mode, add, teks }: Konteks): void {
  for (const aspek of ASPEK_BERAKHLAK) {
    const fokus = r.perilaku[aspek];
    if (mode === 'pengajuan' && (fokus === undefined || !/\S/.test(fokus))) {
      add(
        'perilaku-kosong',
        ['perilaku', aspek],
        `Fokus perilaku aspek ${aspek} belum diisi.`,
        `The fokus perilaku of aspect ${aspek} is empty.`,
      );
    }
    teks(fokus, 'perilaku', aspek);
  }
}

/** Dokumen akuntabilitas: known codes for the role. */
function cekDokumen({ r, k, add }: Konteks): void {
  for (const kode of Object.keys(r.dokumenAkuntabilitas)) {
    if (!k.dokumenAkuntabilitas.some((d) => d.kode === kode && d.peran === r.pegawai.peran)) {
      add(
        'dokumen-tidak-dikenal',
        ['dokumenAkuntabilitas', kode],
        `Dokumen "${kode}" bukan dokumen akuntabilitas ${r.pegawai.peran}.`,
        `"${kode}" is not a dokumen akuntabilitas of ${r.pegawai.peran}.`,
      );
    }
  }
}

/** The checks of a plan, in the order their issues are reported. */
const CEK_RENCANA: readonly ((konteks: Konteks) => void)[] = [
  cekKetentuanPeriode,
  cekPegawai,
  cekPraktikKinerja,
  cekPengembanganKompetensi,
  cekTugasTambahan,
  cekPerilaku,
  cekDokumen,
];

/**
 * Checks a plan (any value: stored JSON, a form's state) and returns it typed and frozen, or every issue found with
 * its path. Codes: `skema-tidak-valid`, `ketentuan-berbeda`, `periode-tidak-ada`, `peran-bukan-pegawai`,
 * `golongan-tidak-sesuai-jenjang`, `nip-*`, `indikator-harus-satu`, `indikator-tidak-dikenal`,
 * `indikator-peran-salah`, `rhk-tidak-dikenal`, `rhk-peran-salah`, `kuantitas-tidak-valid`,
 * `kuantitas-melebihi-maksimum`, `id-ganda`, `poin-kurang`, `poin-lebih`, `waktu-tidak-valid`, `perilaku-kosong`,
 * `teks-terlalu-panjang`, `dokumen-tidak-dikenal`, `tugas-tambahan-lain-melebihi-batas` (2025, 2026: the other tugas
 * tambahan of Permendikdasmen 11/2025 together above 6 JP a week).
 *
 * @param input - Anything: a plan to check.
 * @param opsi - `ketentuan`: the rule set (default: the plan's own `ketentuan`).
 * @returns The plan, typed and frozen, or a failed result with every issue found and its path (the codes above).
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2024, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 3 }); // 24 poin
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * const r = validateRencana(rencana);
 * r.success; //=> false
 * !r.success && r.issues[0]; //=> { code: 'poin-kurang', path: ['rhk'], message: 'Total poin 24, kurang 8 dari minimum 32.', … }
 * validateRencana(rencana, { mode: 'draf' }).success; //=> true
 */
export function validateRencana(input: unknown, opsi?: OpsiValidasiRencana): Result<RencanaKinerja> {
  const diperiksa = safely(() => periksaOpsi(opsi, 'validateRencana', ['mode', 'ketentuan']));
  if (!diperiksa.success) return diperiksa;
  const { mode = 'pengajuan', ketentuan } = diperiksa.data;
  if (mode !== 'draf' && mode !== 'pengajuan') {
    return fail([issuePilihanOpsi('mode', ['draf', 'pengajuan'], mode)]);
  }
  const parsed = parseUtuh(RencanaKinerjaSchema, input);
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues));
  const r = parsed.data;
  const pilihan = pilihKetentuan(r, ketentuan);
  if (!pilihan.success) return pilihan;
  const k = pilihan.data;
  const batas = k.batasTeks.bawaan;
  const issues: Issue[] = [];
  const add: Konteks['add'] = (code, path, id, en, params) => issues.push(issueOf(code, path, id, en, params));
  const konteks: Konteks = {
    r,
    k,
    mode,
    issues,
    add,
    teks: (value, a, b, c) => {
      const n = value === undefined ? 0 : panjangTeks(value, batas);
      if (n > batas)
        add(
          'teks-terlalu-panjang',
          c === undefined ? [a, b] : [a, b, c],
          `Teks ${n} karakter, maksimal ${batas}.`,
          `Text is ${n} characters, at most ${batas}.`,
          { panjang: n, batas },
        );
    },
    bulat: (n) => Number.isSafeInteger(n) && n > 0,
  };
  for (const cek of CEK_RENCANA) cek(konteks);
  return issues.length > 0 ? fail(issues) : ok(r);
}
