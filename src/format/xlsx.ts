// XLSX through the optional peer read-excel-file, its `universal` entry (an ArrayBuffer in; no Node built-ins, so the
// same code runs in a browser). Loaded only when a file is an XLSX.

/** A cell as text. Numbers as Excel shows them (15 significant digits); a number too large to be exact (a NIP typed
 * as a number: Excel keeps 15 digits) is written in exponent form, so that it is refused as a NIP rather than read
 * as a wrong one. Dates as yyyy-mm-dd. */
export function selXlsx(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return String(v);
    if (Math.abs(v) >= 1e15) return v.toExponential();
    return String(Number(v.toPrecision(15)));
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v);
}

export type HasilXlsx =
  | { readonly ok: true; readonly baris: unknown[][] }
  | { readonly ok: false; readonly sebab: 'tanpa-pembaca' | 'rusak'; readonly detail: string };

/** The first sheet's rows, or why not. */
export async function bacaXlsx(bytes: Uint8Array): Promise<HasilXlsx> {
  let readSheet: (input: ArrayBuffer) => Promise<unknown[][]>;
  try {
    ({ readSheet } = (await import('read-excel-file/universal')) as unknown as { readSheet: typeof readSheet });
  } catch (e) {
    return { ok: false, sebab: 'tanpa-pembaca', detail: e instanceof Error ? e.message : String(e) };
  }
  try {
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return { ok: true, baris: await readSheet(ab) };
  } catch (e) {
    return { ok: false, sebab: 'rusak', detail: e instanceof Error ? e.message : String(e) };
  }
}
