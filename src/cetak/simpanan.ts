// A bounded memo for what a run of PDFs computes again and again (a text's glyphs, its width, its words): the form's
// own texts come back in every document and stay; a guru's name or NIP is seen a few times and goes. Two
// generations: when the newer is full it becomes the older and the oldest is let go, so memory stays flat however
// many guru a run has, and an entry still in use is carried over when it is read.

/** A memo of at most about `2 × batas` entries. */
export class Simpanan<K, V> {
  private baru = new Map<K, V>();
  private lama = new Map<K, V>();

  constructor(private readonly batas: number) {}

  /** The value of `k`, made by `buat` the first time (or after it was let go). */
  ambil(k: K, buat: (k: K) => V): V {
    let v = this.baru.get(k);
    if (v !== undefined) return v;
    v = this.lama.get(k);
    if (v === undefined) v = buat(k);
    if (this.baru.size >= this.batas) {
      this.lama = this.baru;
      this.baru = new Map();
    }
    this.baru.set(k, v);
    return v;
  }
}
