// Messages of the command line in Bahasa Indonesia and English (--lang en), and the CSV the command line writes.
export type Bahasa = 'id' | 'en';

export function pilih(bahasa: Bahasa, id: string, en: string): string {
  return bahasa === 'en' ? en : id;
}

/**
 * How the output tables are written: as the input was (the reader's `Dialek`), so that the operator's Excel opens them
 * as it opened the input. The encoding is always UTF-8 (with a BOM when the input had one or was not UTF-8: Excel
 * reads a BOM'd UTF-8 file correctly whatever its locale).
 */
export interface DialekKeluaran {
  readonly format: 'csv' | 'xlsx' | 'html';
  readonly encoding?: string;
  readonly bom: boolean;
  readonly pemisah: ',' | ';' | '\t';
  readonly desimal: ',' | '.';
  readonly akhirBaris: '\n' | '\r\n';
}

/** Today's output when the input says nothing: `,`, decimal point, no BOM, LF. */
export const DIALEK_BAWAAN: DialekKeluaran = Object.freeze({ format: 'csv', encoding: 'utf-8', bom: false, pemisah: ',', desimal: '.', akhirBaris: '\n' });

/** The output dialect of an input's dialect (absent until the reader gives one: today's default). */
export function dialekDari(d: Partial<DialekKeluaran> | undefined): DialekKeluaran {
  if (d === undefined) return DIALEK_BAWAAN;
  const pemisah = d.pemisah ?? DIALEK_BAWAAN.pemisah;
  // A decimal comma under a comma separator would need quotes in every figure: keep the point there.
  const desimal = d.desimal === ',' && pemisah !== ',' ? ',' : '.';
  const bom = d.bom === true || (d.encoding !== undefined && d.encoding !== 'utf-8');
  return Object.freeze({ format: d.format === 'xlsx' ? 'xlsx' : 'csv', encoding: 'utf-8', bom, pemisah, desimal, akhirBaris: d.akhirBaris ?? '\n' });
}

/** An AK figure (a decimal with a point, as the library gives it) in the dialect's decimal mark. */
export function angka(s: string, d: DialekKeluaran): string {
  return d.desimal === ',' ? s.replace('.', ',') : s;
}

/** An AK figure in a table: written with the dialect's decimal mark in a CSV, a number cell in a sheet. */
export class AngkaSel {
  constructor(readonly nilai: string) {}
}

/** A CSV field: quoted when it holds a separator, a quote or a line break; formulas neutralised for spreadsheets. */
export function selCsv(v: unknown, d: DialekKeluaran = DIALEK_BAWAAN): string {
  if (typeof v === 'number') return String(v);
  if (v instanceof AngkaSel) return angka(v.nilai, d);
  if (typeof v === 'string' && /^[\w./:|]*$/.test(v)) return v;
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+([.,]\d+)?$/.test(s)) s = `'${s}`;
  return /[",\n\r;\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const barisCsv = (sel: readonly unknown[], d: DialekKeluaran = DIALEK_BAWAAN): string => `${sel.map((v) => selCsv(v, d)).join(d.pemisah)}${d.akhirBaris}`;
