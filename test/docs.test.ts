import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every exported function, class and constant of src/ carries TSDoc with an @example (typedoc checks that a
// comment exists; this checks the example the house style requires).
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('documentation', () => {
  const src = join(__dirname, '..', 'src');
  const missing: string[] = [];
  for (const file of files(src)) {
    const text = readFileSync(file, 'utf8');
    const re = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export (?:declare )?(?:async )?(function|class|const|interface|type) (\w+)/g;
    for (const m of text.matchAll(re)) {
      if (!m[1]?.includes('@example')) missing.push(`${file.slice(src.length + 1)}: ${m[2]} ${m[3]}`);
    }
  }
  it('has an @example on every export of src/', () => {
    expect(missing).toEqual([]);
  });
});
