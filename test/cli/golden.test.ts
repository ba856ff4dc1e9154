import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { perbaruiGolden } from '../paket-uji';
import { dataHalaman, HALAMAN_UTUH, isiFolder, keGolden } from './golden';

// The comparer of the CLI's goldens (test/cli/golden.ts): the one whole PAK page catches any change of its markup or
// stylesheet; every other page is compared by its data, which a changed figure, name or nomor changes and a changed
// stylesheet does not.
const golden = join(__dirname, 'golden');
const utuh = readFileSync(join(golden, HALAMAN_UTUH), 'utf8');
const NIP = '197505152000032004';
// titik-koma.csv holds koma.csv's data in another dialect: its page of the same guru is kept as data.
const sebagaiGolden = (nama: string) => keGolden(nama, { [`pak/${NIP}.html`]: utuh });
const tersimpan = (nama: string) =>
  Object.fromEntries(Object.entries(isiFolder(join(golden, nama))).filter(([k]) => k.startsWith(`pak/${NIP}.`)));

/** Every place a digit stands in the page's text (outside tags and the stylesheet). */
function angkaDiTeks(html: string): number[] {
  const badan = html.indexOf('</style>');
  const posisi: number[] = [];
  let diTag = false;
  for (let i = badan; i < html.length; i++) {
    const c = html[i]!;
    if (c === '<') diTag = true;
    else if (c === '>') diTag = false;
    else if (!diTag && c >= '0' && c <= '9') posisi.push(i);
  }
  return posisi;
}

describe('the golden PAK pages', () => {
  it('one page is kept whole, every other as its data', () => {
    const halaman = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((f) =>
        f.isDirectory() ? halaman(join(d, f.name)) : /[\\/]pak$/.test(d) ? [join(d, f.name)] : [],
      );
    const semua = halaman(golden).map((f) => f.slice(golden.length + 1).replace(/\\/g, '/'));
    expect(semua.filter((f) => f.endsWith('.html'))).toEqual([HALAMAN_UTUH]);
    expect(semua.filter((f) => f.endsWith('.txt')).length).toBeGreaterThan(20);
    expect(semua.every((f) => /\.(html|txt)$/.test(f))).toBe(true);
  });

  it('the same page, kept as data where it is not the whole one, is what the golden holds', () => {
    expect(sebagaiGolden('titik-koma')).toEqual(tersimpan('titik-koma'));
    expect(sebagaiGolden('koma')).toEqual(tersimpan('koma'));
  });

  it('a page with one figure changed is caught, whichever digit it is', () => {
    const posisi = angkaDiTeks(utuh);
    expect(posisi.length).toBeGreaterThan(300);
    const data = dataHalaman(utuh);
    for (const i of posisi) {
      const lain = `${utuh.slice(0, i)}${utuh[i] === '9' ? '0' : String(Number(utuh[i]) + 1)}${utuh.slice(i + 1)}`;
      expect(dataHalaman(lain)).not.toBe(data);
    }
    // Through the comparer, as the golden tests call it: the Akumulasi's sum.
    expect(utuh).toContain('<td class="angka">84,38</td>');
    const jumlah = utuh.replace('<td class="angka">84,38</td>', '<td class="angka">84,39</td>');
    expect(keGolden('titik-koma', { [`pak/${NIP}.html`]: jumlah })).not.toEqual(tersimpan('titik-koma'));
    expect(keGolden('koma', { [`pak/${NIP}.html`]: jumlah })).not.toEqual(tersimpan('koma'));
  });

  it('a changed name, nomor or blank is caught; cells moved to another row are caught', () => {
    const data = dataHalaman(utuh);
    for (const [dari, ke] of [
      ['Dra. Siti Aminah, M.Pd.', 'Dra. Siti Aminah, M.Si.'],
      ['<p class="nomor">NOMOR: <span class="isian"></span></p>', '<p class="nomor">NOMOR: </p>'],
      ['<td>Baik</td>', '<td>Sangat Baik</td>'],
      ['</td></tr><tr><td class="no">2</td>', '</td><td class="no">2</td>'],
    ] as const) {
      expect(utuh).toContain(dari);
      expect(dataHalaman(utuh.replace(dari, ke))).not.toBe(data);
    }
  });

  it('a page with only its stylesheet changed is not caught, except the whole one', () => {
    const gaya = utuh.replace(/<style>[\s\S]*?<\/style>/, '<style>td { border: 1px dotted red; }</style>');
    expect(gaya).not.toBe(utuh);
    expect(keGolden('titik-koma', { [`pak/${NIP}.html`]: gaya })).toEqual(tersimpan('titik-koma'));
    expect(keGolden('koma', { [`pak/${NIP}.html`]: gaya })).not.toEqual(tersimpan('koma'));
  });
});

describe('UPDATE_GOLDEN', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  it('rewrites only when asked, and never when CI is set', () => {
    const tulis = vi.fn();
    vi.stubEnv('UPDATE_GOLDEN', '');
    expect(perbaruiGolden(tulis)).toBe(false);
    vi.stubEnv('UPDATE_GOLDEN', '1');
    vi.stubEnv('CI', '1');
    expect(() => perbaruiGolden(tulis)).toThrow(/refused when CI is set/);
    expect(tulis).not.toHaveBeenCalled();
    vi.stubEnv('CI', '');
    expect(perbaruiGolden(tulis)).toBe(true);
    expect(tulis).toHaveBeenCalledTimes(1);
  });
});
