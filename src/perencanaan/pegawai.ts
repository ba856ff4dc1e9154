import { z } from 'zod';
import { issueOf, type Issue, type PathSegment } from '../core/issue';
import { fail, ok, safely, type Result } from '../core/result';
import { isTanggalValid } from '../core/tanggal';
import { GOLONGAN, JENJANG, PERAN, STATUS_KEPEGAWAIAN, type StatusKepegawaian } from '../ketentuan/kode';
import { periksaOpsi } from '../core/opsi';
import { formatNilai } from '../core/error';

/**
 * The zod schema of {@link Pegawai}: the profile shown at the start of a plan (docs/sumber.md#nip).
 *
 * @category Perencanaan
 * @example
 * PegawaiSchema.parse({ nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', satuanPendidikan: 'SDN 1' });
 */
export const PegawaiSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      nama: z.string().min(1),
      peran: z.enum(PERAN),
      statusKepegawaian: z.enum(STATUS_KEPEGAWAIAN),
      jenjang: z.enum(JENJANG).optional(),
      golongan: z.enum(GOLONGAN).optional(),
      nip: z.string().optional(),
      satuanPendidikan: z.string().min(1),
    })
    .readonly())();

/**
 * A pegawai (guru, kepala sekolah): nama, role, status kepegawaian, jenjang and golongan where they have one, the
 * NIP where given, and the satuan pendidikan.
 *
 * @category Perencanaan
 * @example
 * const p: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/a', satuanPendidikan: 'SDN 1 Contoh' };
 */
export type Pegawai = z.infer<typeof PegawaiSchema>;

/**
 * What a NIP says of its holder (docs/sumber.md#nip): birth date, TMT CPNS (year and month), gender and sequence.
 *
 * @category Perencanaan
 * @example
 * const info: InfoNip = { tanggalLahir: '1990-01-01', tmt: '2015-03', jenisKelamin: 'laki-laki', urutan: '001' };
 */
export interface InfoNip {
  /** Birth date, `yyyy-mm-dd`. */
  readonly tanggalLahir: string;
  /** TMT CPNS as `yyyy-mm` (for PNS); the raw 6 digits for other statuses. */
  readonly tmt: string;
  /** The sex the NIP encodes. */
  readonly jenisKelamin: 'laki-laki' | 'perempuan';
  /** The 3-digit sequence number. */
  readonly urutan: string;
}

/**
 * Checks a NIP: 18 digits = birth date `yyyymmdd` + TMT `yyyymm` + gender `1`/`2` + a 3-digit sequence, with the
 * dates checked to be real, never trusted (docs/sumber.md#nip, marked open). For `pns` the TMT month must be 1..12 and
 * the TMT may not precede the birth; for other statuses (PPPK NIPs carry another code in the month place) only the
 * year is read. Issues: `nip-format`, `nip-tanggal-lahir`, `nip-tmt`, `nip-jenis-kelamin`.
 *
 * @param nip - Anything: the NIP to check (spaces allowed).
 * @param opsi - `statusKepegawaian`: `pns` adds the TMT checks.
 * @returns The birth date, TMT, sex and sequence the NIP encodes, or a failed result with `nip-format`,
 *   `nip-tanggal-lahir`, `nip-tmt` or `nip-jenis-kelamin`.
 * @category Perencanaan
 * @example
 * validateNip('199001012015031001').success; //=> true
 * validateNip('199002302015031001').success; // 30 February
 * //=> false
 * validateNip('199001012015131001', { statusKepegawaian: 'pppk' }).success; //=> true
 */
export function validateNip(nip: unknown, opsi?: { readonly statusKepegawaian?: StatusKepegawaian }): Result<InfoNip> {
  const status = safely(() => periksaOpsi(opsi, 'validateNip', ['statusKepegawaian']).statusKepegawaian ?? 'pns');
  if (!status.success) return status;
  if (!(STATUS_KEPEGAWAIAN as readonly unknown[]).includes(status.data)) {
    return fail([
      issueOf(
        'kode-tidak-dikenal',
        [],
        `Status kepegawaian tidak dikenal: ${formatNilai(status.data)}.`,
        `Unknown employment status: ${formatNilai(status.data)}.`,
      ),
    ]);
  }
  return periksaNip(nip, status.data, []);
}

/** A NIP's form: 18 digits (birth date, TMT, sex, sequence). @internal */
export const POLA_NIP = /^\d{18}$/;

/**
 * The issues of a NIP, located at `path` (inside a plan): none for a well-formed one.
 *
 * @internal
 */
export function masalahNip(nip: unknown, statusKepegawaian: StatusKepegawaian, path: readonly PathSegment[]): Issue[] {
  if (typeof nip !== 'string' || !POLA_NIP.test(nip)) {
    return [
      issueOf('nip-format', path, 'NIP harus terdiri dari 18 angka.', 'A NIP must be exactly 18 digits.', {
        panjang: typeof nip === 'string' ? nip.length : 0,
      }),
    ];
  }
  const issues: Issue[] = [];
  const y = Number(nip.slice(0, 4));
  const m = Number(nip.slice(4, 6));
  const d = Number(nip.slice(6, 8));
  const ty = Number(nip.slice(8, 12));
  const tm = Number(nip.slice(12, 14));
  const g = nip[14];
  if (!isTanggalValid(y, m, d)) {
    issues.push(
      issueOf(
        'nip-tanggal-lahir',
        path,
        `Tanggal lahir pada NIP (${nip.slice(0, 8)}) bukan tanggal yang ada.`,
        `The birth date in the NIP (${nip.slice(0, 8)}) is not a real date.`,
      ),
    );
  }
  if (statusKepegawaian === 'pns') {
    if (tm < 1 || tm > 12) {
      issues.push(
        issueOf(
          'nip-tmt',
          path,
          `Bulan TMT pada NIP (${nip.slice(8, 14)}) tidak valid.`,
          `The TMT month in the NIP (${nip.slice(8, 14)}) is invalid.`,
        ),
      );
    } else if (ty * 12 + tm < y * 12 + m) {
      issues.push(
        issueOf(
          'nip-tmt',
          path,
          'TMT pada NIP mendahului tanggal lahir.',
          'The TMT in the NIP precedes the birth date.',
        ),
      );
    }
  } else if (ty < y) {
    issues.push(
      issueOf(
        'nip-tmt',
        path,
        'Tahun pengangkatan pada NIP mendahului tahun lahir.',
        'The appointment year in the NIP precedes the birth year.',
      ),
    );
  }
  if (g !== '1' && g !== '2') {
    issues.push(
      issueOf(
        'nip-jenis-kelamin',
        path,
        'Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan).',
        'Digit 15 of a NIP must be 1 (male) or 2 (female).',
      ),
    );
  }
  return issues;
}

/**
 * {@link validateNip} with the issues located at `path` (inside a plan).
 *
 * @internal
 */
export function periksaNip(
  nip: unknown,
  statusKepegawaian: StatusKepegawaian,
  path: readonly PathSegment[],
): Result<InfoNip> {
  const issues = masalahNip(nip, statusKepegawaian, path);
  if (typeof nip !== 'string' || issues.length > 0) return fail(issues);
  const g = nip[14];
  return ok(
    Object.freeze({
      tanggalLahir: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      tmt: statusKepegawaian === 'pns' ? `${nip.slice(8, 12)}-${nip.slice(12, 14)}` : nip.slice(8, 14),
      jenisKelamin: g === '1' ? ('laki-laki' as const) : ('perempuan' as const),
      urutan: nip.slice(15),
    }),
  );
}
