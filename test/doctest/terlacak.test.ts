import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contohMarkdown, ROOT } from './contoh';

// The doctests read the project's own files, never what a command generated: `npm run docs` writes docs/api/ (ignored
// by git), whose copies of the API reports hold ```ts blocks that are not examples.
describe('doctest: only the files of the project', () => {
  it('skips a Markdown file in an ignored folder (docs/api/, written by npm run docs)', () => {
    const dir = join(ROOT, 'docs', 'api', 'media');
    const berkas = join(dir, 'uji-terabaikan.api.md');
    mkdirSync(dir, { recursive: true });
    writeFileSync(berkas, "# Generated\n\n```ts\nconst n: number = 'x';\n```\n");
    try {
      const lokasi = contohMarkdown().map((c) => c.lokasi);
      expect(lokasi.filter((l) => l.startsWith('docs/api/'))).toEqual([]);
      expect(lokasi.some((l) => l.startsWith('docs/memulai.md:'))).toBe(true);
    } finally {
      rmSync(berkas);
    }
  });
});
