/** A piece of HTML that is already safe to insert (built by {@link html}); anything else is escaped. */
export class Html {
  constructor(readonly isi: string) {}
  toString(): string {
    return this.isi;
  }
}

const GANTI: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and attribute values: `& < > " '`.
 *
 * @internal
 */
export function escapeHtml(teks: string): string {
  return teks.replace(/[&<>"']/g, (c) => GANTI[c] ?? c);
}

type Isian = Html | string | number | null | undefined | readonly Isian[];

function sisip(v: Isian): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Html) return v.isi;
  if (Array.isArray(v)) return (v as readonly Isian[]).map(sisip).join('');
  return escapeHtml(String(v));
}

/**
 * A tagged template for HTML: every interpolated value is escaped unless it is itself {@link Html} built by this
 * tag, so no user string reaches the page unescaped.
 *
 * @internal
 */
export function html(bagian: TemplateStringsArray, ...isian: readonly Isian[]): Html {
  let out = bagian[0] ?? '';
  isian.forEach((v, i) => {
    out += sisip(v) + (bagian[i + 1] ?? '');
  });
  return new Html(out);
}
