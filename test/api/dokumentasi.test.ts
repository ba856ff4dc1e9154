import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kekurangan, ROOT } from './tsdoc-publik';

// Every public function says what its parameters are and what it returns (with the failure codes), and every member
// of a public interface has a comment. The checked-in API reports (etc/*.api.md, api-extractor's view of the built
// entry points; `npm run api` in CI keeps them current) hold no "(undocumented)" item and no forgotten export (a
// type an entry point's functions use but do not export, which a user of that entry point alone cannot name).

const LAPORAN = readdirSync(join(ROOT, 'etc')).filter((f) => f.endsWith('.api.md'));

/** Each "(undocumented)" item of a report, as `report: the declaration under it`. */
function tanpaDokumen(nama: string): string[] {
  const baris = readFileSync(join(ROOT, 'etc', nama), 'utf8').split('\n');
  const out: string[] = [];
  baris.forEach((b, i) => {
    if (!b.includes('(undocumented)')) return;
    // The report lists members inside their interface: name the interface too.
    let induk = '';
    for (let j = i; j >= 0; j--) {
      const m = /^export (?:declare )?(?:interface|class|type|function|const) (\w+)/.exec(baris[j] ?? '');
      if (m) {
        induk = m[1]!;
        break;
      }
    }
    out.push(`${nama}: ${induk} › ${(baris[i + 1] ?? '').trim()}`);
  });
  return out;
}

describe('the public API is documented', () => {
  it('has API reports for the four entry points', () => {
    expect(LAPORAN.length).toBe(4);
  });

  it.each(LAPORAN)('%s has no "(undocumented)" item', (nama) => {
    expect(tanpaDokumen(nama)).toEqual([]);
  });

  it.each(LAPORAN)('%s has no forgotten export', (nama) => {
    const lupa = [
      ...readFileSync(join(ROOT, 'etc', nama), 'utf8').matchAll(/ae-forgotten-export\) The symbol "(\w+)"/g),
    ];
    expect(lupa.map((m) => `${nama}: export ${m[1]} from the entry point that uses it`)).toEqual([]);
  });

  it('gives every function, method and constructor an @param per parameter and an @returns, and every interface member a comment', () => {
    const daftar = kekurangan().map((k) => `${k.lokasi} ${k.nama} (${k.entri}): ${k.kurang}`);
    expect(daftar).toEqual([]);
  }, 120_000);
});
