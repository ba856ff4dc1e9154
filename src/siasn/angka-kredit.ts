import { Desimal } from '../core/desimal';
import { KinerjaError } from '../core/error';
import { issueOf, prefixIssues, type Issue } from '../core/issue';
import { fail, ok, safely, type Result } from '../core/result';
import { periksaObjek } from '../core/periksa';
import { periksaOpsi } from '../core/opsi';
import { parseSalinan } from '../core/salinan';
import { fromZodIssues } from '../core/zod-issues';
import { isTanggalIso } from '../core/tanggal';
import { ketentuanBerlakuDari } from '../ketentuan/opsi-ketentuan';
import type { KetentuanBerlaku } from '../ketentuan/types';
import { formatAngkaKredit } from '../penilaian/angka-kredit';
import { validateRekamAngkaKredit, type RekamAngkaKredit } from '../penilaian/rekam-ak';
import { HasilIntegrasiSchema } from '../pak/schema';
import type { HasilIntegrasi } from '../pak/integrasi';
import { keTanggalSiasn, PembacaBaris } from './baca';
import { AngkaKreditSiasnBodySchema, type AngkaKreditSiasnBody, type DokumenSiasn } from './schema';
import { SKEMA_SIASN } from './konvensi';

/**
 * A month of a year, as SIASN's period fields carry it.
 *
 * @category SIASN
 * @example
 * import type { BulanTahun } from 'pengelolaan-kinerja/siasn';
 * const akhir2022: BulanTahun = { tahun: 2022, bulan: 12 };
 */
export interface BulanTahun {
  /** The year. */
  readonly tahun: number;
  /** The month (1–12). */
  readonly bulan: number;
}

/**
 * The input of {@link toAngkaKreditSiasn}: the SIASN ids and SK of the PAK, and what is sent: a konversi record
 * (`rekam`) or a PAK Integrasi with its period (`integrasi`), exactly one.
 *
 * @category SIASN
 * @example
 * import type { InputAngkaKreditSiasn } from 'pengelolaan-kinerja/siasn';
 * const input: InputAngkaKreditSiasn = {
 *   pnsId: 'A8ACA7397AEB3912E040640A040269BB', rwJabatanId: 'c3f1', nomorSk: '800/17/PAK/2026', tanggalSk: '2026-01-20',
 *   rekam: createRekamAngkaKredit({ tahun: 2025, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-muda', predikat: 'baik' }),
 * };
 */
export interface InputAngkaKreditSiasn {
  /** SIASN's id of the row, to update it; absent for a new row. */
  readonly id?: string;
  /** The PNS's SIASN id. */
  readonly pnsId: string;
  /** The SIASN id of the jabatan record. */
  readonly rwJabatanId: string;
  /** The PAK's letter number. */
  readonly nomorSk: string;
  /** ISO date (yyyy-mm-dd); sent as dd-mm-yyyy. */
  readonly tanggalSk: string;
  /** `isAngkaKreditPertama` (default false). */
  readonly pertama?: boolean;
  /**
   * The documents already uploaded to SIASN for this record, as SIASN's upload endpoint returns them (`dok_id`,
   * `dok_nama`, `dok_uri`, `object`, `slug`; `dok_id` from `SKEMA_SIASN.dokumenId`), passed through unchanged; the body
   * carries `path: []` when absent (docs/siasn.md, "What to send").
   */
  readonly path?: readonly DokumenSiasn[];
  /** A konversi: the period's angka kredit record. */
  readonly rekam?: RekamAngkaKredit;
  /** An integrasi: its result and the months it covers. */
  readonly integrasi?: { readonly hasil: HasilIntegrasi; readonly mulai: BulanTahun; readonly selesai: BulanTahun };
}

/**
 * Options of {@link toAngkaKreditSiasn}.
 *
 * @category SIASN
 * @example
 * import type { OpsiAngkaKreditSiasn } from 'pengelolaan-kinerja/siasn';
 * const opsi: OpsiAngkaKreditSiasn = { benderaTidak: '' };
 */
export interface OpsiAngkaKreditSiasn {
  /** How an unset flag is written: "0" (default, the helpdesk) or "" (the SDK's example). */
  readonly benderaTidak?: '0' | '';
  /** The rule set whose SIASN rounding applies (default the built-in: 3 decimals half-up, the same in every one). */
  readonly ketentuan?: KetentuanBerlaku;
}

const ak3 = (d: Desimal | string, k: KetentuanBerlaku | undefined) =>
  formatAngkaKredit(d, { untuk: 'siasn', ...(k === undefined ? {} : { ketentuan: k }) });

function cekPeriode(p: unknown, nama: string): Issue[] {
  const b = p as BulanTahun | null;
  const sah =
    b !== null &&
    typeof b === 'object' &&
    Number.isInteger(b.tahun) &&
    b.tahun >= 1000 &&
    b.tahun <= 9999 &&
    Number.isInteger(b.bulan) &&
    b.bulan >= 1 &&
    b.bulan <= 12;
  return sah
    ? []
    : [
        issueOf(
          'argumen-tidak-valid',
          ['integrasi', nama],
          `${nama} harus { tahun, bulan } dengan bulan 1..12.`,
          `${nama} must be { tahun, bulan } with bulan 1..12.`,
        ),
      ];
}

/**
 * The body of SIASN's `POST /angkakredit/save` for a konversi record or a PAK Integrasi, with SIASN's conventions
 * encoded once ({@link SKEMA_SIASN}): every value a string, flags "1"/"0", months without a leading zero,
 * `tanggalSk` dd-mm-yyyy, the misspelt `…Penailan` fields, and the AK with 3 decimals, rounded once from the exact
 * value by the rule set's SIASN policy. A konversi is sent as `isKonversi: "1"` with the AK as `kreditUtamaBaru` and
 * `kreditBaruTotal` (`kreditPenunjangBaru` "0.000"); an integrasi as `isIntegrasi: "1"`. No network: the app sends
 * it. Refusals are coded issues (the record checked with `validateRekamAngkaKredit`).
 *
 * @param input - The SIASN ids, the letter number and date, and a konversi record or an integrasi.
 * @param opsi - `ketentuan` and the SIASN conventions to use.
 * @returns The body, or a failed result with `argumen-tidak-valid` (a missing konversi or integrasi, a `tanggalSk` that
 *   is not a date) or `skema-tidak-valid`.
 * @category SIASN
 * @example
 * import { toAngkaKreditSiasn } from 'pengelolaan-kinerja/siasn';
 * const b = toAngkaKreditSiasn({
 *   pnsId: 'A8ACA7397AEB3912E040640A040269BB', rwJabatanId: 'c3f1', nomorSk: '800/17/PAK/2026', tanggalSk: '2026-01-20',
 *   rekam: createRekamAngkaKredit({ tahun: 2025, bulanMulai: 11, bulanAkhir: 12, jenjang: 'ahli-pertama', predikat: 'baik' }),
 * });
 * b.success && b.data.kreditBaruTotal;    //=> '2.083'
 * b.success && b.data.tanggalSk;          //=> '20-01-2026'
 * b.success && b.data.bulanMulaiPenailan; //=> '11'
 * b.success && b.data.isKonversi;         //=> '1'
 */
export function toAngkaKreditSiasn(
  input: InputAngkaKreditSiasn,
  opsi?: OpsiAngkaKreditSiasn,
): Result<AngkaKreditSiasnBody> {
  const awal = safely(() => {
    periksaObjek(input, 'input');
    const o = periksaOpsi(opsi, 'toAngkaKreditSiasn', ['benderaTidak', 'ketentuan']);
    if (o.benderaTidak !== undefined && o.benderaTidak !== '0' && o.benderaTidak !== '') {
      throw new KinerjaError(
        'argumen-tidak-valid',
        'benderaTidak harus "0" atau "".',
        'benderaTidak must be "0" or "".',
      );
    }
    return {
      tidak: o.benderaTidak ?? SKEMA_SIASN.bendera.tidakBawaan,
      k: ketentuanBerlakuDari(o.ketentuan, 'opsi.ketentuan'),
    };
  });
  if (!awal.success) return awal;
  const { tidak, k } = awal.data;
  const issues: Issue[] = [];
  if ((input.rekam === undefined) === (input.integrasi === undefined)) {
    issues.push(
      issueOf(
        'argumen-tidak-valid',
        [],
        'Berikan tepat satu: rekam (konversi) atau integrasi.',
        'Give exactly one: rekam (konversi) or integrasi.',
      ),
    );
  }
  if (typeof input.tanggalSk !== 'string' || !isTanggalIso(input.tanggalSk)) {
    issues.push(
      issueOf('argumen-tidak-valid', ['tanggalSk'], 'tanggalSk harus yyyy-mm-dd.', 'tanggalSk must be yyyy-mm-dd.'),
    );
  }
  // The period and figures of the row: a konversi (its record's months) or an integrasi (the period given).
  const isi = (mulai: BulanTahun, selesai: BulanTahun, nilai: string, jenis: 'konversi' | 'integrasi') => {
    const ak = ak3(nilai, k);
    return {
      bulanMulaiPenailan: String(mulai.bulan),
      tahunMulaiPenailan: String(mulai.tahun),
      bulanSelesaiPenailan: String(selesai.bulan),
      tahunSelesaiPenailan: String(selesai.tahun),
      kreditUtamaBaru: ak,
      kreditPenunjangBaru: ak3('0', k),
      kreditBaruTotal: ak,
      isIntegrasi: jenis === 'integrasi' ? SKEMA_SIASN.bendera.ya : tidak,
      isKonversi: jenis === 'konversi' ? SKEMA_SIASN.bendera.ya : tidak,
    };
  };
  let baris: ReturnType<typeof isi> | null = null;
  if (input.rekam !== undefined && input.integrasi === undefined) {
    const r = validateRekamAngkaKredit(input.rekam);
    if (!r.success) issues.push(...prefixIssues(r.issues, ['rekam']));
    else
      baris = isi(
        { tahun: r.data.tahun, bulan: r.data.bulanMulai },
        { tahun: r.data.tahun, bulan: r.data.bulanAkhir },
        r.data.angkaKredit,
        'konversi',
      );
  } else if (input.integrasi !== undefined && input.rekam === undefined) {
    const g = input.integrasi as Partial<NonNullable<InputAngkaKreditSiasn['integrasi']>>;
    const h = parseSalinan(HasilIntegrasiSchema, g?.hasil);
    const periode = [...cekPeriode(g?.mulai, 'mulai'), ...cekPeriode(g?.selesai, 'selesai')];
    issues.push(...periode, ...(h.success ? [] : fromZodIssues(h.error.issues, ['integrasi', 'hasil'])));
    if (h.success && periode.length === 0 && g.mulai !== undefined && g.selesai !== undefined)
      baris = isi(g.mulai, g.selesai, h.data.akIntegrasi, 'integrasi');
  }
  if (issues.length > 0 || baris === null) return fail(issues);
  const body = parseSalinan(AngkaKreditSiasnBodySchema, {
    ...(input.id === undefined ? {} : { id: input.id }),
    pnsId: input.pnsId,
    rwJabatanId: input.rwJabatanId,
    nomorSk: input.nomorSk,
    tanggalSk: keTanggalSiasn(input.tanggalSk),
    ...baris,
    isAngkaKreditPertama: input.pertama === true ? SKEMA_SIASN.bendera.ya : tidak,
    path: input.path ?? [],
  });
  if (!body.success) return fail(fromZodIssues(body.error.issues));
  return ok(body.data);
}

/**
 * An angka kredit row of SIASN read into library values: the period, the three figures as exact decimal strings, the
 * flags as booleans, the SK date as ISO.
 *
 * @category SIASN
 * @example
 * import type { AngkaKreditSiasn } from 'pengelolaan-kinerja/siasn';
 * const total = (r: AngkaKreditSiasn) => r.total;
 */
export interface AngkaKreditSiasn {
  /** SIASN's record id, or `null` for a new record. */
  readonly id: string | null;
  /** The PNS's SIASN id. */
  readonly pnsId: string | null;
  /** The SIASN id of the jabatan record it belongs to. */
  readonly rwJabatanId: string | null;
  /** The jabatan's name, where SIASN gives it. */
  readonly namaJabatan: string | null;
  /** The PAK's letter number. */
  readonly nomorSk: string;
  /** The PAK's date (`yyyy-mm-dd`). */
  readonly tanggalSk: string;
  /** The first month the angka kredit covers. */
  readonly mulai: BulanTahun;
  /** The last month it covers. */
  readonly selesai: BulanTahun;
  /** The main angka kredit (exact decimal string). */
  readonly kreditUtama: string;
  /** The supporting angka kredit (exact decimal string). */
  readonly kreditPenunjang: string;
  /** The total (exact decimal string). */
  readonly total: string;
  /** Whether it is a PAK Konversi (from a predikat). */
  readonly konversi: boolean;
  /** Whether it is a PAK Integrasi. */
  readonly integrasi: boolean;
  /** Whether it is the first angka kredit in the jabatan. */
  readonly pertama: boolean;
}

/**
 * Reads one angka kredit row of SIASN (a `/pns/rw-angkakredit/{nip}` row, a mirror-table row, or an
 * `angkakredit/save` body) into an {@link AngkaKreditSiasn}. Both sides' spellings are read (`pnsId`/`pns`,
 * `rwJabatanId`/`rwJabatan`); numbers may come as numbers or numeric strings; flags "1" set and "0", "" or null unset;
 * `tanggalSk` dd-mm-yyyy (or ISO). Anything else is a coded issue located at its field (`medan-hilang`,
 * `nilai-tidak-dikenal`, `medan-bertentangan`), never a default. Unknown extra fields are ignored.
 *
 * @param baris - Anything: one SIASN row.
 * @returns The row in the library's terms, or a failed result with `argumen-tidak-valid` (not an object) or
 *   `skema-tidak-valid`.
 * @category SIASN
 * @example
 * import { fromAngkaKreditSiasn } from 'pengelolaan-kinerja/siasn';
 * const r = fromAngkaKreditSiasn({ id: 'x1', pns: 'p1', nomorSk: '800/1', tanggalSk: '20-01-2026', bulanMulaiPenailan: '1', tahunMulaiPenailan: '2025', bulanSelesaiPenailan: '12', tahunSelesaiPenailan: '2025', kreditUtamaBaru: '25.000', kreditPenunjangBaru: '0.000', kreditBaruTotal: '25.000', isAngkaKreditPertama: '0', isIntegrasi: '0', isKonversi: '1' });
 * r.success && r.data.total;     //=> '25'
 * r.success && r.data.tanggalSk; //=> '2026-01-20'
 * fromAngkaKreditSiasn({ kreditBaruTotal: '25,5' }).success; //=> false
 */
export function fromAngkaKreditSiasn(baris: unknown): Result<AngkaKreditSiasn> {
  if (baris === null || typeof baris !== 'object' || Array.isArray(baris)) {
    return fail([
      issueOf('argumen-tidak-valid', [], 'Baris SIASN harus berupa objek.', 'A SIASN row must be an object.'),
    ]);
  }
  const b = new PembacaBaris(baris as Record<string, unknown>, []);
  const nilai = {
    id: b.teks(['id'], false),
    pnsId: b.teks(['pnsId', 'pns'], false),
    rwJabatanId: b.teks(['rwJabatanId', 'rwJabatan'], false),
    namaJabatan: b.teks(['namaJabatan'], false),
    nomorSk: b.teks(['nomorSk']),
    tanggalSk: b.tanggal(['tanggalSk']),
    mulai: { tahun: b.bulat(['tahunMulaiPenailan'], 1000, 9999), bulan: b.bulat(['bulanMulaiPenailan'], 1, 12) },
    selesai: { tahun: b.bulat(['tahunSelesaiPenailan'], 1000, 9999), bulan: b.bulat(['bulanSelesaiPenailan'], 1, 12) },
    kreditUtama: b.desimal(['kreditUtamaBaru']),
    kreditPenunjang: b.desimal(['kreditPenunjangBaru']),
    total: b.desimal(['kreditBaruTotal']),
    konversi: b.bendera('isKonversi'),
    integrasi: b.bendera('isIntegrasi'),
    pertama: b.bendera('isAngkaKreditPertama'),
  };
  if (b.issues.length > 0) return fail(b.issues);
  return ok(
    Object.freeze({
      ...nilai,
      mulai: Object.freeze(nilai.mulai),
      selesai: Object.freeze(nilai.selesai),
    }) as AngkaKreditSiasn,
  );
}
