import { z } from 'zod';
import { issueOf, type Issue } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { cariKode } from '../core/entri';
import { fromZodIssues } from '../core/zod-issues';
import { parseSalinan } from '../core/salinan';
import type { Jenjang } from '../ketentuan/kode';
import type { Ketentuan } from '../ketentuan/types';
import { kop, PegawaiPakSchema, type PegawaiPak, type PenetapPak } from './schema';

/**
 * The pegawai as a PAK function takes it: the jenjang may be left out (it follows from the golongan under the rule
 * set; given, it must agree).
 *
 * @category PAK
 * @example
 * const p: InputPegawaiPak = { nama: 'Siti Aminah', nip: '198701012010012001', golongan: 'III/c' };
 */
export type InputPegawaiPak = Omit<PegawaiPak, 'jenjang'> & { readonly jenjang?: Jenjang };

/**
 * The letterhead fields of a PAK document, all optional: its number, the date (`yyyy-mm-dd`, given: the library has
 * no clock) and place it is signed, the signer (name, NIP, jabatan, pangkat), the issuing instansi (printed as the
 * heading, and as the "Instansi" line when the pegawai has none) and the tembusan (up to 10 recipients of copies),
 * as PerBKN 3/2023's lampiran lays the PAK forms out.
 *
 * @category PAK
 * @example
 * const kop: KopPak = { nomor: '800/123/Disdik/2026', tanggal: '2026-01-15', tempat: 'Kupang' };
 * const lengkap: KopPak = {
 *   ...kop,
 *   instansi: 'Dinas Pendidikan Kota Kupang',
 *   penetap: { nama: 'Drs. Yohanes Bena, M.Si.', nip: '196807121994031006', pangkat: 'Pembina Utama Muda, IV/c', jabatan: 'Kepala Dinas Pendidikan Kota Kupang' },
 *   tembusan: ['Kepala Kantor Regional X BKN', 'Pejabat Penilai Kinerja'],
 * };
 */
export interface KopPak {
  /** The PAK's letter number, as the office numbers it. */
  readonly nomor?: string;
  /** The date the PAK is set (`yyyy-mm-dd`). */
  readonly tanggal?: string;
  /** The place the PAK is set (a city). */
  readonly tempat?: string;
  /** The official who sets the PAK. */
  readonly penetap?: PenetapPak;
  /** The issuing instansi (the page's heading; the "Instansi" line when the pegawai has none). */
  readonly instansi?: string;
  /** The recipients of copies ("Tembusan disampaikan kepada"), at most 10, in order. */
  readonly tembusan?: readonly string[];
}

const KUNCI_KOP = ['pegawai', 'nomor', 'tanggal', 'tempat', 'penetap', 'instansi', 'tembusan'] as const;

/** The pegawai and letterhead of a PAK input (the function's other keys are checked by the function). */
const SKEMA_KOP = /* @__PURE__ */ (() =>
  z.strictObject({ pegawai: PegawaiPakSchema.unwrap().partial({ jenjang: true }), ...kop() }))();

/**
 * Parses the pegawai and letterhead of a PAK input; `lain` names the function's other keys (checked by it).
 *
 * @internal
 */
export function bacaKop(
  input: object,
  k: Pick<Ketentuan, 'golongan' | 'id'>,
  lain: readonly string[],
): Result<{ pegawai: PegawaiPak; kop: KopPak }> {
  // Only the letterhead's own keys are copied and parsed: the records beside them are the function's to check.
  const asing = Object.keys(input).filter((x) => !(KUNCI_KOP as readonly string[]).includes(x) && !lain.includes(x));
  if (asing.length > 0) {
    return fail([
      issueOf(
        'skema-tidak-valid',
        [],
        `Kunci tidak dikenal: ${asing.join(', ')}.`,
        `Unrecognized keys: ${asing.join(', ')}.`,
        { zodCode: 'unrecognized_keys' },
      ),
    ]);
  }
  const bagian: Record<string, unknown> = {};
  for (const x of KUNCI_KOP)
    if (Object.prototype.hasOwnProperty.call(input, x)) bagian[x] = (input as Record<string, unknown>)[x];
  const r = parseSalinan(SKEMA_KOP, bagian);
  if (!r.success) return fail(fromZodIssues(r.error.issues));
  const { pegawai, nomor, tanggal, tempat, penetap, instansi, tembusan } = r.data;
  const issues: Issue[] = [];
  const gol = cariKode(k.golongan, pegawai.golongan);
  const jenjang = pegawai.jenjang ?? gol?.jenjang;
  if (gol === undefined || jenjang === undefined) {
    issues.push(
      issueOf(
        'kode-tidak-dikenal',
        ['pegawai', 'golongan'],
        `Golongan ${pegawai.golongan} tidak ada di ketentuan ${k.id}.`,
        `Golongan ${pegawai.golongan} is not in rule set ${k.id}.`,
      ),
    );
  } else if (jenjang !== gol.jenjang) {
    issues.push(
      issueOf(
        'jenjang-tidak-sesuai-golongan',
        ['pegawai', 'jenjang'],
        `Golongan ${gol.kode} termasuk jenjang ${gol.jenjang}, bukan ${jenjang}.`,
        `Golongan ${gol.kode} belongs to jenjang ${gol.jenjang}, not ${jenjang}.`,
      ),
    );
  }
  if (issues.length > 0 || jenjang === undefined) return fail(issues);
  const hasil: KopPak = {
    ...(nomor === undefined ? {} : { nomor }),
    ...(tanggal === undefined ? {} : { tanggal }),
    ...(tempat === undefined ? {} : { tempat }),
    ...(penetap === undefined ? {} : { penetap }),
    ...(instansi === undefined ? {} : { instansi }),
    ...(tembusan === undefined ? {} : { tembusan }),
  };
  return ok({ pegawai: { ...pegawai, jenjang }, kop: hasil });
}
