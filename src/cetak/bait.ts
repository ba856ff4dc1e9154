// The bytes of a content stream as they are written: PDF operators are ASCII, and a text's glyph ids are bytes, so a
// page is written straight into a growing byte array (no strings to join and encode again before compressing).

/** A growing array of bytes. */
export class Bait {
  private buf = new Uint8Array(1024);
  private n = 0;

  private muat(tambah: number): void {
    if (this.n + tambah <= this.buf.length) return;
    const baru = new Uint8Array(Math.max(this.buf.length * 2, this.n + tambah));
    baru.set(this.buf.subarray(0, this.n));
    this.buf = baru;
  }

  /** An ASCII text (operators, names), a byte per character. */
  teks(s: string): this {
    this.muat(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.n++] = s.charCodeAt(i);
    return this;
  }

  /** Bytes as they are. */
  bait(b: Uint8Array): this {
    this.muat(b.length);
    this.buf.set(b, this.n);
    this.n += b.length;
    return this;
  }

  /**
   * A number given in thousandths (an integer), written as a decimal with at most three decimals and no trailing
   * zero, as `String(ribuan / 1000)` writes it (`12.5`, `-0.04`, `0`), followed by a space.
   */
  ribuan(ribuan: number): this {
    this.muat(24);
    let r = ribuan;
    if (r < 0) {
      this.buf[this.n++] = 45; // '-'
      r = -r;
    }
    const bulat = Math.floor(r / 1000);
    let pecahan = r - bulat * 1000;
    this.bulat(bulat);
    if (pecahan !== 0) {
      this.buf[this.n++] = 46; // '.'
      let digit = 100;
      while (pecahan !== 0) {
        const d = Math.floor(pecahan / digit);
        this.buf[this.n++] = 48 + d;
        pecahan -= d * digit;
        digit /= 10;
      }
    }
    this.buf[this.n++] = 32;
    return this;
  }

  private bulat(v: number): void {
    if (v >= 10) this.bulat(Math.floor(v / 10));
    this.buf[this.n++] = 48 + (v % 10);
  }

  /** The bytes written so far (a view, not a copy). */
  isi(): Uint8Array {
    return this.buf.subarray(0, this.n);
  }

  get length(): number {
    return this.n;
  }
}
