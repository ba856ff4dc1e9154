// The projection as an inline SVG chart (no chart library): cumulative AK within the jenjang per period against the
// pangkat and jenjang thresholds in force at that period, promotions marked. A data table beside it carries the same
// figures for screen readers and for anyone who prefers numbers.
import type { TitikGrafik } from './hitung';
import { el, svg } from './dom';
import { t } from './teks';

// Drawn at about a phone's width: the 14 px labels stay at least 11 px on a 360 px screen, and the figure is capped
// in CSS on a desktop. Margins hold the axis titles, the last period's label and a promotion's label at the top.
const L = 400;
const T = 280;
const KIRI = 60;
const KANAN = 24;
const ATAS = 28;
const BAWAH = 58;

export function grafik(
  titik: readonly TitikGrafik[],
  predikatLabel: string,
  angka: (x: string) => string,
): HTMLElement {
  const maks = Math.max(10, ...titik.flatMap((p) => [p.ak, p.syaratPangkat ?? 0, p.syaratJenjang ?? 0])) * 1.08;
  const n = Math.max(1, titik.length - 1);
  const x = (i: number) => KIRI + ((L - KIRI - KANAN) * i) / n;
  const y = (v: number) => ATAS + (T - ATAS - BAWAH) * (1 - v / maks);
  const langkah = Math.pow(10, Math.floor(Math.log10(maks / 4)));
  const jarak = [1, 2, 5, 10].map((k) => k * langkah).find((s) => maks / s <= 6) ?? langkah * 10;
  const garisY: SVGElement[] = [];
  for (let v = 0; v <= maks; v += jarak) {
    garisY.push(svg('line', { x1: KIRI, x2: L - KANAN, y1: y(v), y2: y(v), class: 'kisi' }));
    garisY.push(svg('text', { x: KIRI - 6, y: y(v) + 5, 'text-anchor': 'end', class: 'sumbu' }, String(Math.round(v))));
  }
  const tangga = (nilai: (p: TitikGrafik) => number | null) => {
    const d: string[] = [];
    titik.forEach((p, i) => {
      const v = nilai(p);
      if (v === null) return;
      const x0 = i === 0 ? x(0) : x(i - 0.5);
      const x1 = i === titik.length - 1 ? x(i) : x(i + 0.5);
      d.push(`M${x0.toFixed(1)},${y(v).toFixed(1)}H${x1.toFixed(1)}`);
    });
    return d.join('');
  };
  const setiap = Math.ceil(titik.length / 5);
  const judulId = 'grafik-judul';
  const descId = 'grafik-desc';
  const gambar = svg(
    'svg',
    {
      viewBox: `0 0 ${L} ${T}`,
      role: 'img',
      'aria-labelledby': `${judulId} ${descId}`,
      class: 'grafik',
      focusable: 'false',
    },
    svg('title', { id: judulId }, t('grafikJudul')),
    svg('desc', { id: descId }, t('grafikDesc', { p: predikatLabel })),
    garisY,
    titik.map((p, i) =>
      (i % setiap === 0 && i + setiap / 2 < titik.length - 1) || i === titik.length - 1
        ? svg(
            'text',
            {
              x: x(i),
              y: T - BAWAH + 20,
              'text-anchor': i === titik.length - 1 ? 'end' : i === 0 ? 'start' : 'middle',
              class: 'sumbu',
            },
            p.label,
          )
        : null,
    ),
    svg(
      'text',
      { x: (KIRI + L - KANAN) / 2, y: T - 8, 'text-anchor': 'middle', class: 'judul-sumbu' },
      t('grafikSumbuX'),
    ),
    svg(
      'text',
      {
        x: 0,
        y: 0,
        transform: `translate(16 ${(ATAS + T - BAWAH) / 2}) rotate(-90)`,
        'text-anchor': 'middle',
        class: 'judul-sumbu',
      },
      t('grafikSumbuY'),
    ),
    // The jenjang threshold (dashed) over the pangkat threshold, so where they coincide both stay visible.
    svg('path', { d: tangga((p) => p.syaratPangkat), class: 'syarat-pangkat' }),
    svg('path', { d: tangga((p) => p.syaratJenjang), class: 'syarat-jenjang' }),
    svg('polyline', {
      // A promotion into the next jenjang drops to the new jenjang's start at the same moment: a vertical step.
      points: titik
        .flatMap((p, i) => [
          `${x(i).toFixed(1)},${y(p.ak).toFixed(1)}`,
          ...(p.akSesudah === null ? [] : [`${x(i).toFixed(1)},${y(p.akSesudah).toFixed(1)}`]),
        ])
        .join(' '),
      class: 'ak',
    }),
    titik.map((p, i) =>
      p.kenaikan === null
        ? null
        : svg(
            'g',
            {},
            svg('circle', { cx: x(i), cy: y(p.ak), r: 5, class: 'naik' }),
            svg(
              'text',
              {
                x: Math.min(x(i), L - 4),
                y: Math.max(y(p.ak) - 10, 14),
                'text-anchor': x(i) > L - KANAN - 20 ? 'end' : 'middle',
                class: 'label-naik',
              },
              p.kenaikan.ke,
            ),
          ),
    ),
  );
  const legenda = el(
    'ul',
    { class: 'legenda' },
    el('li', {}, el('span', { class: 'kunci ak', 'aria-hidden': 'true' }), t('grafikAk')),
    el('li', {}, el('span', { class: 'kunci syarat-pangkat', 'aria-hidden': 'true' }), t('grafikSyaratPangkat')),
    el('li', {}, el('span', { class: 'kunci syarat-jenjang', 'aria-hidden': 'true' }), t('grafikSyaratJenjang')),
  );
  const tabel = el(
    'details',
    { class: 'data-grafik' },
    el('summary', {}, t('grafikTabel')),
    el(
      'div',
      { class: 'gulir', tabindex: 0, role: 'region', 'aria-label': t('grafikTabel') },
      el(
        'table',
        {},
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, t('kolomPeriode')),
            el('th', { scope: 'col' }, t('golongan')),
            el('th', { scope: 'col', class: 'angka' }, t('grafikAk')),
            el('th', { scope: 'col', class: 'angka' }, t('grafikSyaratPangkat')),
            el('th', { scope: 'col', class: 'angka' }, t('grafikSyaratJenjang')),
            el('th', { scope: 'col' }, t('kolomKeterangan')),
          ),
        ),
        el(
          'tbody',
          {},
          titik.map((p) =>
            el(
              'tr',
              {},
              el('th', { scope: 'row' }, p.label),
              el('td', {}, p.golongan),
              el('td', { class: 'angka' }, angka(p.akTepat)),
              el('td', { class: 'angka' }, p.syaratPangkat === null ? '–' : String(p.syaratPangkat)),
              el('td', { class: 'angka' }, p.syaratJenjang === null ? '–' : String(p.syaratJenjang)),
              el('td', {}, p.kenaikan === null ? '' : t('grafikNaik', { ke: p.kenaikan.ke })),
            ),
          ),
        ),
      ),
    ),
  );
  return el('figure', { class: 'bingkai-grafik' }, gambar, el('figcaption', {}, legenda), tabel);
}
