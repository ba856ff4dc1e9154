// The outputs in the operator's dialect: the input's delimiter, decimal mark, BOM and line ending, so that the
// operator's Excel opens them as it opened the input (issue #26, point 7). The encoding is UTF-8, with a BOM when the
// input had one or was not UTF-8 (Excel reads a BOM'd UTF-8 file in every locale). A port of the CLI's writer
// (src/cli/teks.ts), which the page cannot import: see docs/web.md, "One implementation".
import type { Dialek } from 'pengelolaan-kinerja/berkas';

export interface DialekKeluaran {
  readonly bom: boolean;
  readonly pemisah: ',' | ';' | '\t';
  readonly desimal: ',' | '.';
  readonly akhirBaris: '\n' | '\r\n';
}

/** The output dialect of an input's dialect. */
export function dialekKeluaran(d: Dialek): DialekKeluaran {
  const pemisah = d.pemisah;
  // A decimal comma under a comma separator would need quotes in every figure: keep the point there.
  const desimal = d.desimal === ',' && pemisah !== ',' ? ',' : '.';
  const bom = d.bom || d.encoding !== 'utf-8';
  return { bom, pemisah, desimal, akhirBaris: d.akhirBaris };
}

/** An exact or rounded AK figure (a decimal with a point, as the library gives it) in a table cell. */
export class Angka {
  constructor(readonly nilai: string) {}
}

function sel(v: unknown, d: DialekKeluaran): string {
  if (typeof v === 'number') return String(v);
  if (v instanceof Angka) return d.desimal === ',' ? v.nilai.replace('.', ',') : v.nilai;
  if (typeof v === 'string' && /^[\w./:|]*$/.test(v)) return v;
  let s = v === null || v === undefined ? '' : String(v);
  // A cell a spreadsheet would run as a formula is written as text.
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+([.,]\d+)?$/.test(s)) s = `'${s}`;
  return /[",\n\r;\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV table (header and rows) as bytes in the dialect. */
export function tabelCsv(kepala: readonly string[], baris: readonly (readonly unknown[])[], d: DialekKeluaran): Uint8Array {
  const teks = (d.bom ? '\uFEFF' : '') + [kepala, ...baris].map((b) => b.map((v) => sel(v, d)).join(d.pemisah) + d.akhirBaris).join('');
  return new TextEncoder().encode(teks);
}

/** The dialect said in words, for the operator. */
export function uraianDialek(d: Dialek, bahasa: 'id' | 'en'): string {
  const pemisah = d.pemisah === '\t' ? 'tab' : `"${d.pemisah}"`;
  const f = d.format === 'xlsx' ? 'XLSX' : d.format === 'html' ? (bahasa === 'en' ? 'HTML table (.xls)' : 'tabel HTML (.xls)') : 'CSV';
  return bahasa === 'en'
    ? `${f}, ${d.encoding.toUpperCase()}${d.bom ? ' with BOM' : ''}, delimiter ${pemisah}, decimal mark "${d.desimal}", line ending ${d.akhirBaris === '\r\n' ? 'CRLF' : 'LF'}`
    : `${f}, ${d.encoding.toUpperCase()}${d.bom ? ' dengan BOM' : ''}, pemisah ${pemisah}, tanda desimal "${d.desimal}", akhir baris ${d.akhirBaris === '\r\n' ? 'CRLF' : 'LF'}`;
}
