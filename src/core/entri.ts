import { formatNilai, KinerjaError } from './error';

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
  throw new KinerjaError(
    'kode-tidak-dikenal',
    `Kode ${kategori} tidak dikenal: ${shown} (${known}).`,
    `Unknown ${kategori} code: ${shown} (${known}).`,
  );
}

// Code → first entry, built once per frozen list of a rule set (a catalogue read for every plan of a province).
const INDEKS = new WeakMap<readonly object[], ReadonlyMap<unknown, unknown>>();

/**
 * The first entry of `list` with the code `kode`, or `undefined`: `list.find((e) => e.kode === kode)`, through an
 * index built once per frozen list (a mutable list is searched, never remembered: it could change under the index).
 *
 * @internal
 */
export function cariKode<E extends { readonly kode: string }>(list: readonly E[], kode: unknown): E | undefined {
  let indeks = INDEKS.get(list) as ReadonlyMap<unknown, E> | undefined;
  if (indeks === undefined) {
    if (!Object.isFrozen(list)) return list.find((e) => e.kode === kode);
    const m = new Map<unknown, E>();
    for (const e of list) if (!m.has(e.kode)) m.set(e.kode, e);
    INDEKS.set(list, (indeks = m));
  }
  return indeks.get(kode);
}
