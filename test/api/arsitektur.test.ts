import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layer order is written once (scripts/lapisan.cjs, which `npm run deps` turns into dependency-cruiser's
// rules) and explained in docs/architecture.md: the two must name the same folders on the same levels.
const root = join(__dirname, '..', '..');
const { LAPISAN, LUAR } = require(join(root, 'scripts', 'lapisan.cjs')) as { LAPISAN: string[][]; LUAR: string[] };

function tingkatDiDokumen(): Map<string, string> {
  const teks = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8');
  const out = new Map<string, string>();
  for (const m of teks.matchAll(/^\| (\d+|—) \| ([^|]+) \|/gm)) {
    for (const f of m[2]!.matchAll(/`([^`]+)`/g)) {
      const nama = f[1]!.replace(/^src\//, '').replace(/\/$/, '');
      out.set(nama, m[1]!);
    }
  }
  return out;
}

describe('docs/architecture.md matches the layer order that npm run deps enforces', () => {
  it('names every folder on the level scripts/lapisan.cjs gives it, and the parts outside the order', () => {
    const kode = new Map<string, string>();
    LAPISAN.forEach((tingkat, i) => tingkat.forEach((f) => kode.set(f, String(i))));
    for (const f of LUAR) kode.set(f, '—');
    expect(Object.fromEntries([...tingkatDiDokumen()].sort())).toEqual(Object.fromEntries([...kode].sort()));
  });
  it('places every folder of src/', () => {
    const folder = readdirSync(join(root, 'src')).filter((f) => statSync(join(root, 'src', f)).isDirectory());
    expect(folder.filter((f) => !LAPISAN.flat().includes(f))).toEqual([]);
  });
});
