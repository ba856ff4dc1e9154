import { issueOf } from '../core/issue';
import { periksaDaftar, periksaObjek, periksaTeks } from '../core/periksa';
import { formatNilai } from '../core/error';
import { fail, ok, safely, unwrap, type Result } from '../core/result';
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
import { KETENTUAN_2026 } from './ketentuan-2026';
import { ketentuanOpsional, type OpsiKetentuan } from './terperiksa';
import type { Entri } from './types';

/**
 * The categories of codes that {@link safeParseKode} reads, with the code type each yields.
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
 * @internal
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

const KATEGORI: { readonly [K in keyof KategoriKode]: true } = {
  rating: true,
  predikat: true,
  jenjang: true,
  golongan: true,
  aspekBerakhlak: true,
  langkahSiklus: true,
  nilaiObservasi: true,
  statusRencana: true,
  peran: true,
  statusKepegawaian: true,
  indikatorPraktikKinerja: true,
  tugasTambahan: true,
};

/**
 * Every spelling an entry answers to: its code, labels and aliases, normalized.
 *
 * @internal
 */
export function spellingsOf(entri: Entri): readonly string[] {
  periksaObjek(entri, 'entri');
  if (!Array.isArray(entri.alias)) periksaDaftar(entri.alias, 'entri.alias');
  const all = [entri.kode, entri.label, entri.labelEn, ...entri.alias].map(normalizeLabel);
  return [...new Set(all)];
}

// Spelling → code, built once per (frozen) list of a rule set: reading a column of 100 000 labels must not rebuild it.
const INDEKS_EJAAN = new WeakMap<readonly Entri[], ReadonlyMap<string, string>>();

function indeksEjaan(list: readonly Entri[]): ReadonlyMap<string, string> {
  const ada = INDEKS_EJAAN.get(list);
  if (ada !== undefined) return ada;
  const indeks = new Map<string, string>();
  for (const e of list) for (const s of spellingsOf(e)) if (!indeks.has(s)) indeks.set(s, e.kode);
  // Only an immutable list may be remembered: a mutable one could change under the cache.
  if (Object.isFrozen(list) && list.every((e) => Object.isFrozen(e) && Object.isFrozen(e.alias))) INDEKS_EJAAN.set(list, indeks);
  return indeks;
}

/**
 * Reads a code, label or known alias of a category into its canonical code, e.g. `"Cukup"` → `butuh-perbaikan`,
 * `"Kurang/Misconduct"` → `kurang`, `"di atas ekspektasi"` → `di-atas-ekspektasi`. Anything else gives a failed
 * result with the issue `label-tidak-dikenal` that lists the accepted labels.
 *
 * @category Ketentuan
 * @example
 * safeParseKode('predikat', 'Cukup');          //=> { success: true, data: 'butuh-perbaikan' }
 * safeParseKode('golongan', 'penata muda').success; //=> true
 */
export function safeParseKode<K extends keyof KategoriKode>(kategori: K, input: unknown, opsi?: OpsiKetentuan): Result<KategoriKode[K]> {
  const pilihan = safely(() => ketentuanOpsional(opsi, 'safeParseKode') ?? KETENTUAN_2026);
  if (!pilihan.success) return pilihan;
  if (typeof kategori !== 'string' || !Object.prototype.hasOwnProperty.call(KATEGORI, kategori)) {
    return fail([issueOf('kategori-tidak-dikenal', [], `Kategori kode tidak dikenal: ${formatNilai(kategori)}.`, `Unknown code category: ${formatNilai(kategori)}.`)]);
  }
  const list = pilihan.data[kategori] as readonly Entri[];
  if (typeof input === 'string') {
    const kode = indeksEjaan(list).get(normalizeLabel(input));
    if (kode !== undefined) return ok(kode as KategoriKode[K]);
  }
  const shown = typeof input === 'string' ? `"${input}"` : `(${typeof input})`;
  const known = list.map((e) => e.label).join(', ');
  return fail([
    issueOf(
      'label-tidak-dikenal',
      [],
      `${shown} bukan ${kategori} yang dikenal. Pilihan: ${known}.`,
      `${shown} is not a known ${kategori}. Choices: ${list.map((e) => e.labelEn).join(', ')}.`,
      { kategori, input: typeof input === 'string' ? input : typeof input },
    ),
  ]);
}

/**
 * {@link safeParseKode} that throws: the code, or {@link KinerjaError} `validasi-gagal` with the
 * `label-tidak-dikenal` issue (zod's `parse` / `safeParse` convention).
 *
 * @category Ketentuan
 * @example
 * parseKode('golongan', 'Penata Muda'); //=> 'III/a'
 */
export function parseKode<K extends keyof KategoriKode>(kategori: K, input: unknown, opsi?: OpsiKetentuan): KategoriKode[K] {
  return unwrap(safeParseKode(kategori, input, opsi));
}

/**
 * Reads a predikat label (`"Cukup"`, `"Kurang/Misconduct"`, …) into its code as a {@link Result}. Labels are the
 * same in every built-in rule set, so `opsi.ketentuan` is needed only for a rule set of your own.
 *
 * @category Ketentuan
 * @example
 * safeParsePredikat('Kurang/Misconduct'); //=> { success: true, data: 'kurang' }
 */
export function safeParsePredikat(input: unknown, opsi?: OpsiKetentuan): Result<Predikat> {
  return safeParseKode('predikat', input, opsi);
}

/**
 * Reads a predikat label into its code; throws {@link KinerjaError} `validasi-gagal` for an unknown label.
 *
 * @category Ketentuan
 * @example
 * parsePredikat('Cukup'); //=> 'butuh-perbaikan'
 */
export function parsePredikat(input: unknown, opsi?: OpsiKetentuan): Predikat {
  return parseKode('predikat', input, opsi);
}

/**
 * Reads a rating label into its code as a {@link Result}.
 *
 * @category Ketentuan
 * @example
 * safeParseRating('Di Atas Ekspektasi'); //=> { success: true, data: 'di-atas-ekspektasi' }
 */
export function safeParseRating(input: unknown, opsi?: OpsiKetentuan): Result<Rating> {
  return safeParseKode('rating', input, opsi);
}

/**
 * Reads a rating label into its code; throws {@link KinerjaError} `validasi-gagal` for an unknown label.
 *
 * @category Ketentuan
 * @example
 * parseRating('sesuai ekspektasi'); //=> 'sesuai-ekspektasi'
 */
export function parseRating(input: unknown, opsi?: OpsiKetentuan): Rating {
  return parseKode('rating', input, opsi);
}

/**
 * Reads a jenjang label (`"Ahli Muda"`) into its code as a {@link Result}.
 *
 * @category Ketentuan
 * @example
 * safeParseJenjang('Ahli Muda'); //=> { success: true, data: 'ahli-muda' }
 */
export function safeParseJenjang(input: unknown, opsi?: OpsiKetentuan): Result<Jenjang> {
  return safeParseKode('jenjang', input, opsi);
}

/**
 * Reads a jenjang label into its code; throws {@link KinerjaError} `validasi-gagal` for an unknown label.
 *
 * @category Ketentuan
 * @example
 * parseJenjang('Guru Ahli Pertama'); //=> 'ahli-pertama'
 */
export function parseJenjang(input: unknown, opsi?: OpsiKetentuan): Jenjang {
  return parseKode('jenjang', input, opsi);
}

/**
 * Reads a golongan or pangkat (`"IV/a"`, `"Pembina"`) into its code as a {@link Result}.
 *
 * @category Ketentuan
 * @example
 * safeParseGolongan('Pembina'); //=> { success: true, data: 'IV/a' }
 */
export function safeParseGolongan(input: unknown, opsi?: OpsiKetentuan): Result<Golongan> {
  return safeParseKode('golongan', input, opsi);
}

/**
 * Reads a golongan or pangkat into its code; throws {@link KinerjaError} `validasi-gagal` for an unknown one.
 *
 * @category Ketentuan
 * @example
 * parseGolongan('iv/a'); //=> 'IV/a'
 */
export function parseGolongan(input: unknown, opsi?: OpsiKetentuan): Golongan {
  return parseKode('golongan', input, opsi);
}
