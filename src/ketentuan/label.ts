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
import { ketentuanBerlakuOpsional, pesanTanpaPerencanaan, type OpsiKetentuan } from './opsi-ketentuan';
import type { Entri, EntriPredikat } from './types';
import { GOLONGAN_PPPK } from './kode';
import { JABATAN_GURU_AMBIGU, variasiTingkatI, type JabatanGuruAmbigu } from './ejaan';

/**
 * The categories of codes that {@link safeParseKode} reads, with the code type each yields.
 *
 * @category Ketentuan
 * @example
 * const k: keyof KategoriKode = 'predikat';
 */
export interface KategoriKode {
  /** Ratings (`di-atas-ekspektasi`, …). */
  rating: Rating;
  /** Predikat kinerja (`sangat-baik`, …). */
  predikat: Predikat;
  /** Jenjang jabatan fungsional guru (`ahli-pertama`, …). */
  jenjang: Jenjang;
  /** Golongan ruang (`III/a`, …). */
  golongan: Golongan;
  /** The seven BerAKHLAK aspects of perilaku kerja. */
  aspekBerakhlak: AspekBerakhlak;
  /** The steps of the siklus (`diskusi-persiapan`, …). */
  langkahSiklus: LangkahSiklus;
  /** The observation ratings of a fokus perilaku. */
  nilaiObservasi: NilaiObservasi;
  /** The statuses of a plan (`draf` … `disepakati`). */
  statusRencana: StatusRencana;
  /** The roles (`guru`, `kepala-sekolah`, …). */
  peran: Peran;
  /** The employment statuses (`pns`, `pppk`, `non-asn`). */
  statusKepegawaian: StatusKepegawaian;
  /** The praktik-kinerja indicators of the rule set (open codes). */
  indikatorPraktikKinerja: string;
  /** The tugas tambahan of the rule set (open codes). */
  tugasTambahan: string;
  /**
   * A predikat written as SIASN's kuadran (`kuadranKinerjaNilai`: 1 Sangat Baik, 2 Baik, 3 Butuh Perbaikan, 4 Kurang,
   * 5 Sangat Kurang; a number or a digit) or as its label. Only this kategori reads the digits: `'2'` is not a
   * `predikat`.
   */
  kuadranKinerja: Predikat;
}

/**
 * Folds case, accents-compatible forms, spacing, `-`, `_` and `.`, so that `"Sangat  baik"`, `"sangat-baik"` and
 * `"SANGAT_BAIK"` compare equal, and `"Pembina Tk.I"` with `"Pembina Tk I"`.
 *
 * @internal
 */
export function normalizeLabel(input: string): string {
  periksaTeks(input, 'input');
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, ' ')
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
  kuadranKinerja: true,
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
  if (Object.isFrozen(list) && list.every((e) => Object.isFrozen(e) && Object.isFrozen(e.alias)))
    INDEKS_EJAAN.set(list, indeks);
  return indeks;
}

// The kuadran spellings of a predikat list: its labels plus SIASN's digits.
const INDEKS_KUADRAN = new WeakMap<readonly EntriPredikat[], ReadonlyMap<string, string>>();

function indeksKuadran(list: readonly EntriPredikat[]): ReadonlyMap<string, string> {
  const ada = INDEKS_KUADRAN.get(list);
  if (ada !== undefined) return ada;
  const indeks = new Map(indeksEjaan(list));
  for (const e of list) if (typeof e.kuadranSiasn === 'number') indeks.set(String(e.kuadranSiasn), e.kode);
  if (Object.isFrozen(list) && list.every((e) => Object.isFrozen(e))) INDEKS_KUADRAN.set(list, indeks);
  return indeks;
}

const PPPK = /* @__PURE__ */ (() => new Set<string>(GOLONGAN_PPPK.map((g) => g.toLowerCase())))();
const AMBIGU = /* @__PURE__ */ (() => {
  const m = new Map<string, JabatanGuruAmbigu>();
  for (const j of JABATAN_GURU_AMBIGU) {
    const ejaan = j.ejaan.endsWith(' Tingkat I') ? variasiTingkatI(j.ejaan.slice(0, -' Tingkat I'.length)) : [j.ejaan];
    for (const e of ejaan) m.set(normalizeLabel(e), j);
  }
  return m;
})();

/** A golongan written otherwise: a PPPK golongan (refused), or a pangkat + golongan pair that must agree. */
function golonganLain(input: string, indeks: ReadonlyMap<string, string>): Result<Golongan> | undefined {
  const n = normalizeLabel(input).replace(/^gol(ongan)? /, '');
  if (PPPK.has(n)) {
    return fail([
      issueOf(
        'golongan-pppk',
        [],
        `"${input}" adalah golongan PPPK (I–XVII), bukan golongan ruang PNS. Angka kredit, pangkat dan PAK di pustaka ini didefinisikan pada golongan ruang PNS (III/a–IV/e): untuk PPPK tidak ada jawaban di sini; tulis golongan ruang bila pegawai itu PNS.`,
        `"${input}" is a PPPK golongan (I–XVII), not a PNS golongan ruang. Angka kredit, pangkat and PAK in this library are defined on the PNS golongan ruang (III/a–IV/e): there is no answer here for PPPK; write the golongan ruang if the employee is a PNS.`,
        { input, golonganPppk: n.toUpperCase() },
      ),
    ]);
  }
  const pasangan = /^(.+?)\s*\((.+)\)\s*$/.exec(input) ?? /^([^,]+),([^,]+)$/.exec(input);
  if (pasangan === null) return undefined;
  const [a, b] = [pasangan[1] ?? '', pasangan[2] ?? ''].map((x) => indeks.get(normalizeLabel(x)));
  if (a === undefined || b === undefined) return undefined;
  if (a === b) return ok(a as Golongan);
  return fail([
    issueOf(
      'golongan-pangkat-tidak-cocok',
      [],
      `"${input}": pangkat dan golongan tidak cocok (${a} dan ${b}). Periksa data kepegawaian dan tulis satu golongan yang benar.`,
      `"${input}": the pangkat and the golongan disagree (${a} and ${b}). Check the personnel record and write the one right golongan.`,
      { input, golongan: `${a}, ${b}` },
    ),
  ]);
}

/**
 * Reads a code, label or known alias of a category into its canonical code, e.g. `"Cukup"` → `butuh-perbaikan`,
 * `"Kurang/Misconduct"` → `kurang`, `"di atas ekspektasi"` → `di-atas-ekspektasi`. Anything else gives a failed
 * result with the issue `label-tidak-dikenal` that lists the accepted labels.
 *
 * @param kategori - The category (`predikat`, `rating`, `jenjang`, `golongan`, …).
 * @param input - A code, a label or an alias, in any case and spacing.
 * @param opsi - `ketentuan`: the rule set whose labels are read (default: the latest built-in one).
 * @returns The canonical code, or a failed result with `label-tidak-dikenal` (listing the accepted labels).
 * @category Ketentuan
 * @example
 * safeParseKode('predikat', 'Cukup');          //=> { success: true, data: 'butuh-perbaikan' }
 * safeParseKode('golongan', 'penata muda').success; //=> true
 * safeParseKode('kuadranKinerja', 2);          //=> { success: true, data: 'baik' }
 * safeParseKode('predikat', '2').success;      //=> false
 */
export function safeParseKode<K extends keyof KategoriKode>(
  kategori: K,
  input: unknown,
  opsi?: OpsiKetentuan,
): Result<KategoriKode[K]> {
  const pilihan = safely(() => ketentuanBerlakuOpsional(opsi, 'safeParseKode') ?? KETENTUAN_2026);
  if (!pilihan.success) return pilihan;
  if (typeof kategori !== 'string' || !Object.prototype.hasOwnProperty.call(KATEGORI, kategori)) {
    return fail([
      issueOf(
        'kategori-tidak-dikenal',
        [],
        `Kategori kode tidak dikenal: ${formatNilai(kategori)}.`,
        `Unknown code category: ${formatNilai(kategori)}.`,
      ),
    ]);
  }
  const kuadran = kategori === 'kuadranKinerja';
  const list = (kuadran ? pilihan.data.predikat : pilihan.data[kategori as Exclude<K, 'kuadranKinerja'>]) as
    | readonly Entri[]
    | undefined;
  if (list === undefined) {
    // A planning category of a rule set of the angka kredit side only (2023): a coded refusal, never a TypeError.
    const pesan = pesanTanpaPerencanaan(pilihan.data, `safeParseKode('${kategori}')`);
    return fail([
      issueOf('ketentuan-tanpa-perencanaan', [], pesan.id, pesan.en, { kategori, ketentuan: pilihan.data.id }),
    ]);
  }
  const teks =
    typeof input === 'string'
      ? input
      : kuadran && typeof input === 'number' && Number.isInteger(input)
        ? String(input)
        : undefined;
  if (teks !== undefined) {
    const indeks = kuadran ? indeksKuadran(list as readonly EntriPredikat[]) : indeksEjaan(list);
    const kode = indeks.get(normalizeLabel(teks));
    if (kode !== undefined) return ok(kode as KategoriKode[K]);
    if (kategori === 'golongan') {
      const lain = golonganLain(teks, indeks);
      if (lain !== undefined) return lain as Result<KategoriKode[K]>;
    }
    const ambigu = kategori === 'jenjang' ? AMBIGU.get(normalizeLabel(teks)) : undefined;
    if (ambigu !== undefined) {
      return fail([
        issueOf(
          'jabatan-ambigu',
          [],
          `"${teks}" tidak menentukan jenjang: ${ambigu.catatan} Isi golongan ruang (jenjang diambil dari golongan) atau tulis jenjang sekarang (mis. Ahli Pertama).`,
          `"${teks}" does not determine the jenjang: the title means different jenjang under Kepmenpan 84/1993 and PermenPAN-RB 16/2009 (${ambigu.kandidat.join(', ') || 'none'}). Give the golongan ruang (the jenjang follows from it) or today's jenjang (e.g. Ahli Pertama).`,
          { input: teks, kandidat: ambigu.kandidat.join(', ') },
        ),
      ]);
    }
  }
  const shown = teks !== undefined ? `"${teks}"` : `(${typeof input})`;
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
 * @param kategori - The category (`predikat`, `rating`, `jenjang`, `golongan`, …).
 * @param input - A code, a label or an alias.
 * @param opsi - `ketentuan`: the rule set whose labels are read (default: the latest built-in one).
 * @returns The canonical code; throws `KinerjaError` `validasi-gagal` with `label-tidak-dikenal`.
 * @category Ketentuan
 * @example
 * parseKode('golongan', 'Penata Muda'); //=> 'III/a'
 */
export function parseKode<K extends keyof KategoriKode>(
  kategori: K,
  input: unknown,
  opsi?: OpsiKetentuan,
): KategoriKode[K] {
  return unwrap(safeParseKode(kategori, input, opsi));
}

/**
 * Reads a predikat label (`"Cukup"`, `"Kurang/Misconduct"`, …) into its code as a {@link Result}. Labels are the
 * same in every built-in rule set, so `opsi.ketentuan` is needed only for a rule set of your own.
 *
 * @param input - A predikat code or label.
 * @param opsi - `ketentuan`: a rule set of your own (default: the latest built-in one).
 * @returns The predikat code, or a failed result with `label-tidak-dikenal`.
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
 * @param input - A predikat code or label.
 * @param opsi - `ketentuan`: a rule set of your own (default: the latest built-in one).
 * @returns The predikat code; throws `KinerjaError` `validasi-gagal` with `label-tidak-dikenal`.
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
 * @param input - A rating code or label.
 * @param opsi - `ketentuan`: a rule set of your own (default: the latest built-in one).
 * @returns The rating code, or a failed result with `label-tidak-dikenal`.
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
 * @param input - A rating code or label.
 * @param opsi - `ketentuan`: a rule set of your own (default: the latest built-in one).
 * @returns The rating code; throws `KinerjaError` `validasi-gagal` with `label-tidak-dikenal`.
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
 * @param input - A jenjang code or label (current or legacy title).
 * @param opsi - `ketentuan`: a rule set of your own (default: the latest built-in one).
 * @returns The jenjang code, or a failed result with `label-tidak-dikenal`.
 * @category Ketentuan
 * @example
 * safeParseJenjang('Ahli Muda'); //=> { success: true, data: 'ahli-muda' }
 * safeParseJenjang('Guru Madya').success; //=> false
 */
export function safeParseJenjang(input: unknown, opsi?: OpsiKetentuan): Result<Jenjang> {
  return safeParseKode('jenjang', input, opsi);
}

/**
 * Reads a jenjang label into its code; throws {@link KinerjaError} `validasi-gagal` for an unknown label.
 *
 * @param input - A jenjang code or label (current or legacy title).
 * @param opsi - `ketentuan`: a rule set of your own (default: the latest built-in one).
 * @returns The jenjang code; throws `KinerjaError` `validasi-gagal` with `label-tidak-dikenal`.
 * @category Ketentuan
 * @example
 * parseJenjang('Guru Ahli Pertama'); //=> 'ahli-pertama'
 * parseJenjang('Guru Dewasa Tk. I'); //=> 'ahli-muda'
 */
export function parseJenjang(input: unknown, opsi?: OpsiKetentuan): Jenjang {
  return parseKode('jenjang', input, opsi);
}

/**
 * Reads a golongan or pangkat (`"IV/a"`, `"Pembina"`) into its code as a {@link Result}.
 *
 * @param input - A golongan (`'IV/a'`) or pangkat (`'Pembina'`).
 * @param opsi - `ketentuan`: a rule set of your own (default: the latest built-in one).
 * @returns The golongan code, or a failed result with `label-tidak-dikenal`.
 * @category Ketentuan
 * @example
 * safeParseGolongan('Pembina'); //=> { success: true, data: 'IV/a' }
 * safeParseGolongan('IX').success; //=> false
 */
export function safeParseGolongan(input: unknown, opsi?: OpsiKetentuan): Result<Golongan> {
  return safeParseKode('golongan', input, opsi);
}

/**
 * Reads a golongan or pangkat into its code; throws {@link KinerjaError} `validasi-gagal` for an unknown one.
 *
 * @param input - A golongan (`'IV/a'`) or pangkat (`'Pembina'`).
 * @param opsi - `ketentuan`: a rule set of your own (default: the latest built-in one).
 * @returns The golongan code; throws `KinerjaError` `validasi-gagal` with `label-tidak-dikenal`.
 * @category Ketentuan
 * @example
 * parseGolongan('iv/a'); //=> 'IV/a'
 * parseGolongan('Pembina Tk.I, IV/b'); //=> 'IV/b'
 */
export function parseGolongan(input: unknown, opsi?: OpsiKetentuan): Golongan {
  return parseKode('golongan', input, opsi);
}
