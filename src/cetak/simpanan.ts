// A bounded memo for what a run of PDFs computes again and again (a text's glyphs, its width, its words): the form's
// own texts come back in every document and stay; a guru's name or NIP is seen a few times and goes. Two
// generations: when the newer is full it becomes the older and the oldest is let go, so memory stays flat however
// many guru a run has, and an entry still in use is carried over when it is read.

/** A memo of at most about `2 × batas` entries. */
export class Simpanan<K, V> {
  private baru = new Map<K, V>();
  private lama = new Map<K, V>();

  constructor(private readonly batas: number) {}

  /** The value kept for `k`, or undefined (then make it and {@link Simpanan.taruh} it). */
  ambil(k: K): V | undefined {
    const v = this.baru.get(k);
    if (v !== undefined) return v;
    const l = this.lama.get(k);
    if (l !== undefined) this.taruh(k, l);
    return l;
  }

  /** Keeps `v` for `k`; returns `v`. */
  taruh(k: K, v: V): V {
    if (this.baru.size >= this.batas) {
      this.lama = this.baru;
      this.baru = new Map();
    }
    this.baru.set(k, v);
    return v;
  }
}

/**
 * The memo kept in `peta` for `k` (a font, a size), made with room for `batas` on first use: each memo of a run's
 * PDFs is kept per font this way.
 */
export function simpananDi<K, A, B>(
  peta: { get(k: K): Simpanan<A, B> | undefined; set(k: K, m: Simpanan<A, B>): unknown },
  k: K,
  batas: number,
): Simpanan<A, B> {
  let m = peta.get(k);
  if (m === undefined) peta.set(k, (m = new Simpanan<A, B>(batas)));
  return m;
}
