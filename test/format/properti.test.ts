import { describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { readBerkas, type BarisBerkas } from '../../src/berkas';

// Issue #26: "a property over generated files (quotes, separators, newlines, BOMs, encodings, empty and huge cells):
// … every data line appears exactly once …, or the whole file is refused with one message". At the reader: it never
// throws; a well-formed file gives back exactly its records, cells and line numbers, whatever its delimiter, line
// ending, BOM, encoding and chunking; an unterminated quote is one refused line and every other line still comes out.

type Enc = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
const CP1252 = 'abcXYZ019 .,;\t"\'’ÂéŠ–€/-()';
const TEKS_BEBAS = 'abcXYZ019 .,;\t"\'’ÂéŠ–€/-()\n\r😀—ñ';

function encode(s: string, e: Enc, bom: boolean): Uint8Array {
  if (e === 'utf-8') return new TextEncoder().encode((bom ? '\uFEFF' : '') + s);
  if (e === 'windows-1252') {
    const balik: Record<string, number> = { '’': 0x92, Š: 0x8a, '–': 0x96, '€': 0x80 };
    return Uint8Array.from([...s].map((c) => balik[c] ?? c.charCodeAt(0)));
  }
  const t = (bom ? '\uFEFF' : '') + s;
  const out = new Uint8Array(t.length * 2);
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    out[i * 2 + (e === 'utf-16le' ? 0 : 1)] = c & 0xff;
    out[i * 2 + (e === 'utf-16le' ? 1 : 0)] = c >> 8;
  }
  return out;
}

function tulisSel(s: string, d: string): string {
  return s === '' || (!s.includes(d) && !s.includes('"') && !s.includes('\n') && !s.includes('\r') && s.trim() === s)
    ? s
    : `"${s.replace(/"/g, '""')}"`;
}

async function bacaSemua(bytes: Uint8Array, potong: number) {
  const aliran = (async function* () {
    for (let i = 0; i < bytes.length; i += potong) yield bytes.slice(i, i + potong);
  })();
  const r = await readBerkas(aliran);
  if (!r.success) return { gagal: r.issues };
  const baris: BarisBerkas[] = [];
  for await (const b of r.data.baris) baris.push(b);
  return { header: r.data.header, dialek: r.data.dialek, baris };
}

const lines = (s: string) => s.split(/\r\n|\r|\n/).length - 1;

describe('reader property over generated files', () => {
  const opsi = fc.record({
    pemisah: fc.constantFrom(',', ';', '\t'),
    akhir: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    encoding: fc.constantFrom<Enc>('utf-8', 'utf-16le', 'utf-16be', 'windows-1252'),
    potong: fc.constantFrom(1, 3, 7, 64, 4096, 1 << 20),
    kolom: fc.integer({ min: 2, max: 5 }),
  });
  it.prop(
    [
      opsi,
      fc.array(
        fc.array(
          fc.oneof(
            { weight: 6, arbitrary: fc.string({ maxLength: 8 }) },
            { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...TEKS_BEBAS.split('')), maxLength: 12 }) },
            { weight: 1, arbitrary: fc.constant('') },
            { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }).map((n) => 'x'.repeat(n * 20_000)) },
          ),
          { minLength: 5, maxLength: 5 },
        ),
        { maxLength: 12 },
      ),
    ],
    { numRuns: 150 },
  )(
    'a well-formed file gives back exactly its records',
    async (o, data) => {
      const utuh = (s: string) =>
        s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
      const bersih = (x: string) => {
        const s = utuh(x);
        return o.encoding === 'windows-1252'
          ? [...s].filter((c) => CP1252.includes(c) || c === '\n' || c === '\r').join('')
          : o.encoding === 'utf-8'
            ? s
            : s.replace(/[\uD800-\uDFFF]/g, '');
      };
      const header = ['NIP', 'Nama', 'Golongan', 'Tahun', 'Predikat'].slice(0, o.kolom);
      // Rows that are not all blank (blank rows are not data); the first cell never blank so a row is never empty.
      const rows = data.map((r) => ['1' + bersih(r[0]!).replace(/[\r\n]/g, ''), ...r.slice(1, o.kolom).map(bersih)]);
      let teks = header.join(o.pemisah) + o.akhir;
      const harap: [number, string[]][] = [];
      let garis = 2;
      for (const r of rows) {
        const l = r.map((c) => tulisSel(c, o.pemisah)).join(o.pemisah);
        harap.push([garis, r]);
        garis += lines(l) + 1;
        teks += l + o.akhir;
      }
      const hasil = await bacaSemua(encode(teks, o.encoding, o.bom), o.potong);
      expect(hasil.gagal).toBeUndefined();
      expect(hasil.header).toEqual(header);
      expect(hasil.baris!.map((b) => [b.baris, [...b.sel]])).toEqual(harap);
      // A Windows-1252 file of ASCII only is also UTF-8: read as such.
      const ascii = /^[\x00-\x7f]*$/.test(teks);
      expect(hasil.dialek).toMatchObject({
        encoding: o.encoding === 'windows-1252' && ascii ? 'utf-8' : o.encoding,
        pemisah: o.pemisah,
        bom: o.encoding === 'windows-1252' ? false : o.bom,
      });
    },
    300_000,
  );

  it.prop(
    [
      opsi,
      fc.array(
        fc.tuple(
          fc.boolean(),
          fc.array(fc.stringMatching(/^[a-zA-Z0-9 .]{0,8}$/), { minLength: 5, maxLength: 5 }),
          fc.nat(4),
        ),
        { minLength: 1, maxLength: 20 },
      ),
    ],
    { numRuns: 150 },
  )(
    'an unterminated quote is one refused line; a stray quote inside a field is text; every other line comes out once',
    async (o, data) => {
      const header = ['NIP', 'Nama', 'Golongan', 'Tahun', 'Predikat'].slice(0, o.kolom);
      let teks = header.join(o.pemisah) + o.akhir;
      const harap: [number, string[] | string][] = [];
      // Two unterminated quotes with nothing between them would pair into one valid quoted cell (RFC 4180): a good
      // line (with its stray quote) stands between two broken ones.
      let tadi = false;
      data.forEach(([rusakAsli, sel, i], n) => {
        const rusak = rusakAsli && !tadi;
        tadi = rusak;
        const r = ['1' + sel[0]!, ...sel.slice(1, o.kolom)];
        const k = i % r.length;
        if (rusak) {
          r[k] = `"${r[k]}`;
          harap.push([n + 2, 'kutip-tidak-ditutup']);
        } else {
          // A stray quote inside an unquoted field (ANDI "ACO" RAHMAN) is read as written.
          r[k] = `${r[k]}X"Y"`;
          harap.push([n + 2, [...r]]);
        }
        teks += r.join(o.pemisah) + o.akhir;
      });
      const hasil = await bacaSemua(
        encode(teks, o.encoding === 'windows-1252' ? 'utf-8' : o.encoding, o.bom),
        o.potong,
      );
      expect(hasil.gagal).toBeUndefined();
      expect(hasil.baris!.map((b) => [b.baris, b.rusak?.code ?? [...b.sel]])).toEqual(harap);
    },
    300_000,
  );

  it.prop([fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(1, 5, 512, 1 << 16)], { numRuns: 300 })(
    'any bytes: never throws; read, or refused with one coded message',
    async (bytes, potong) => {
      const hasil = await bacaSemua(bytes, potong);
      if (hasil.gagal !== undefined) {
        expect(hasil.gagal).toHaveLength(1);
        expect(['format-tidak-didukung', 'berkas-kosong', 'xlsx-tidak-terbaca', 'xlsx-tanpa-pembaca']).toContain(
          hasil.gagal[0]!.code,
        );
      } else {
        for (const b of hasil.baris!) expect(b.rusak !== undefined || b.sel.some((s) => s.trim() !== '')).toBe(true);
      }
    },
  );
});
