// The known headers live in pengelolaan-kinerja/berkas (KOLOM_DIKENAL, each with its source); this module keeps the
// CLI's older names for them.
import { KOLOM_DIKENAL, MEDAN_BERKAS, matchKolom, normalizeKolom, type Medan, type PetaKolom } from 'pengelolaan-kinerja/berkas';

export type { Medan };

/** Field → the known headers, normalised (as the CLI checked --kolom keys against before #26). */
export const MEDAN = Object.fromEntries(MEDAN_BERKAS.map((m) => [m, KOLOM_DIKENAL[m].map((x) => normalizeKolom(x.judul))])) as unknown as Readonly<Record<Medan, readonly string[]>>;

export const normalKolom = normalizeKolom;

/** The header's index for each field (berkas' matchKolom), and the map's headers the file lacks. */
export function petakanKolom(header: readonly string[], peta: PetaKolom = {}): { indeks: Partial<Record<Medan, number>>; tidakDikenal: string[] } {
  const r = matchKolom(header, peta);
  if (r.success) return { indeks: { ...r.data.indeks }, tidakDikenal: [] };
  const tanpa = Object.fromEntries(Object.entries(peta).filter(([m]) => !r.issues.some((i) => i.path[0] === m))) as PetaKolom;
  const s = matchKolom(header, tanpa);
  return { indeks: s.success ? { ...s.data.indeks } : {}, tidakDikenal: r.issues.map((i) => String(i.params?.['kolom'] ?? i.path[0])) };
}
