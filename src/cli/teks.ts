// Messages of the command line in Bahasa Indonesia and English (--lang en).
export type Bahasa = 'id' | 'en';

export function pilih(bahasa: Bahasa, id: string, en: string): string {
  return bahasa === 'en' ? en : id;
}

/** A CSV field: quoted when it holds a separator, a quote or a line break; formulas neutralised for spreadsheets. */
export function selCsv(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string' && /^[\w./:|]*$/.test(v)) return v;
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const barisCsv = (sel: readonly unknown[]): string => `${sel.map(selCsv).join(',')}\n`;
