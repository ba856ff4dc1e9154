import { createIssue } from '../core/issue';
import { periksaDaftar, periksaObjek, periksaTeks } from '../core/periksa';
import { fail, ok, type Result } from '../core/result';
import type {
  AspekBerakhlak,
  Golongan,
  Jenjang,
  LangkahSiklus,
  NilaiObservasi,
  Peran,
  Predikat,
  Rating,
  StatusKepegawaian,
  StatusRencana,
} from './kode';
import { KETENTUAN_2024 } from './ketentuan-2024';
import type { Entri, Ketentuan } from './types';

/**
 * The categories of codes that {@link parseKode} reads, with the code type each yields.
 *
 * @category Ketentuan
 * @example
 * const k: keyof KategoriKode = 'predikat';
 */
export interface KategoriKode {
  rating: Rating;
  predikat: Predikat;
  jenjang: Jenjang;
  golongan: Golongan;
  aspekBerakhlak: AspekBerakhlak;
  langkahSiklus: LangkahSiklus;
  nilaiObservasi: NilaiObservasi;
  statusRencana: StatusRencana;
  peran: Peran;
  statusKepegawaian: StatusKepegawaian;
  indikatorPraktikKinerja: string;
  tugasTambahan: string;
}

/**
 * Folds case, accents-compatible forms, spacing, `-` and `_`, so that `"Sangat  baik"`, `"sangat-baik"` and
 * `"SANGAT_BAIK"` compare equal.
 *
 * @category Ketentuan
 * @example
 * normalizeLabel('  Kurang / Misconduct '); //=> 'kurang/misconduct'
 */
export function normalizeLabel(input: string): string {
  periksaTeks(input, 'input');
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

/**
 * Every spelling an entry answers to: its code, labels and aliases, normalized.
 *
 * @category Ketentuan
 * @example
 * spellingsOf({ kode: 'butuh-perbaikan', label: 'Butuh Perbaikan', labelEn: 'Needs improvement', alias: ['Cukup'] });
 * //=> ['butuh perbaikan', 'needs improvement', 'cukup']
 */
export function spellingsOf(entri: Entri): readonly string[] {
  periksaObjek(entri, 'entri');
  if (!Array.isArray(entri.alias)) periksaDaftar(entri.alias, 'entri.alias');
  const all = [entri.kode, entri.label, entri.labelEn, ...entri.alias].map(normalizeLabel);
  return [...new Set(all)];
}

/**
 * Reads a code, label or known alias of a category into its canonical code, e.g. `"Cukup"` → `butuh-perbaikan`,
 * `"Kurang/Misconduct"` → `kurang`, `"di atas ekspektasi"` → `di-atas-ekspektasi`. Anything else gives a failed
 * result with the issue `label-tidak-dikenal` that lists the accepted labels.
 *
 * @category Ketentuan
 * @example
 * parseKode('predikat', 'Cukup');          //=> { success: true, data: 'butuh-perbaikan' }
 * parseKode('golongan', 'penata muda').success; //=> true
 */
export function parseKode<K extends keyof KategoriKode>(
  kategori: K,
  input: unknown,
  ketentuan: Ketentuan = KETENTUAN_2024,
): Result<KategoriKode[K]> {
  const list = ketentuan[kategori] as readonly Entri[];
  if (typeof input === 'string') {
    const wanted = normalizeLabel(input);
    for (const e of list) {
      if (spellingsOf(e).includes(wanted)) return ok(e.kode as KategoriKode[K]);
    }
  }
  const shown = typeof input === 'string' ? `"${input}"` : `(${typeof input})`;
  const known = list.map((e) => e.label).join(', ');
  return fail([
    createIssue(
      'label-tidak-dikenal',
      [],
      `${shown} bukan ${kategori} yang dikenal. Pilihan: ${known}.`,
      `${shown} is not a known ${kategori}. Choices: ${list.map((e) => e.labelEn).join(', ')}.`,
      { kategori, input: typeof input === 'string' ? input : typeof input },
    ),
  ]);
}

/**
 * {@link parseKode} for predikat.
 *
 * @category Ketentuan
 * @example
 * parsePredikat('Kurang/Misconduct'); //=> { success: true, data: 'kurang' }
 */
export function parsePredikat(input: unknown, ketentuan?: Ketentuan): Result<Predikat> {
  return parseKode('predikat', input, ketentuan);
}

/**
 * {@link parseKode} for ratings.
 *
 * @category Ketentuan
 * @example
 * parseRating('Di Atas Ekspektasi'); //=> { success: true, data: 'di-atas-ekspektasi' }
 */
export function parseRating(input: unknown, ketentuan?: Ketentuan): Result<Rating> {
  return parseKode('rating', input, ketentuan);
}

/**
 * {@link parseKode} for jenjang.
 *
 * @category Ketentuan
 * @example
 * parseJenjang('Guru Ahli Muda'); //=> { success: true, data: 'ahli-muda' }
 */
export function parseJenjang(input: unknown, ketentuan?: Ketentuan): Result<Jenjang> {
  return parseKode('jenjang', input, ketentuan);
}

/**
 * {@link parseKode} for golongan (code as written, or the pangkat name).
 *
 * @category Ketentuan
 * @example
 * parseGolongan('iv/a'); //=> { success: true, data: 'IV/a' }
 */
export function parseGolongan(input: unknown, ketentuan?: Ketentuan): Result<Golongan> {
  return parseKode('golongan', input, ketentuan);
}
