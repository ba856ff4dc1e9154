import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// How the CLI's outputs are kept as goldens (test/cli/golden/). Every file is kept as written, except the PAK pages:
// ONE page is kept whole (HALAMAN_UTUH: markup and stylesheet, so a layout change shows as one reviewed diff), every
// other page is kept as its data (`pak/<nip>.txt`, dataHalaman), so a layout change does not rewrite them while a
// changed figure, name or nomor on any page still fails.

/** The one PAK page kept whole, relative to test/cli/golden/: five documents, the Penetapan with both kenaikan rows. */
export const HALAMAN_UTUH = 'koma/pak/197505152000032004.html';

const golden = join(__dirname, 'golden');

/** Whether a path (relative to an output folder) is a PAK page. */
const halamanPak = (jalur: string): boolean => /(^|[\\/])pak[\\/][^\\/]+\.html$/.test(jalur);

// Tags that end a line of the page's text: a block, a row, a title. A cell ends with a separator instead.
const BLOK = /<\/?(?:title|section|h1|h2|h3|p|div|table|tr|ol|ul|li|br)\b[^>]*>/gi;

/**
 * A PAK page's data: its text with the markup dropped, one line per block or table row, the cells of a row joined
 * with ` | `, whitespace collapsed; each document (a `<section>`) starts with a `# dokumen n` line. The stylesheet is
 * not data; a blank to be filled by hand (an empty `isian` span) is written `____`, because the printed form shows it.
 * Character references are kept as written, so the escaping of the operator's text is part of the data.
 *
 * @param html - The page as the CLI wrote it.
 * @returns The page's text, ending with a line break.
 */
export function dataHalaman(html: string): string {
  let dokumen = 0;
  const teks = html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<span class="isian[^"]*"><\/span>/g, '____')
    .replace(/<section\b[^>]*>/gi, () => `\n# dokumen ${++dokumen}\n`)
    .replace(/<\/t[dh]>/gi, ' | ')
    .replace(BLOK, '\n')
    .replace(/<[^>]*>/g, '');
  const baris = teks
    .split('\n')
    .map((l) =>
      l
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/\s*\|$/, ''),
    )
    .filter((l) => l !== '');
  return `${baris.join('\n')}\n`;
}

/**
 * The form a golden keeps of an output: each PAK page but the whole one as its data, under `.txt`.
 *
 * @param nama - The golden's folder under test/cli/golden/ whose files these are (`koma`, `berkas-…/keluaran`).
 * @param isi - The output's files, by their path relative to the output folder.
 * @returns The files as the golden keeps them.
 */
export function keGolden(nama: string, isi: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [jalur, teks] of Object.entries(isi)) {
    if (!halamanPak(jalur) || `${nama}/${jalur}`.replace(/\\/g, '/') === HALAMAN_UTUH) out[jalur] = teks;
    else out[jalur.replace(/\.html$/, '.txt')] = dataHalaman(teks);
  }
  return out;
}

/** A folder's files as text, by their path relative to it, in name order. */
export function isiFolder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const jalan = (d: string) => {
    for (const f of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, f.name);
      if (f.isDirectory()) jalan(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  jalan(dir);
  return out;
}

/**
 * Rewrites the golden folder `nama` from an output folder (under UPDATE_GOLDEN, through perbaruiGolden): the files
 * copied, then each PAK page but the whole one replaced by its data.
 *
 * @param nama - The golden's folder under test/cli/golden/.
 * @param dir - The output folder.
 */
export function tulisGolden(nama: string, dir: string): void {
  const g = join(golden, nama);
  rmSync(g, { recursive: true, force: true });
  mkdirSync(g, { recursive: true });
  cpSync(dir, g, { recursive: true });
  for (const [jalur, teks] of Object.entries(isiFolder(g)))
    if (halamanPak(jalur) && `${nama}/${jalur}`.replace(/\\/g, '/') !== HALAMAN_UTUH) {
      rmSync(join(g, jalur));
      writeFileSync(join(g, jalur.replace(/\.html$/, '.txt')), dataHalaman(teks));
    }
}
