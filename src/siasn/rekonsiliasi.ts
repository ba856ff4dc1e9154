import { Desimal } from '../core/desimal';
import { KinerjaError } from '../core/error';
import { formatPath, issueOf, prefixIssues, type Issue } from '../core/issue';
import { periksaObjek } from '../core/periksa';
import { periksaOpsi } from '../core/opsi';
import { PREDIKAT, RATING, type Predikat, type Rating } from '../ketentuan/kode';
import { ketentuanDari } from '../ketentuan/opsi-ketentuan';
import type { KetentuanBerlaku } from '../ketentuan/types';
import type { OpsiKetentuan } from '../ketentuan/opsi-ketentuan';
import { formatAngkaKredit } from '../penilaian/angka-kredit';
import { predikatKinerja } from '../penilaian/predikat';
import { validateRekamAngkaKredit, type RekamAngkaKredit } from '../penilaian/rekam-ak';
import { fromAngkaKreditSiasn, type AngkaKreditSiasn } from './angka-kredit';
import { fromSkp22Siasn, type Skp22Siasn } from './skp22';
import { SKEMA_SIASN } from './konvensi';

/**
 * A year's SKP result kept locally, to reconcile with SIASN's `skp22` rows.
 *
 * @category SIASN
 * @example
 * import type { SkpLokal } from 'pengelolaan-kinerja/siasn';
 * const s: SkpLokal = { tahun: 2025, predikat: 'baik', hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi' };
 */
export interface SkpLokal {
  /** The year. */
  readonly tahun: number;
  /** The year's predikat. */
  readonly predikat: Predikat;
  /** The hasil kerja rating, where kept. */
  readonly hasilKerja?: Rating;
  /** The perilaku kerja rating, where kept. */
  readonly perilakuKerja?: Rating;
}

/**
 * The input of {@link rekonsiliasiSiasn}: local records and SIASN's rows (as they come: each is read with
 * {@link fromAngkaKreditSiasn} / {@link fromSkp22Siasn}).
 *
 * @category SIASN
 * @example
 * import type { InputRekonsiliasiSiasn } from 'pengelolaan-kinerja/siasn';
 * const input: InputRekonsiliasiSiasn = { lokal: { angkaKredit: [], skp: [] }, siasn: { angkaKredit: [], skp22: [] } };
 */
export interface InputRekonsiliasiSiasn {
  /** What the app holds: angka kredit records and yearly SKP. */
  readonly lokal: { readonly angkaKredit?: readonly RekamAngkaKredit[]; readonly skp?: readonly SkpLokal[] };
  /** What SIASN returned: its angka kredit rows and its SKP 2022 rows, as read. */
  readonly siasn: { readonly angkaKredit?: readonly unknown[]; readonly skp22?: readonly unknown[] };
}

/**
 * The result of {@link rekonsiliasiSiasn}: every difference as a coded, located issue (the path starts with `lokal` or
 * `siasn`, the list and the index), how many pairs matched, and how many SIASN rows are outside the comparison
 * (angka kredit rows that are not konversi, e.g. integrasi).
 *
 * @category SIASN
 * @example
 * import type { RekonsiliasiSiasn } from 'pengelolaan-kinerja/siasn';
 * const bersih = (r: RekonsiliasiSiasn) => r.selisih.length === 0;
 */
export interface RekonsiliasiSiasn {
  /** Every difference, as a coded issue. */
  readonly selisih: readonly Issue[];
  /** How many records agree. */
  readonly cocok: number;
  /** How many SIASN rows were left out of the comparison (an angka kredit row that is not a konversi). */
  readonly diabaikan: number;
}

/** One issue for an unreadable SIASN row, naming each field's problem. */
function tidakTerbaca(issues: readonly Issue[], path: readonly (string | number)[]): Issue {
  const id = issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ');
  const en = issues.map((i) => `${formatPath(i.path)}: ${i.messageEn}`).join('; ');
  return issueOf(
    'baris-tidak-terbaca',
    [...path],
    `Baris SIASN tidak terbaca (${id})`,
    `SIASN row cannot be read (${en})`,
    { medan: issues.map((i) => formatPath(i.path)).join(', ') },
  );
}

/** One unit in SIASN's last decimal place of angka kredit. */
const SATUAN_AK = `1/${10 ** SKEMA_SIASN.desimalAk}`;

const kunciAk = (t1: number, b1: number, t2: number, b2: number) => `${t1}/${b1}-${t2}/${b2}`;
const namaBulan = (r: { tahun: number; bulanMulai: number; bulanAkhir: number }) =>
  `${r.tahun} bulan ${r.bulanMulai}–${r.bulanAkhir}`;

/** SIASN's konversi rows keyed by their period; unreadable and repeated rows reported, the others counted. */
function barisAkSiasn(
  siasn: readonly unknown[],
  out: Issue[],
): { baris: Map<string, { r: AngkaKreditSiasn; j: number }>; diabaikan: number } {
  const baris = new Map<string, { r: AngkaKreditSiasn; j: number }>();
  let diabaikan = 0;
  siasn.forEach((x, j) => {
    const r = fromAngkaKreditSiasn(x);
    if (!r.success) {
      out.push(tidakTerbaca(r.issues, ['siasn', 'angkaKredit', j]));
      return;
    }
    if (!r.data.konversi) {
      diabaikan += 1;
      return;
    }
    const kunci = kunciAk(r.data.mulai.tahun, r.data.mulai.bulan, r.data.selesai.tahun, r.data.selesai.bulan);
    const ada = baris.get(kunci);
    if (ada !== undefined) {
      out.push(
        issueOf(
          'baris-ganda',
          ['siasn', 'angkaKredit', j],
          `Baris SIASN ${j} mengulang periode ${kunci} (baris ${ada.j}).`,
          `SIASN row ${j} repeats period ${kunci} (row ${ada.j}).`,
          { baris: ada.j },
        ),
      );
      return;
    }
    baris.set(kunci, { r: r.data, j });
  });
  return { baris, diabaikan };
}

/**
 * Compares a local record with the SIASN row of its period: the issue when they differ, null when they agree.
 * SIASN keeps SKEMA_SIASN.desimalAk (3) decimals: any rounding of the exact value to them lies within one unit of the
 * last place (0.001) of it.
 */
function bandingkanAk(
  r: RekamAngkaKredit,
  i: number,
  s: { r: AngkaKreditSiasn; j: number },
  k: KetentuanBerlaku | undefined,
): Issue | null {
  const beda = Desimal.from(s.r.total).minus(r.angkaKredit);
  if (beda.compare(SATUAN_AK) < 0 && beda.negated().compare(SATUAN_AK) < 0) return null;
  const harap = formatAngkaKredit(r.angkaKredit, { untuk: 'siasn', ...(k === undefined ? {} : { ketentuan: k }) });
  return issueOf(
    'angka-kredit-berbeda',
    ['siasn', 'angkaKredit', s.j, 'kreditBaruTotal'],
    `AK ${namaBulan(r)}: SIASN ${s.r.total}, lokal ${r.angkaKredit} (di SIASN seharusnya ${harap}).`,
    `AK ${namaBulan(r)}: SIASN ${s.r.total}, local ${r.angkaKredit} (SIASN should hold ${harap}).`,
    { siasn: s.r.total, lokal: r.angkaKredit, harapan: harap, lokalIndex: i },
  );
}

function rekonsiliasiAk(
  lokal: readonly unknown[],
  siasn: readonly unknown[],
  k: KetentuanBerlaku | undefined,
  out: Issue[],
): { cocok: number; diabaikan: number } {
  const { baris, diabaikan } = barisAkSiasn(siasn, out);
  const terpakai = new Set<string>();
  let cocok = 0;
  lokal.forEach((x, i) => {
    const v = validateRekamAngkaKredit(x);
    if (!v.success) {
      out.push(...prefixIssues(v.issues, ['lokal', 'angkaKredit', i]));
      return;
    }
    const r = v.data;
    const kunci = kunciAk(r.tahun, r.bulanMulai, r.tahun, r.bulanAkhir);
    const s = baris.get(kunci);
    if (s === undefined) {
      out.push(
        issueOf(
          'tidak-ada-di-siasn',
          ['lokal', 'angkaKredit', i],
          `Konversi ${namaBulan(r)} belum ada di SIASN.`,
          `Konversi ${namaBulan(r)} is not in SIASN.`,
        ),
      );
      return;
    }
    terpakai.add(kunci);
    const beda = bandingkanAk(r, i, s, k);
    if (beda !== null) out.push(beda);
    else cocok += 1;
  });
  for (const [kunci, s] of baris) {
    if (!terpakai.has(kunci))
      out.push(
        issueOf(
          'tidak-ada-di-lokal',
          ['siasn', 'angkaKredit', s.j],
          `Konversi SIASN periode ${kunci} tidak ada di catatan lokal.`,
          `SIASN's konversi of period ${kunci} is not in the local records.`,
        ),
      );
  }
  return { cocok, diabaikan };
}

function cekSkpLokal(x: unknown): x is SkpLokal {
  const s = x as SkpLokal | null;
  return (
    s !== null &&
    typeof s === 'object' &&
    Number.isInteger(s.tahun) &&
    PREDIKAT.includes(s.predikat) &&
    (s.hasilKerja === undefined || RATING.includes(s.hasilKerja)) &&
    (s.perilakuKerja === undefined || RATING.includes(s.perilakuKerja))
  );
}

/**
 * SIASN's `skp22` rows keyed by their year; unreadable and repeated rows reported, and a row whose kuadran breaks the
 * regulation's matrix (reported, never "fixed").
 */
function barisSkpSiasn(
  siasn: readonly unknown[],
  k: KetentuanBerlaku | undefined,
  out: Issue[],
): Map<number, { r: Skp22Siasn; j: number }> {
  const baris = new Map<number, { r: Skp22Siasn; j: number }>();
  siasn.forEach((x, j) => {
    const r = fromSkp22Siasn(x);
    if (!r.success) {
      out.push(tidakTerbaca(r.issues, ['siasn', 'skp22', j]));
      return;
    }
    const matriks = predikatKinerja(r.data.hasilKerja, r.data.perilakuKerja, k === undefined ? {} : { ketentuan: k });
    if (matriks !== r.data.predikat) {
      out.push(
        issueOf(
          'kuadran-tidak-sesuai-matriks',
          ['siasn', 'skp22', j, 'kuadranKinerjaNilai'],
          `SKP ${r.data.tahun} di SIASN: kuadran ${r.data.predikat}, padahal matriks ${r.data.hasilKerja} × ${r.data.perilakuKerja} = ${matriks}.`,
          `SKP ${r.data.tahun} in SIASN: kuadran ${r.data.predikat}, but the matrix gives ${r.data.hasilKerja} × ${r.data.perilakuKerja} = ${matriks}.`,
          { siasn: r.data.predikat, matriks },
        ),
      );
    }
    const ada = baris.get(r.data.tahun);
    if (ada !== undefined) {
      out.push(
        issueOf(
          'baris-ganda',
          ['siasn', 'skp22', j],
          `Baris SIASN ${j} mengulang tahun ${r.data.tahun} (baris ${ada.j}).`,
          `SIASN row ${j} repeats year ${r.data.tahun} (row ${ada.j}).`,
          { baris: ada.j },
        ),
      );
      return;
    }
    baris.set(r.data.tahun, { r: r.data, j });
  });
  return baris;
}

/** The differences between a local SKP and the SIASN row of its year: predikat, then each rating given locally. */
function bandingkanSkp(s: SkpLokal, r: { r: Skp22Siasn; j: number }): Issue[] {
  const beda: Issue[] = [];
  if (r.r.predikat !== s.predikat) {
    beda.push(
      issueOf(
        'predikat-berbeda',
        ['siasn', 'skp22', r.j, 'kuadranKinerjaNilai'],
        `SKP ${s.tahun}: SIASN ${r.r.predikat}, lokal ${s.predikat}.`,
        `SKP ${s.tahun}: SIASN ${r.r.predikat}, local ${s.predikat}.`,
        { siasn: r.r.predikat, lokal: s.predikat },
      ),
    );
  }
  for (const [medan, lokalNilai, siasnNilai] of [
    ['hasilKinerjaNilai', s.hasilKerja, r.r.hasilKerja],
    ['perilakuKerjaNilai', s.perilakuKerja, r.r.perilakuKerja],
  ] as const) {
    if (lokalNilai !== undefined && lokalNilai !== siasnNilai) {
      beda.push(
        issueOf(
          'rating-berbeda',
          ['siasn', 'skp22', r.j, medan],
          `SKP ${s.tahun} ${medan}: SIASN ${siasnNilai}, lokal ${lokalNilai}.`,
          `SKP ${s.tahun} ${medan}: SIASN ${siasnNilai}, local ${lokalNilai}.`,
          { siasn: siasnNilai, lokal: lokalNilai },
        ),
      );
    }
  }
  return beda;
}

function rekonsiliasiSkp(
  lokal: readonly unknown[],
  siasn: readonly unknown[],
  k: KetentuanBerlaku | undefined,
  out: Issue[],
): number {
  const baris = barisSkpSiasn(siasn, k, out);
  const terpakai = new Set<number>();
  let cocok = 0;
  lokal.forEach((s, i) => {
    if (!cekSkpLokal(s)) {
      out.push(
        issueOf(
          'argumen-tidak-valid',
          ['lokal', 'skp', i],
          'SKP lokal harus { tahun, predikat, hasilKerja?, perilakuKerja? } dengan kode yang dikenal.',
          'A local SKP must be { tahun, predikat, hasilKerja?, perilakuKerja? } with known codes.',
        ),
      );
      return;
    }
    const r = baris.get(s.tahun);
    if (r === undefined) {
      out.push(
        issueOf(
          'tidak-ada-di-siasn',
          ['lokal', 'skp', i],
          `SKP ${s.tahun} belum ada di SIASN.`,
          `SKP ${s.tahun} is not in SIASN.`,
        ),
      );
      return;
    }
    terpakai.add(s.tahun);
    const beda = bandingkanSkp(s, r);
    out.push(...beda);
    if (beda.length === 0) cocok += 1;
  });
  for (const [tahun, r] of baris) {
    if (!terpakai.has(tahun))
      out.push(
        issueOf(
          'tidak-ada-di-lokal',
          ['siasn', 'skp22', r.j],
          `SKP ${tahun} di SIASN tidak ada di catatan lokal.`,
          `SIASN's SKP ${tahun} is not in the local records.`,
        ),
      );
  }
  return cocok;
}

/**
 * Compares local records with SIASN's rows and lists every difference, coded and located: `tidak-ada-di-siasn` (a
 * local konversi period or SKP year SIASN lacks), `tidak-ada-di-lokal`, `baris-ganda` (SIASN repeats a period or
 * year), `angka-kredit-berbeda` (SIASN's total differs from the exact local value by 0.001 or more: beyond any
 * rounding to SIASN's 3 decimals), `predikat-berbeda`, `rating-berbeda`, `kuadran-tidak-sesuai-matriks` (a SIASN row
 * whose kuadran breaks the regulation's matrix, as rows written by tools that take `max(hasil, perilaku)` do: reported,
 * never "fixed"), `baris-tidak-terbaca` (one per row, naming each field's problem). Angka kredit rows are matched by their exact period
 * (year and months); SKP rows by year. Only konversi rows are compared; the others are counted in `diabaikan`. Throws
 * `KinerjaError` for misuse (not an object, not lists).
 *
 * @param input - The local records and SIASN's rows.
 * @param opsi - `ketentuan`: the rule set (default: each record's own).
 * @returns Every difference as a coded issue (the codes above), with the counts of matching and skipped rows; never
 *   fails.
 * @category SIASN
 * @example
 * import { rekonsiliasiSiasn, toAngkaKreditSiasn } from 'pengelolaan-kinerja/siasn';
 * const rekam = createRekamAngkaKredit({ tahun: 2025, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-muda', predikat: 'baik' });
 * const body = unwrap(toAngkaKreditSiasn({ pnsId: 'p1', rwJabatanId: 'j1', nomorSk: '800/1', tanggalSk: '2026-01-20', rekam }));
 * const r = rekonsiliasiSiasn({
 *   lokal: { angkaKredit: [rekam], skp: [{ tahun: 2025, predikat: 'baik' }] },
 *   siasn: { angkaKredit: [body, { ...body, kreditBaruTotal: '18.750' }], skp22: [{ pnsDinilaiId: 'p1', tahun: '2025', hasilKinerjaNilai: '1', PerilakuKerjaNilai: '3', KuadranKinerjaNilai: '3' }] },
 * });
 * r.selisih.map((i) => i.code); //=> ['baris-ganda', 'kuadran-tidak-sesuai-matriks', 'predikat-berbeda']
 * r.cocok; //=> 1
 */
export function rekonsiliasiSiasn(input: InputRekonsiliasiSiasn, opsi?: OpsiKetentuan): RekonsiliasiSiasn {
  periksaObjek(input, 'input');
  periksaObjek(input.lokal, 'input.lokal');
  periksaObjek(input.siasn, 'input.siasn');
  const k = ketentuanDari(periksaOpsi(opsi, 'rekonsiliasiSiasn', ['ketentuan']).ketentuan, 'opsi.ketentuan');
  const daftar = (v: unknown, nama: string): readonly unknown[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v))
      throw new KinerjaError('argumen-tidak-valid', `${nama} harus berupa daftar.`, `${nama} must be a list.`);
    return v;
  };
  const out: Issue[] = [];
  const ak = rekonsiliasiAk(
    daftar(input.lokal.angkaKredit, 'lokal.angkaKredit'),
    daftar(input.siasn.angkaKredit, 'siasn.angkaKredit'),
    k,
    out,
  );
  const skp = rekonsiliasiSkp(daftar(input.lokal.skp, 'lokal.skp'), daftar(input.siasn.skp22, 'siasn.skp22'), k, out);
  return Object.freeze({ selisih: Object.freeze(out), cocok: ak.cocok + skp, diabaikan: ak.diabaikan });
}
