import { issueOf, type Issue } from '../core/issue';
import { fail, ok, safely, type Result } from '../core/result';
import { periksaObjek } from '../core/periksa';
import { parseSalinan } from '../core/salinan';
import { fromZodIssues } from '../core/zod-issues';
import { PREDIKAT, RATING, type Jenjang, type Predikat, type Rating } from '../ketentuan/kode';
import { ketentuanBerlakuOpsional, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';
import { predikatKinerja } from '../penilaian/predikat';
import { normalLabel, PembacaBaris } from './baca';
import {
  KinerjaPeriodikSiasnBodySchema,
  Skp22SiasnBodySchema,
  type DokumenSiasn,
  type KinerjaPeriodikSiasnBody,
  type Skp22SiasnBody,
} from './schema';
import { SKEMA_SIASN } from './konvensi';

/**
 * The pejabat penilai as SIASN records them.
 *
 * @category SIASN
 * @example
 * import type { PenilaiSiasn } from 'pengelolaan-kinerja/siasn';
 * const p: PenilaiSiasn = { nipNrp: '197001011995031001', nama: 'Drs. Budi', jabatan: 'Kepala Sekolah', golongan: 'IV/a', unorNama: 'SMPN 1 Kupang', status: 'asn' };
 */
export interface PenilaiSiasn {
  /** The penilai's NIP (or NRP). */
  readonly nipNrp: string;
  /** The penilai's name. */
  readonly nama: string;
  /** The penilai's jabatan. */
  readonly jabatan: string;
  /** As SIASN has it (a golongan label or SIASN's golongan id): passed through. */
  readonly golongan: string;
  /** The penilai's unit organisasi. */
  readonly unorNama: string;
  /** Whether the penilai is an ASN. */
  readonly status: 'asn' | 'non-asn';
}

/**
 * An annual SKP result in SIASN (`skp22`) as library values: the year, the two ratings, the predikat (kuadran) and the
 * penilai (`null` when a row carries none).
 *
 * @category SIASN
 * @example
 * import type { Skp22Siasn } from 'pengelolaan-kinerja/siasn';
 * const predikat = (s: Skp22Siasn) => s.predikat;
 */
export interface Skp22Siasn {
  /** SIASN's record id, or `null` for a new record. */
  readonly id: string | null;
  /** The PNS's SIASN id. */
  readonly pnsId: string;
  /** The year. */
  readonly tahun: number;
  /** The hasil kerja rating. */
  readonly hasilKerja: Rating;
  /** The perilaku kerja rating. */
  readonly perilakuKerja: Rating;
  /** The year's predikat. */
  readonly predikat: Predikat;
  /** The pejabat penilai, where SIASN gives one. */
  readonly penilai: PenilaiSiasn | null;
}

/**
 * The input of {@link toSkp22Siasn}: an {@link Skp22Siasn} whose predikat may be left to the matrix, with the
 * uploaded documents.
 *
 * @category SIASN
 * @example
 * import type { InputSkp22Siasn } from 'pengelolaan-kinerja/siasn';
 * const penilai = { nipNrp: '197001011995031001', nama: 'Drs. Budi', jabatan: 'Kepala Sekolah', golongan: 'IV/a', unorNama: 'SMPN 1 Kupang', status: 'asn' } as const;
 * const input: InputSkp22Siasn = { pnsId: 'p1', tahun: 2025, hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi', penilai };
 */
export interface InputSkp22Siasn {
  /** SIASN's record id, to update a record. */
  readonly id?: string;
  /** The PNS's SIASN id. */
  readonly pnsId: string;
  /** The year. */
  readonly tahun: number;
  /** The hasil kerja rating. */
  readonly hasilKerja: Rating;
  /** The perilaku kerja rating. */
  readonly perilakuKerja: Rating;
  /** Default from the matrix; given, it must agree with it (`predikat-tidak-sesuai-matriks`). */
  readonly predikat?: Predikat;
  /** The pejabat penilai. */
  readonly penilai: PenilaiSiasn;
  /**
   * The documents already uploaded to SIASN for this record, as SIASN's upload endpoint returns them (`dok_id`,
   * `dok_nama`, `dok_uri`, `object`, `slug`; `dok_id` from `SKEMA_SIASN.dokumenId`), passed through unchanged; the body
   * carries `path: []` when absent (docs/siasn.md, "What to send").
   */
  readonly path?: readonly DokumenSiasn[];
}

function kuadran(
  input: { hasilKerja: unknown; perilakuKerja: unknown; predikat?: unknown },
  opsi: OpsiKetentuan | undefined,
  fungsi: string,
): Result<Predikat> {
  const k = safely(() => {
    const ketentuan = ketentuanBerlakuOpsional(opsi, fungsi);
    return predikatKinerja(
      input.hasilKerja as Rating,
      input.perilakuKerja as Rating,
      ketentuan === undefined ? {} : { ketentuan },
    );
  });
  if (!k.success) return k;
  if (input.predikat !== undefined && input.predikat !== k.data) {
    return fail([
      issueOf(
        'predikat-tidak-sesuai-matriks',
        ['predikat'],
        `Predikat ${String(input.predikat)} tidak sesuai matriks: ${String(input.hasilKerja)} × ${String(input.perilakuKerja)} = ${k.data}.`,
        `Predikat ${String(input.predikat)} disagrees with the matrix: ${String(input.hasilKerja)} × ${String(input.perilakuKerja)} = ${k.data}.`,
      ),
    ]);
  }
  return k;
}

/** The fields both SIASN bodies carry: the ratings and the kuadran as SIASN's codes, and the penilai. */
function nilaiDanPenilai(
  input: { readonly hasilKerja: Rating; readonly perilakuKerja: Rating; readonly penilai: PenilaiSiasn },
  predikat: Predikat,
) {
  const p = input.penilai;
  return {
    hasilKinerjaNilai: SKEMA_SIASN.rating[input.hasilKerja],
    perilakuKerjaNilai: SKEMA_SIASN.rating[input.perilakuKerja],
    kuadranKinerjaNilai: SKEMA_SIASN.kuadran[predikat],
    penilaiNipNrp: p.nipNrp,
    penilaiNama: p.nama,
    penilaiGolongan: p.golongan,
    penilaiUnorNama: p.unorNama,
    statusPenilai: SKEMA_SIASN.statusPenilai[p.status],
  };
}

function cekPenilai(p: unknown): Issue[] {
  const x = p as Partial<PenilaiSiasn> | null;
  if (x === null || typeof x !== 'object' || (x.status !== 'asn' && x.status !== 'non-asn')) {
    return [
      issueOf(
        'argumen-tidak-valid',
        ['penilai'],
        'penilai harus { nipNrp, nama, jabatan, golongan, unorNama, status: "asn" | "non-asn" }.',
        'penilai must be { nipNrp, nama, jabatan, golongan, unorNama, status: "asn" | "non-asn" }.',
      ),
    ];
  }
  return [];
}

/**
 * The body of SIASN's `POST /skp22/save` for a year's SKP result: `tahun` and the codes as numbers (hasil and
 * perilaku: 1 di atas, 2 sesuai, 3 di bawah ekspektasi; kuadran 1 Sangat Baik … 5 Sangat Kurang), the penilai's fields
 * as strings, `statusPenilai` "ASN"/"NON ASN". The kuadran is the regulation's matrix (PermenPANRB 6/2022), never
 * `max(hasil, perilaku)` as one helpdesk computes it.
 *
 * @param input - The SIASN ids, the year, the ratings and the penilai.
 * @param opsi - `ketentuan`: the rule set (default: the one in force for the year).
 * @returns The body, or a failed result with `skema-tidak-valid`, `argumen-tidak-valid` or
 *   `predikat-tidak-sesuai-matriks` (a predikat the ratings do not give).
 * @category SIASN
 * @example
 * import { toSkp22Siasn } from 'pengelolaan-kinerja/siasn';
 * const penilai = { nipNrp: '197001011995031001', nama: 'Drs. Budi', jabatan: 'Kepala Sekolah', golongan: 'IV/a', unorNama: 'SMPN 1 Kupang', status: 'asn' } as const;
 * const b = toSkp22Siasn({ pnsId: 'p1', tahun: 2025, hasilKerja: 'di-atas-ekspektasi', perilakuKerja: 'di-bawah-ekspektasi', penilai });
 * b.success && [b.data.hasilKinerjaNilai, b.data.perilakuKerjaNilai, b.data.kuadranKinerjaNilai]; //=> [1, 3, 4]
 */
export function toSkp22Siasn(input: InputSkp22Siasn, opsi?: OpsiKetentuan): Result<Skp22SiasnBody> {
  const awal = safely(() => periksaObjek(input, 'input'));
  if (!awal.success) return awal;
  const issues = cekPenilai(input.penilai);
  const p = kuadran(input, opsi, 'toSkp22Siasn');
  if (!p.success) issues.push(...p.issues);
  if (issues.length > 0 || !p.success) return fail(issues);
  const body = parseSalinan(Skp22SiasnBodySchema, {
    ...(input.id === undefined ? {} : { id: input.id }),
    pnsDinilaiOrang: input.pnsId,
    tahun: input.tahun,
    ...nilaiDanPenilai(input, p.data),
    penilaiJabatan: input.penilai.jabatan,
    path: input.path ?? [],
  });
  return body.success ? ok(body.data) : fail(fromZodIssues(body.error.issues));
}

const labelRating = (s: string) => RATING.find((r) => normalLabel(SKEMA_SIASN.labelRating[r]) === normalLabel(s));
const labelKuadran = (s: string) => PREDIKAT.find((r) => normalLabel(SKEMA_SIASN.labelKuadran[r]) === normalLabel(s));

/**
 * Reads one SKP row of SIASN (a `/pns/rw-skp22/{nip}` row with its capitalised `KuadranKinerjaNilai` and
 * `PerilakuKerjaNilai`, a mirror-table row, or a `skp22/save` body) into an {@link Skp22Siasn}. Codes are read as
 * numbers or numeric strings, or, where absent, from the labels (case-insensitive; "EKSPEKTASI" and SIASN's
 * "ESPEKTASI" both); a code and a label that disagree, an unknown code or label, a missing field: coded issues, never
 * a default. The predikat is SIASN's kuadran as stored (a reconciliation reports one that breaks the matrix).
 *
 * @param baris - Anything: one SIASN SKP row.
 * @returns The row in the library's terms, or a failed result with `argumen-tidak-valid` (not an object),
 *   `skema-tidak-valid` or `nilai-tidak-dikenal`.
 * @category SIASN
 * @example
 * import { fromSkp22Siasn } from 'pengelolaan-kinerja/siasn';
 * const r = fromSkp22Siasn({ id: 's1', pnsDinilaiId: 'p1', tahun: '2025', hasilKinerja: 'SESUAI ESPEKTASI', hasilKinerjaNilai: '2', perilakuKerja: 'DIATAS ESPEKTASI', PerilakuKerjaNilai: '1', kuadranKinerja: 'BAIK', KuadranKinerjaNilai: '2' });
 * r.success && [r.data.hasilKerja, r.data.perilakuKerja, r.data.predikat]; //=> ['sesuai-ekspektasi', 'di-atas-ekspektasi', 'baik']
 * fromSkp22Siasn({ pnsDinilaiId: 'p1', tahun: 2025, hasilKinerjaNilai: 7 }).success; //=> false
 */
export function fromSkp22Siasn(baris: unknown): Result<Skp22Siasn> {
  if (baris === null || typeof baris !== 'object' || Array.isArray(baris)) {
    return fail([
      issueOf('argumen-tidak-valid', [], 'Baris SIASN harus berupa objek.', 'A SIASN row must be an object.'),
    ]);
  }
  const b = new PembacaBaris(baris as Record<string, unknown>, []);
  const id = b.teks(['id'], false);
  const pnsId = b.teks(['pnsDinilaiOrang', 'pnsDinilaiId']);
  const tahun = b.bulat(['tahun'], 1000, 9999);
  const hasilKerja = b.kode(
    ['hasilKinerjaNilai', 'HasilKinerjaNilai'],
    'hasilKinerja',
    SKEMA_SIASN.rating,
    labelRating,
  );
  const perilakuKerja = b.kode(
    ['perilakuKerjaNilai', 'PerilakuKerjaNilai'],
    'perilakuKerja',
    SKEMA_SIASN.rating,
    labelRating,
  );
  const predikat = b.kode(
    ['kuadranKinerjaNilai', 'KuadranKinerjaNilai'],
    'kuadranKinerja',
    SKEMA_SIASN.kuadran,
    labelKuadran,
  );
  let penilai: PenilaiSiasn | null = null;
  if (b.mentah(['penilaiNipNrp', 'nipNrpPenilai']) !== undefined) {
    const status = b.teks(['statusPenilai']);
    const kode =
      status === null
        ? undefined
        : (Object.keys(SKEMA_SIASN.statusPenilai) as ('asn' | 'non-asn')[]).find(
            (k) => SKEMA_SIASN.statusPenilai[k] === status.trim().toUpperCase(),
          );
    if (status !== null && kode === undefined)
      b.issues.push(
        issueOf(
          'nilai-tidak-dikenal',
          ['statusPenilai'],
          `statusPenilai "${status}" tidak dikenal.`,
          `Unknown statusPenilai "${status}".`,
        ),
      );
    const nipNrp = b.teks(['penilaiNipNrp', 'nipNrpPenilai']);
    const nama = b.teks(['penilaiNama', 'namaPenilai']);
    const jabatan = b.teks(['penilaiJabatan', 'penilaiJabatanNm', 'penilaiJabatanNama']);
    const golongan = b.teks(['penilaiGolongan', 'penilaiGolonganId']);
    const unorNama = b.teks(['penilaiUnorNama', 'penilaiUnorNm']);
    // Every missing or unknown field has added its issue above; the penilai exists only when all are there.
    if (
      nipNrp !== null &&
      nama !== null &&
      jabatan !== null &&
      golongan !== null &&
      unorNama !== null &&
      kode !== undefined
    ) {
      penilai = Object.freeze({ nipNrp, nama, jabatan, golongan, unorNama, status: kode });
    }
  }
  if (
    b.issues.length > 0 ||
    pnsId === null ||
    tahun === null ||
    hasilKerja === null ||
    perilakuKerja === null ||
    predikat === null
  )
    return fail(b.issues);
  return ok(Object.freeze({ id, pnsId, tahun, hasilKerja, perilakuKerja, predikat, penilai }));
}

/**
 * The input of {@link toKinerjaPeriodikSiasn}: a period's ratings with its months, the jenjang (for `koefisienId`)
 * and the penilai.
 *
 * @category SIASN
 * @example
 * import type { InputKinerjaPeriodikSiasn } from 'pengelolaan-kinerja/siasn';
 * const penilai = { nipNrp: '197001011995031001', nama: 'Drs. Budi', jabatan: 'Kepala Sekolah', golongan: 'IV/a', unorNama: 'SMPN 1 Kupang', status: 'asn' } as const;
 * const input: InputKinerjaPeriodikSiasn = { pnsId: 'p1', periodik: 'triwulan', mulai: { tahun: 2026, bulan: 1 }, selesai: { tahun: 2026, bulan: 3 }, jenjang: 'ahli-muda', hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi', penilai };
 */
export interface InputKinerjaPeriodikSiasn {
  /** The PNS's SIASN id. */
  readonly pnsId: string;
  /** Whether SIASN reports the period by month or by quarter. */
  readonly periodik: 'bulanan' | 'triwulan';
  /** The first month of the period. */
  readonly mulai: { readonly tahun: number; readonly bulan: number };
  /** The last month of the period. */
  readonly selesai: { readonly tahun: number; readonly bulan: number };
  /** The pegawai's jenjang. */
  readonly jenjang: Jenjang;
  /** The hasil kerja rating. */
  readonly hasilKerja: Rating;
  /** The perilaku kerja rating. */
  readonly perilakuKerja: Rating;
  /** The predikat; by default the rule set's matrix gives it. */
  readonly predikat?: Predikat;
  /** The pejabat penilai. */
  readonly penilai: PenilaiSiasn;
  /** SIASN's koefisien id, when you hold one the library does not (only the Baik ids 12/22/32/42 are attested). */
  readonly koefisienId?: string;
  /**
   * The documents already uploaded to SIASN for this record, as SIASN's upload endpoint returns them (`dok_id`,
   * `dok_nama`, `dok_uri`, `object`, `slug`; `dok_id` from `SKEMA_SIASN.dokumenId`), passed through unchanged; the body
   * carries `path: []` when absent (docs/siasn.md, "What to send").
   */
  readonly path?: readonly DokumenSiasn[];
}

/**
 * The body of SIASN's `POST /kinerjaperiodik/save` for a monthly or quarterly rating: `periodikId` "1"/"2", the months
 * and years as strings (spelled "Penilaian" here), the codes as numbers, `penilaiJabatanNama`. `koefisienId` comes
 * from the jenjang for predikat Baik (12, 22, 32, 42: the only ids attested); for another predikat give
 * `koefisienId` yourself, otherwise the issue `koefisien-siasn-tidak-dikenal` (never an inferred id).
 *
 * @param input - The SIASN ids, the months, the jenjang, the ratings and the penilai.
 * @param opsi - `ketentuan`: the rule set (default: the one in force for the period).
 * @returns The body, or a failed result with `skema-tidak-valid`, `argumen-tidak-valid` or
 *   `koefisien-siasn-tidak-dikenal`.
 * @category SIASN
 * @example
 * import { toKinerjaPeriodikSiasn } from 'pengelolaan-kinerja/siasn';
 * const penilai = { nipNrp: '197001011995031001', nama: 'Drs. Budi', jabatan: 'Kepala Sekolah', golongan: 'IV/a', unorNama: 'SMPN 1 Kupang', status: 'asn' } as const;
 * const b = toKinerjaPeriodikSiasn({ pnsId: 'p1', periodik: 'triwulan', mulai: { tahun: 2026, bulan: 1 }, selesai: { tahun: 2026, bulan: 3 }, jenjang: 'ahli-muda', hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi', penilai });
 * b.success && [b.data.periodikId, b.data.koefisienId, b.data.kuadranKinerjaNilai]; //=> ['2', '22', 2]
 */
export function toKinerjaPeriodikSiasn(
  input: InputKinerjaPeriodikSiasn,
  opsi?: OpsiKetentuan,
): Result<KinerjaPeriodikSiasnBody> {
  const awal = safely(() => periksaObjek(input, 'input'));
  if (!awal.success) return awal;
  const issues = cekPenilai(input.penilai);
  const p = kuadran(input, opsi, 'toKinerjaPeriodikSiasn');
  if (!p.success) issues.push(...p.issues);
  const koefisienId =
    input.koefisienId ?? (p.success && p.data === 'baik' ? SKEMA_SIASN.koefisienIdBaik[input.jenjang] : undefined);
  if (koefisienId === undefined && p.success) {
    issues.push(
      issueOf(
        'koefisien-siasn-tidak-dikenal',
        ['koefisienId'],
        `Id koefisien SIASN untuk predikat ${p.data} tidak tertulis di sumber kami: berikan koefisienId.`,
        `SIASN's koefisien id for predikat ${p.data} is not in our sources: give koefisienId.`,
      ),
    );
  }
  if (issues.length > 0 || !p.success) return fail(issues);
  const body = parseSalinan(KinerjaPeriodikSiasnBodySchema, {
    pnsDinilaiId: input.pnsId,
    tahun: String(input.mulai?.tahun),
    periodikId: SKEMA_SIASN.periodik[input.periodik],
    koefisienId,
    bulanMulaiPenilaian: String(input.mulai?.bulan),
    bulanSelesaiPenilaian: String(input.selesai?.bulan),
    tahunMulaiPenilaian: String(input.mulai?.tahun),
    tahunSelesaiPenilaian: String(input.selesai?.tahun),
    ...nilaiDanPenilai(input, p.data),
    penilaiJabatanNama: input.penilai.jabatan,
    path: input.path ?? [],
  });
  return body.success ? ok(body.data) : fail(fromZodIssues(body.error.issues));
}
