import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { Bentuk } from '../../src/cetak/lembar-pdf';

describe('Lembar (src/cetak/lembar-pdf.ts)', () => {
  it('refuses a form placed inside a form being recorded, instead of writing a nameless resource', async () => {
    const pdf = await PDFDocument.create();
    const ref = pdf.context.nextRef();
    expect(() => Bentuk.rekam((l) => l.bentuk(ref, 0))).toThrow(/inside a form being recorded/);
  });
});
