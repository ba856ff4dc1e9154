// Excel's "HTML table saved as .xls": what PHP apps (e-Kinerja-era dinas apps, SIMPEG exports) send with
// `Content-Type: application/vnd.ms-excel` and a `.xls` name. Read without a DOM (none in Node): the rows are the
// `<tr>` of the document in order, the cells their `<td>`/`<th>` text with tags dropped, `<br>` as a line break,
// entities decoded and `colspan` kept as empty cells so the columns stay in place.

const ENTITAS: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function entitas(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);?/gi, (m, e: string) => {
    if (e[0] === '#') {
      const kode = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(kode) && kode > 0 && kode <= 0x10ffff ? String.fromCodePoint(kode) : m;
    }
    return ENTITAS[e.toLowerCase()] ?? m;
  });
}

function teksSel(html: string): string {
  return entitas(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/[ \t\r\n]+/g, ' ')
      .replace(/\s*<br\s*\/?>\s*/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  ).trim();
}

export interface BarisHtml {
  /** The row's number among the document's `<tr>` (1-based). */
  readonly baris: number;
  readonly sel: string[];
}

/** The rows of every `<tr>` of an HTML document, in order. */
export function barisHtml(html: string): BarisHtml[] {
  const out: BarisHtml[] = [];
  // Scripts and styles hold no cells.
  const bersih = html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  const trRe = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/table\b|$)/gi;
  let nomor = 0;
  for (const m of bersih.matchAll(trRe)) {
    nomor++;
    const isi = m[1] ?? '';
    const sel: string[] = [];
    const tdRe = /<t([dh])\b([^>]*)>([\s\S]*?)(?=<t[dh]\b|<\/tr\b|$)/gi;
    for (const c of isi.matchAll(tdRe)) {
      const atribut = c[2] ?? '';
      const teks = teksSel((c[3] ?? '').replace(/<\/t[dh]\s*>[\s\S]*$/i, ''));
      sel.push(teks);
      const span = /colspan\s*=\s*["']?(\d+)/i.exec(atribut);
      const lebar = span === null ? 1 : Math.min(Number(span[1]), 1000);
      for (let i = 1; i < lebar; i++) sel.push('');
    }
    out.push({ baris: nomor, sel });
  }
  return out;
}
