import { describe, expect, it } from 'vitest';
import { PembacaCsv, tebakPemisah } from '../../src/format/csv';

describe('tebakPemisah (the delimiter of a text)', () => {
  it('does not count a comma inside a quoted cell that spans lines (the property test counterexample, seed 440777239)', () => {
    // A tab-separated file whose quoted cells hold a line break and a comma: "\n," split per physical line made a
    // line of its own with a comma outside quotes, and the comma won.
    const teks = 'NIP\tNama\tGolongan\tTahun\n\t"\r,"\t\t"\n,"\n\t"x"\t\t\n';
    expect(tebakPemisah(teks)).toBe('\t');
    // Counting per physical line, as before, would have said ',' here.
    expect(tebakPemisah('a\tb\n"\n,"\t"\n,"\n')).toBe('\t');
  });
  it('keeps the usual answers: ; for Indonesian Excel, tab for Unicode text, , by default', () => {
    expect(tebakPemisah('NIP;Nama;AK\n1;A;12,5\n')).toBe(';');
    expect(tebakPemisah('NIP\tNama\n1\tA\n')).toBe('\t');
    expect(tebakPemisah('NIP,Nama\n1,A\n')).toBe(',');
    expect(tebakPemisah('NIP\n')).toBe(',');
  });
});

describe('PembacaCsv pulled one record at a time', () => {
  it('gives the same records as pushing, whatever the chunking', () => {
    const teks = 'a,b\r\n"x\ny",2\n"un"closed,3\n4,5';
    const dorong: unknown[] = [];
    new PembacaCsv(',').dorong(teks, true, (r) => dorong.push(r));
    const tarik: unknown[] = [];
    const p = new PembacaCsv(',');
    for (let i = 0; i < teks.length; i++) {
      p.muat(teks[i]!, i === teks.length - 1);
      for (let r = p.berikut(); r !== null; r = p.berikut()) tarik.push(r);
    }
    expect(tarik).toEqual(dorong);
    expect(dorong.map((r) => (r as { baris: number }).baris)).toEqual([1, 2, 4, 5]);
  });
});
