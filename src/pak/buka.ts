import { prefixIssues } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import type { KetentuanBerlaku } from '../ketentuan/types';
import { pppkDalamPegawai } from '../penilaian/pppk';
import { bacaKop, type KopPak } from './kop';
import type { PegawaiPak } from './schema';

/**
 * The opening every PAK document constructor shares: a PPPK pegawai is refused (a PAK is for PNS), then the pegawai
 * and letterhead are read ({@link bacaKop}, with the function's other keys `lain`) and the document's records checked
 * by `isi`. Fails with the issues of both (those of the records under `kunci`), or gives the pegawai, the letterhead
 * and the records.
 *
 * @internal
 */
export function bukaPak<T>(
  input: object,
  k: KetentuanBerlaku,
  lain: readonly string[],
  kunci: string,
  isi: () => Result<T>,
): Result<{ readonly pegawai: PegawaiPak; readonly kop: KopPak; readonly isi: T }> {
  const pppk = pppkDalamPegawai(input);
  if (pppk !== undefined) return fail([pppk]);
  const kop = bacaKop(input, k, lain);
  const rekam = isi();
  if (kop.success && rekam.success) return ok({ ...kop.data, isi: rekam.data });
  return fail([...(kop.success ? [] : kop.issues), ...(rekam.success ? [] : prefixIssues(rekam.issues, [kunci]))]);
}
