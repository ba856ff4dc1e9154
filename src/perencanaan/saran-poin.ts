import type { Peran } from '../ketentuan/kode';
import type { KegiatanRhk, Ketentuan } from '../ketentuan/types';
import { ketentuanWajib } from '../ketentuan/opsi-ketentuan';
import { formatNilai, KinerjaError } from '../core/error';
import { periksaObjek, periksaTeks } from '../core/periksa';
import { PERAN } from '../ketentuan/kode';

/**
 * One way to reach the minimum points: activities of the catalogue with their kuantitas.
 *
 * @category Perencanaan
 * @example
 * const s: SaranPoin = { kegiatan: [{ kode: 'penggerak-komunitas-belajar', kuantitas: 1 }], tambahanPoin: 36, totalPoin: 36 };
 */
export interface SaranPoin {
  /** The activities suggested, by catalogue code, with how many units each. */
  readonly kegiatan: readonly { readonly kode: string; readonly kuantitas: number }[];
  /** Points the suggestion adds. */
  readonly tambahanPoin: number;
  /** The plan's total with the suggestion. */
  readonly totalPoin: number;
}

/**
 * Options of {@link suggestRhk}.
 *
 * @category Perencanaan
 * @example
 * const o: OpsiSaranPoin = { peran: 'guru', batas: 5, ketentuan: KETENTUAN_2024 };
 */
export interface OpsiSaranPoin {
  /** Only activities open to this role (default: all). */
  readonly peran?: Peran;
  /** At most this many suggestions (default 10). */
  readonly batas?: number;
  /** The rule set whose catalogue and bounds apply (required: points exist in 2024 only). */
  readonly ketentuan: Ketentuan;
  /** Units already planned per activity code, so that `kuantitasMaksimum` holds across the plan. */
  readonly sudahDirencanakan?: Readonly<Record<string, number>>;
}

/** Largest number of units a suggestion may have; the search stops there (a catalogue whose smallest activity is 1 point still finishes). */
const UNIT_MAKSIMUM = 8;

/**
 * Helps a pegawai reach the minimum: given the points already planned, lists the smallest combinations of catalogue
 * activities that bring the total to at least the minimum without passing the maximum. "Smallest" means that no unit
 * can be dropped without falling short again; they come fewest added points first, then fewest units, then in
 * catalogue order. Empty when the minimum is already reached, when the rule set has no points, or when no
 * combination of up to 8 units fits.
 *
 * @param poinSaatIni - The points already planned.
 * @param opsi - `ketentuan` (required) and the search's limits.
 * @returns The suggestions, smallest first (empty when the minimum is met or cannot be reached); throws `KinerjaError`
 *   `argumen-tidak-valid` for bad arguments.
 * @category Perencanaan
 * @example
 * suggestRhk(16, { peran: 'guru', ketentuan: KETENTUAN_2024 })[0];
 * //=> { kegiatan: [{ kode: 'pelatihan-mandiri', kuantitas: 2 }], tambahanPoin: 16, totalPoin: 32 }
 */
export function suggestRhk(poinSaatIni: number, opsi: OpsiSaranPoin): readonly SaranPoin[] {
  const k = ketentuanWajib(opsi, 'suggestRhk', ['ketentuan', 'peran', 'batas', 'sudahDirencanakan']);
  const aturan = k.poin;
  const batas = opsi.batas ?? 10;
  if (typeof batas !== 'number') periksaTeks(batas, 'opsi.batas');
  if (opsi.peran !== undefined && !(PERAN as readonly unknown[]).includes(opsi.peran)) {
    throw new KinerjaError(
      'kode-tidak-dikenal',
      `Peran tidak dikenal: ${formatNilai(opsi.peran)}.`,
      `Unknown role: ${formatNilai(opsi.peran)}.`,
    );
  }
  if (opsi.sudahDirencanakan !== undefined) periksaObjek(opsi.sudahDirencanakan, 'opsi.sudahDirencanakan');
  if (aturan === null || !Number.isSafeInteger(poinSaatIni) || poinSaatIni >= aturan.minimum || batas < 1) return [];
  const sudah = opsi.sudahDirencanakan ?? {};
  const katalog: KegiatanRhk[] = k.katalogRhk.filter((c) => opsi.peran === undefined || c.untuk.includes(opsi.peran));
  const butuh = aturan.minimum - poinSaatIni;
  const ruang = aturan.maksimum - poinSaatIni;
  const found: { units: number[]; poin: number }[] = [];

  // Multisets in catalogue order (non-decreasing index), grown until they reach the minimum: a multiset is kept
  // when it reaches it and dropping its smallest unit would not (inclusion-minimal), and pruned by the maximum.
  const search = (start: number, units: number[], poin: number, terkecil: number): void => {
    if (poin >= butuh) {
      if (poin - terkecil < butuh) found.push({ units: [...units], poin });
      return;
    }
    if (units.length === UNIT_MAKSIMUM) return;
    for (let i = start; i < katalog.length; i++) {
      const c = katalog[i];
      if (c === undefined || poin + c.poin > ruang) continue;
      const used = units.filter((u) => u === i).length + (sudah[c.kode] ?? 0);
      if (c.kuantitasMaksimum !== null && used >= c.kuantitasMaksimum) continue;
      units.push(i);
      search(i, units, poin + c.poin, Math.min(terkecil, c.poin));
      units.pop();
    }
  };
  search(0, [], 0, Infinity);

  found.sort((a, b) => a.poin - b.poin || a.units.length - b.units.length);
  return Object.freeze(
    found.slice(0, batas).map(({ units, poin }) => {
      const counts = new Map<string, number>();
      for (const i of units) {
        const kode = katalog[i]?.kode ?? '';
        counts.set(kode, (counts.get(kode) ?? 0) + 1);
      }
      return Object.freeze({
        kegiatan: Object.freeze([...counts].map(([kode, kuantitas]) => Object.freeze({ kode, kuantitas }))),
        tambahanPoin: poin,
        totalPoin: poinSaatIni + poin,
      });
    }),
  );
}
