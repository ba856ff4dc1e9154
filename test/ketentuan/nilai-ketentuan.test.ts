import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEMUA_KETENTUAN } from '../../src';
import { perbaruiGolden } from '../paket-uji';

// The value of every built-in rule set, written once as JSON (test/ketentuan/golden/ketentuan-<id>.json). A rule set
// is assembled from shared bases and the changes of its year: this pins what each year holds, whatever the assembly,
// so a change to a base that reaches a year it should not is a failing diff here. A deliberate rule change rewrites
// the file with UPDATE_GOLDEN=1 (refused in CI) and is reviewed as a diff of data.
const golden = (id: string): string => join(__dirname, 'golden', `ketentuan-${id}.json`);

describe('the value of each built-in rule set', () => {
  perbaruiGolden(() => {
    for (const k of SEMUA_KETENTUAN) writeFileSync(golden(k.id), `${JSON.stringify(k, null, 2)}\n`);
  });

  it.each(SEMUA_KETENTUAN.map((k) => [k.id, k] as const))('rule set %s equals its golden value', (id, k) => {
    const tersimpan: unknown = JSON.parse(readFileSync(golden(id), 'utf8'));
    expect(k).toStrictEqual(tersimpan);
    // Key order too: every listing of a rule set's parts (sumber, docs, validation issues) follows it.
    expect(JSON.stringify(k)).toBe(JSON.stringify(tersimpan));
  });

  it('assembles each year from the named bases, never from another year', () => {
    const folder = join(__dirname, '..', '..', 'src', 'ketentuan');
    const tahun = readdirSync(folder).filter((f) => /^ketentuan-\d{4}\.ts$/.test(f));
    expect(tahun).toEqual(['ketentuan-2023.ts', 'ketentuan-2024.ts', 'ketentuan-2025.ts', 'ketentuan-2026.ts']);
    for (const f of tahun) {
      const impor = [...readFileSync(join(folder, f), 'utf8').matchAll(/from '(\.\/[^']+)'/g)].map((m) => m[1]);
      expect(
        impor.filter((i) => /ketentuan-\d{4}/.test(i ?? '')),
        f,
      ).toEqual([]);
      expect(
        impor.some((i) => i?.startsWith('./dasar-')),
        f,
      ).toBe(true);
    }
  });

  it('covers every built-in rule set', () => {
    expect(SEMUA_KETENTUAN.map((k) => k.id)).toEqual(['2023', '2024', '2025', '2026']);
  });
});
