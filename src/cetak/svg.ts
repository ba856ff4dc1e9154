// An SVG logo drawn into a PDF: pdf-lib draws SVG path data (drawSvgPath) but reads no SVG file, so the shapes a
// letterhead logo is made of are read here (path, polygon, polyline, rect, circle, ellipse, line, with their fill and
// stroke, nested in groups with translate/scale transforms) and drawn on a form the pages then place like an image.
// Gradients, patterns, text, clipping and embedded bitmaps are not drawn; a logo that needs them is better given as
// PNG.
import { type Color, type PDFDocument, type PDFEmbeddedPage, rgb } from 'pdf-lib';

const WARNA: Readonly<Record<string, [number, number, number]>> = {
  black: [0, 0, 0],
  white: [255, 255, 255],
  red: [255, 0, 0],
  green: [0, 128, 0],
  blue: [0, 0, 255],
  yellow: [255, 255, 0],
  gray: [128, 128, 128],
  grey: [128, 128, 128],
  navy: [0, 0, 128],
  maroon: [128, 0, 0],
  gold: [255, 215, 0],
  orange: [255, 165, 0],
};

/** A colour of SVG (`#rgb`, `#rrggbb`, `rgb(r,g,b)`, a few names); `null` for none, undefined for what is not read. */
function warna(v: string | undefined): Color | null | undefined {
  if (v === undefined) return undefined;
  const t = v.trim().toLowerCase();
  if (t === 'none' || t === 'transparent') return null;
  let m = /^#([0-9a-f]{3})$/.exec(t);
  if (m?.[1] !== undefined) {
    const [r, g, b] = [...m[1]].map((c) => Number.parseInt(c + c, 16) / 255) as [number, number, number];
    return rgb(r, g, b);
  }
  m = /^#([0-9a-f]{6})$/.exec(t);
  if (m?.[1] !== undefined) {
    const h = m[1];
    return rgb(
      Number.parseInt(h.slice(0, 2), 16) / 255,
      Number.parseInt(h.slice(2, 4), 16) / 255,
      Number.parseInt(h.slice(4, 6), 16) / 255,
    );
  }
  const r = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(t);
  if (r !== null) return rgb(Number(r[1]) / 255, Number(r[2]) / 255, Number(r[3]) / 255);
  const n = WARNA[t];
  return n === undefined ? undefined : rgb(n[0] / 255, n[1] / 255, n[2] / 255);
}

type Atribut = Record<string, string>;

function atribut(tag: string): Atribut {
  const a: Atribut = {};
  for (const m of tag.matchAll(/([a-zA-Z:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) a[m[1] ?? ''] = m[3] ?? m[4] ?? '';
  for (const d of (a['style'] ?? '').split(';')) {
    const [k, v] = d.split(':');
    if (k !== undefined && v !== undefined) a[k.trim()] = v.trim();
  }
  return a;
}

const angka = (v: string | undefined, bawaan = 0): number => {
  const n = Number.parseFloat(v ?? '');
  return Number.isFinite(n) ? n : bawaan;
};

/** The path data of a basic shape. */
function jalur(nama: string, a: Atribut): string | null {
  switch (nama) {
    case 'path':
      return a['d'] ?? null;
    case 'polygon':
    case 'polyline': {
      const p = (a['points'] ?? '')
        .trim()
        .split(/[\s,]+/)
        .map(Number);
      if (p.length < 4 || p.some((x) => !Number.isFinite(x))) return null;
      let d = `M${p[0]} ${p[1]}`;
      for (let i = 2; i + 1 < p.length; i += 2) d += ` L${p[i]} ${p[i + 1]}`;
      return nama === 'polygon' ? `${d} Z` : d;
    }
    case 'rect': {
      const [x, y, w, h] = [angka(a['x']), angka(a['y']), angka(a['width']), angka(a['height'])];
      return w > 0 && h > 0 ? `M${x} ${y} H${x + w} V${y + h} H${x} Z` : null;
    }
    case 'circle':
    case 'ellipse': {
      const [cx, cy] = [angka(a['cx']), angka(a['cy'])];
      const rx = nama === 'circle' ? angka(a['r']) : angka(a['rx']);
      const ry = nama === 'circle' ? angka(a['r']) : angka(a['ry']);
      if (rx <= 0 || ry <= 0) return null;
      return `M${cx - rx} ${cy} A${rx} ${ry} 0 1 0 ${cx + rx} ${cy} A${rx} ${ry} 0 1 0 ${cx - rx} ${cy} Z`;
    }
    case 'line':
      return `M${angka(a['x1'])} ${angka(a['y1'])} L${angka(a['x2'])} ${angka(a['y2'])}`;
    default:
      return null;
  }
}

interface Geser {
  readonly x: number;
  readonly y: number;
  readonly s: number;
}

/** A group's translate and uniform scale (other transforms are not read). */
function geser(t: string | undefined, g: Geser): Geser {
  if (t === undefined) return g;
  let { x, y, s } = g;
  for (const m of t.matchAll(/(translate|scale|matrix)\(([^)]*)\)/g)) {
    const n = (m[2] ?? '')
      .split(/[\s,]+/)
      .filter((v) => v !== '')
      .map(Number);
    if (m[1] === 'translate') {
      x += (n[0] ?? 0) * s;
      y += (n[1] ?? 0) * s;
    } else if (m[1] === 'scale') s *= n[0] ?? 1;
    else if (n.length === 6 && n[1] === 0 && n[2] === 0 && n[0] === n[3]) {
      x += (n[4] ?? 0) * s;
      y += (n[5] ?? 0) * s;
      s *= n[0] ?? 1;
    }
  }
  return { x, y, s };
}

/** Draws an SVG file on a form of its own size (its viewBox, else width/height), to be placed like an image. */
export async function gambarSvg(pdf: PDFDocument, data: Uint8Array): Promise<PDFEmbeddedPage> {
  const teks = new TextDecoder('utf-8').decode(data);
  const akar = /<svg\b[^>]*>/i.exec(teks)?.[0] ?? '<svg>';
  const a = atribut(akar);
  const vb = (a['viewBox'] ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [vx, vy, vw, vh] =
    vb.length === 4 && vb.every(Number.isFinite) ? vb : [0, 0, angka(a['width'], 100), angka(a['height'], 100)];
  const lebar = vw ?? 100;
  const tinggi = vh ?? 100;
  const halaman = pdf.addPage([lebar, tinggi]);
  const tumpuk: { geser: Geser; isi: Color | null | undefined; garis: Color | null | undefined; lebarGaris: number }[] =
    [{ geser: { x: -(vx ?? 0), y: -(vy ?? 0), s: 1 }, isi: undefined, garis: undefined, lebarGaris: 1 }];
  for (const m of teks.matchAll(/<(\/?)([a-zA-Z]+)\b([^>]*?)(\/?)>/g)) {
    const [, tutup, nama = '', , sendiri] = m;
    const atas = tumpuk[tumpuk.length - 1]!;
    if (nama === 'g' || nama === 'svg') {
      if (tutup === '/') {
        if (tumpuk.length > 1) tumpuk.pop();
      } else if (sendiri !== '/' && !(nama === 'svg' && m.index === teks.indexOf(akar))) {
        const ga = atribut(m[0]);
        tumpuk.push({
          geser: geser(ga['transform'], atas.geser),
          isi: warna(ga['fill']) ?? (ga['fill'] === undefined ? atas.isi : null),
          garis: warna(ga['stroke']) ?? (ga['stroke'] === undefined ? atas.garis : null),
          lebarGaris: angka(ga['stroke-width'], atas.lebarGaris),
        });
      } else if (nama === 'svg') {
        const ga = atribut(m[0]);
        atas.isi = warna(ga['fill']) ?? atas.isi;
      }
      continue;
    }
    if (tutup === '/' || /^(defs|clipPath|mask|pattern|linearGradient|radialGradient)$/i.test(nama)) continue;
    const ea = atribut(m[0]);
    const d = jalur(nama, ea);
    if (d === null) continue;
    const g = geser(ea['transform'], atas.geser);
    const isi = ea['fill'] === undefined ? atas.isi : warna(ea['fill']);
    const garis = ea['stroke'] === undefined ? atas.garis : warna(ea['stroke']);
    // SVG's default fill is black; a shape whose fill is not read (a gradient) is left out rather than painted black.
    const cat =
      isi === undefined ? (ea['fill'] === undefined && atas.isi === undefined ? rgb(0, 0, 0) : undefined) : isi;
    const opsi = {
      x: g.x,
      y: tinggi - g.y,
      scale: g.s,
      ...(cat === undefined || cat === null ? {} : { color: cat }),
      ...(garis === undefined || garis === null
        ? {}
        : { borderColor: garis, borderWidth: angka(ea['stroke-width'], atas.lebarGaris) * g.s }),
    };
    if (nama === 'line' && opsi.borderColor === undefined) continue;
    if (opsi.color === undefined && opsi.borderColor === undefined) continue;
    halaman.drawSvgPath(d, opsi);
  }
  const bentuk = await pdf.embedPage(halaman);
  pdf.removePage(pdf.getPageCount() - 1);
  return bentuk;
}
