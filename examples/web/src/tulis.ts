// The dialect of the operator's file said in words: the outputs are written in it (by pengelolaan-kinerja/berkas, as the CLI writes them).
import type { Dialek } from 'pengelolaan-kinerja/berkas';

export function uraianDialek(d: Dialek, bahasa: 'id' | 'en'): string {
  const pemisah = d.pemisah === '\t' ? 'tab' : `"${d.pemisah}"`;
  const f =
    d.format === 'xlsx'
      ? 'XLSX'
      : d.format === 'html'
        ? bahasa === 'en'
          ? 'HTML table (.xls)'
          : 'tabel HTML (.xls)'
        : 'CSV';
  return bahasa === 'en'
    ? `${f}, ${d.encoding.toUpperCase()}${d.bom ? ' with BOM' : ''}, delimiter ${pemisah}, decimal mark "${d.desimal}", line ending ${d.akhirBaris === '\r\n' ? 'CRLF' : 'LF'}`
    : `${f}, ${d.encoding.toUpperCase()}${d.bom ? ' dengan BOM' : ''}, pemisah ${pemisah}, tanda desimal "${d.desimal}", akhir baris ${d.akhirBaris === '\r\n' ? 'CRLF' : 'LF'}`;
}
