/**
 * The canonical codes of the public API (docs/sumber.md#kode-kanonik). These sets are fixed by the regulations that all rule
 * sets share; lists that a rule set may change (indicators, the RHK catalogue) are data in {@link Ketentuan}.
 *
 * @module
 */

/**
 * Rating codes, best first (PermenPANRB 6/2022).
 *
 * @category Ketentuan
 * @example
 * RATING[0]; //=> 'di-atas-ekspektasi'
 */
export const RATING = /* @__PURE__ */ Object.freeze([
  'di-atas-ekspektasi',
  'sesuai-ekspektasi',
  'di-bawah-ekspektasi',
] as const);
/**
 * A rating of hasil kerja or perilaku kerja.
 *
 * @category Ketentuan
 * @example
 * const r: Rating = 'sesuai-ekspektasi';
 */
export type Rating = (typeof RATING)[number];

/**
 * Predikat kinerja codes, best first (PermenPANRB 6/2022).
 *
 * @category Ketentuan
 * @example
 * PREDIKAT.length; //=> 5
 */
export const PREDIKAT = /* @__PURE__ */ Object.freeze([
  'sangat-baik',
  'baik',
  'butuh-perbaikan',
  'kurang',
  'sangat-kurang',
] as const);
/**
 * A predikat kinerja.
 *
 * @category Ketentuan
 * @example
 * const p: Predikat = 'baik';
 */
export type Predikat = (typeof PREDIKAT)[number];

/**
 * Jenjang jabatan fungsional guru (keahlian), lowest first (PermenPANRB 1/2023).
 *
 * @category Ketentuan
 * @example
 * JENJANG.indexOf('ahli-muda'); //=> 1
 */
export const JENJANG = /* @__PURE__ */ Object.freeze([
  'ahli-pertama',
  'ahli-muda',
  'ahli-madya',
  'ahli-utama',
] as const);
/**
 * A jenjang jabatan.
 *
 * @category Ketentuan
 * @example
 * const j: Jenjang = 'ahli-madya';
 */
export type Jenjang = (typeof JENJANG)[number];

/**
 * Golongan ruang, lowest first, written as in the regulation.
 *
 * @category Ketentuan
 * @example
 * GOLONGAN[0]; //=> 'III/a'
 */
export const GOLONGAN = /* @__PURE__ */ Object.freeze([
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
] as const);
/**
 * A golongan ruang.
 *
 * @category Ketentuan
 * @example
 * const g: Golongan = 'III/b';
 */
export type Golongan = (typeof GOLONGAN)[number];

/**
 * The seven BERAKHLAK aspects of perilaku kerja, in the regulation's order.
 *
 * @category Ketentuan
 * @example
 * ASPEK_BERAKHLAK.length; //=> 7
 */
export const ASPEK_BERAKHLAK = /* @__PURE__ */ Object.freeze([
  'berorientasi-pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
] as const);
/**
 * A BERAKHLAK aspect.
 *
 * @category Ketentuan
 * @example
 * const a: AspekBerakhlak = 'kolaboratif';
 */
export type AspekBerakhlak = (typeof ASPEK_BERAKHLAK)[number];

/**
 * The steps of the siklus peningkatan kinerja, in their strict order (A, B, C, D, E, then F/G penilaian).
 *
 * @category Ketentuan
 * @example
 * LANGKAH_SIKLUS[1]; //=> 'observasi-kinerja'
 */
export const LANGKAH_SIKLUS = /* @__PURE__ */ Object.freeze([
  'diskusi-persiapan',
  'observasi-kinerja',
  'diskusi-tindak-lanjut',
  'upaya-tindak-lanjut',
  'refleksi-tindak-lanjut',
  'penilaian',
] as const);
/**
 * A step of the siklus.
 *
 * @category Ketentuan
 * @example
 * const l: LangkahSiklus = 'diskusi-persiapan';
 */
export type LangkahSiklus = (typeof LANGKAH_SIKLUS)[number];

/**
 * The observation scale of step B, lowest first.
 *
 * @category Ketentuan
 * @example
 * NILAI_OBSERVASI[2]; //=> 'dilakukan-efektif'
 */
export const NILAI_OBSERVASI = /* @__PURE__ */ Object.freeze([
  'belum-dilakukan',
  'dilakukan-belum-efektif',
  'dilakukan-efektif',
] as const);
/**
 * An observation rating of one fokus perilaku.
 *
 * @category Ketentuan
 * @example
 * const n: NilaiObservasi = 'belum-dilakukan';
 */
export type NilaiObservasi = (typeof NILAI_OBSERVASI)[number];

/**
 * The states of a plan (SKP), in workflow order.
 *
 * @category Ketentuan
 * @example
 * STATUS_RENCANA[3]; //=> 'disepakati'
 */
export const STATUS_RENCANA = /* @__PURE__ */ Object.freeze(['draf', 'diajukan', 'disetujui', 'disepakati'] as const);
/**
 * A plan state.
 *
 * @category Ketentuan
 * @example
 * const s: StatusRencana = 'draf';
 */
export type StatusRencana = (typeof STATUS_RENCANA)[number];

/**
 * The roles of people in pengelolaan kinerja. `kepala-dinas` is the pejabat penilai of a kepala sekolah from 2026.
 *
 * @category Ketentuan
 * @example
 * PERAN.includes('guru'); //=> true
 */
export const PERAN = /* @__PURE__ */ Object.freeze([
  'guru',
  'kepala-sekolah',
  'pengawas-sekolah',
  'kepala-dinas',
] as const);
/**
 * A role.
 *
 * @category Ketentuan
 * @example
 * const p: Peran = 'kepala-sekolah';
 */
export type Peran = (typeof PERAN)[number];

/**
 * Status kepegawaian.
 *
 * @category Ketentuan
 * @example
 * STATUS_KEPEGAWAIAN; //=> ['pns', 'pppk', 'non-asn']
 */
export const STATUS_KEPEGAWAIAN = /* @__PURE__ */ Object.freeze(['pns', 'pppk', 'non-asn'] as const);
/**
 * A status kepegawaian.
 *
 * @category Ketentuan
 * @example
 * const s: StatusKepegawaian = 'pppk';
 */
export type StatusKepegawaian = (typeof STATUS_KEPEGAWAIAN)[number];

/**
 * Predikat kinerja of an organisation (a school, a dinas), best first (PermenPANRB 6/2022): its scale starts at
 * `istimewa` where the employees' starts at `sangat-baik`.
 *
 * @category Ketentuan
 * @example
 * PREDIKAT_ORGANISASI[0]; //=> 'istimewa'
 */
export const PREDIKAT_ORGANISASI = /* @__PURE__ */ Object.freeze([
  'istimewa',
  'baik',
  'butuh-perbaikan',
  'kurang',
  'sangat-kurang',
] as const);
/**
 * A predikat kinerja organisasi.
 *
 * @category Ketentuan
 * @example
 * const p: PredikatOrganisasi = 'baik';
 */
export type PredikatOrganisasi = (typeof PREDIKAT_ORGANISASI)[number];

/**
 * Golongan of PPPK (Perpres 98/2020 on PPPK pay: golongan I to XVII, Roman numerals without a ruang), lowest first. A
 * PPPK guru with an S1/D-IV starts at IX. These are not {@link Golongan} (the PNS golongan ruang that angka kredit,
 * pangkat and PAK are defined on): {@link parseGolongan} refuses them with the issue `golongan-pppk`.
 *
 * @category Ketentuan
 * @example
 * GOLONGAN_PPPK.indexOf('IX'); //=> 8
 */
export const GOLONGAN_PPPK = /* @__PURE__ */ Object.freeze([
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const);
/**
 * A golongan of PPPK.
 *
 * @category Ketentuan
 * @example
 * const g: GolonganPppk = 'IX';
 */
export type GolonganPppk = (typeof GOLONGAN_PPPK)[number];
