// A few DOM helpers: elements are built with text nodes, never from HTML strings, so no value can inject markup.
type Isi = Node | string | number | null | undefined | false | readonly Isi[];
type Atribut = Record<string, string | number | boolean | null | undefined | EventListener>;

function tambah(induk: Node, isi: Isi): void {
  if (isi === null || isi === undefined || isi === false) return;
  if (Array.isArray(isi)) for (const x of isi as readonly Isi[]) tambah(induk, x);
  else induk.appendChild(isi instanceof Node ? isi : document.createTextNode(String(isi)));
}

function pasang(e: Element, atribut: Atribut): void {
  for (const [k, v] of Object.entries(atribut)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') e.addEventListener(k.replace(/^on/, ''), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
}

/** `el('p', { class: 'x' }, 'text', child)`: an HTML element. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  atribut: Atribut = {},
  ...isi: Isi[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  pasang(e, atribut);
  tambah(e, isi);
  return e;
}

/** An SVG element. */
export function svg(tag: string, atribut: Atribut = {}, ...isi: Isi[]): SVGElement {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  pasang(e, atribut);
  tambah(e, isi);
  return e;
}

/** A labelled field: the label names the control for screen readers. */
export function medan(id: string, label: string, kontrol: HTMLElement, bantuan?: string): HTMLElement {
  kontrol.id = id;
  if (bantuan !== undefined) kontrol.setAttribute('aria-describedby', `${id}-bantuan`);
  return el(
    'div',
    { class: 'medan' },
    el('label', { for: id }, label),
    kontrol,
    bantuan === undefined ? null : el('p', { class: 'bantuan', id: `${id}-bantuan` }, bantuan),
  );
}

export function pilihan(nilai: string, label: string, dipilih: boolean): HTMLOptionElement {
  const o = el('option', { value: nilai }, label);
  o.selected = dipilih;
  return o;
}

/** Saves a Blob as a file through the browser (no request: an object URL on this page). */
export function unduh(nama: string, isi: Blob): void {
  const url = URL.createObjectURL(isi);
  const a = el('a', { href: url, download: nama });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
