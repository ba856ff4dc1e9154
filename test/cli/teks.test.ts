import { describe, expect, it } from 'vitest';
import { jalurContoh } from '../../src/cli/teks';

describe('jalurContoh (src/cli/teks.ts)', () => {
  it("puts the sample's folder before each sample file, in quotes when the path has a space", () => {
    const contoh = 'pak examples/data/guru.csv --kop examples/data/kop.json --keluar keluaran-pak';
    expect(jalurContoh(contoh, 'examples/data', '/')).toBe(contoh);
    expect(jalurContoh(contoh, 'C:\\Users\\Budi Santoso\\pk\\examples\\data', '\\')).toBe(
      'pak "C:\\Users\\Budi Santoso\\pk\\examples\\data\\guru.csv" --kop "C:\\Users\\Budi Santoso\\pk\\examples\\data\\kop.json" --keluar keluaran-pak',
    );
    expect(jalurContoh('kolom guru.csv > peta.json', '/x y', '/')).toBe('kolom guru.csv > peta.json');
  });
});
