import { formatNilai, KinerjaError } from '../core/error';

/**
 * The entry of `list` with the code `kode`; throws {@link KinerjaError} `kode-tidak-dikenal` naming `kategori`.
 *
 * @internal
 */
export function findEntri<E extends { readonly kode: string }>(list: readonly E[], kode: unknown, kategori: string): E {
  if (typeof kode === 'string') {
    if (Array.isArray(list)) for (const e of list) if (e !== null && typeof e === 'object' && e.kode === kode) return e;
  }
  const shown = formatNilai(kode);
  const known = (Array.isArray(list) ? list : []).map((e) => (typeof e?.kode === 'string' ? e.kode : '?')).join(', ');
  throw new KinerjaError('kode-tidak-dikenal', `Kode ${kategori} tidak dikenal: ${shown} (${known}).`, `Unknown ${kategori} code: ${shown} (${known}).`);
}
