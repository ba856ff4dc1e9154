import type { ModePembulatan } from '../core/desimal';
import type {
  AspekBerakhlak,
  Golongan,
  Jenjang,
  LangkahSiklus,
  NilaiObservasi,
  Peran,
  Predikat,
  PredikatOrganisasi,
  Rating,
  StatusKepegawaian,
  StatusRencana,
} from './kode';

/**
 * How firmly a fact is known (as docs/sumber.md grades its facts): `reg` stated in the regulation, `seed` stated in the official
 * guides, `open` not settled by any source held: a policy with a documented default that a rule set may change.
 *
 * @category Ketentuan
 * @example
 * const t: TingkatSumber = 'open';
 */
export type TingkatSumber = 'reg' | 'seed' | 'open';

/**
 * Where a fact of a rule set comes from.
 *
 * @category Ketentuan
 * @example
 * const s: Sumber = { tingkat: 'reg', acuan: ['permenpanrb-1-2023'], catatan: 'Lampiran koefisien' };
 */
export interface Sumber {
  /** How firm the source is: a regulation (`reg`), a published guide (`seed`) or an open question (`open`). */
  readonly tingkat: TingkatSumber;
  /** Ids of entries of {@link Ketentuan.dokumen}. */
  readonly acuan: readonly string[];
  /** What exactly, or why it is open and what default was chosen. */
  readonly catatan?: string;
}

/**
 * A source document that a rule set cites.
 *
 * @category Ketentuan
 * @example
 * const d: DokumenSumber = { id: 'permenpanrb-6-2022', judul: 'Peraturan Menteri PANRB Nomor 6 Tahun 2022' };
 */
export interface DokumenSumber {
  /** The document's id, as a `Sumber` cites it. */
  readonly id: string;
  /** The document's full title (a regulation's number and year, a guide's name). */
  readonly judul: string;
}

/**
 * An enumerated value with its display labels and the aliases its parser accepts.
 *
 * @category Ketentuan
 * @example
 * const e: Entri<'baik'> = { kode: 'baik', label: 'Baik', labelEn: 'Good', alias: [] };
 */
export interface Entri<K extends string = string> {
  /** The code (kebab-case), the value the library stores and compares. */
  readonly kode: K;
  /** Display label in Bahasa Indonesia. */
  readonly label: string;
  /** Display label in English. */
  readonly labelEn: string;
  /** Other spellings accepted by the label parsers (besides the code and the labels). */
  readonly alias: readonly string[];
}

/**
 * A role with its place in pengelolaan kinerja under a rule set.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.peran.find((p) => p.kode === 'guru')?.pejabatPenilai; //=> 'kepala-sekolah'
 */
export interface EntriPeran extends Entri<Peran> {
  /** Whether people of this role plan and are rated (fill their own SKP) under this rule set. */
  readonly pegawai: boolean;
  /** The role of their pejabat penilai, or `null` where they are not rated here. */
  readonly pejabatPenilai: Peran | null;
  /** The role that helps the pejabat penilai as tim kinerja (e.g. the pengawas for a kepala sekolah in 2026). */
  readonly timKinerja: Peran | null;
}

/**
 * A status kepegawaian and whether pengelolaan kinerja is required for it.
 *
 * @category Ketentuan
 * @example
 * const e: EntriStatusKepegawaian = { kode: 'non-asn', label: 'Non-ASN', labelEn: 'Non-civil-servant', alias: [], wajib: false };
 */
export interface EntriStatusKepegawaian extends Entri<StatusKepegawaian> {
  /** Whether a plan is required of pegawai with this status. */
  readonly wajib: boolean;
}

/**
 * A jenjang with its yearly angka kredit coefficient (an exact decimal string).
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.jenjang[0]?.koefisienTahunan; //=> '12.5'
 */
export interface EntriJenjang extends Entri<Jenjang> {
  /** The yearly koefisien angka kredit of the jenjang, an exact decimal string (`'12.5'`). */
  readonly koefisienTahunan: string;
}

/**
 * A golongan with its pangkat and the cumulative angka kredit needed to leave it.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.golongan[1]?.akKenaikanJenjang; //=> '100'
 */
export interface EntriGolongan extends Entri<Golongan> {
  /** The pangkat name, e.g. "Penata Muda". */
  readonly pangkat: string;
  /** The jenjang this golongan belongs to. */
  readonly jenjang: Jenjang;
  /** AK needed for the next pangkat (exact decimal string), `null` at the top. */
  readonly akKenaikanPangkat: string | null;
  /** AK needed for the next jenjang from this golongan, `null` where the jenjang does not change from here. */
  readonly akKenaikanJenjang: string | null;
}

/**
 * A predikat with its angka kredit percentage (an integer percent).
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.predikat[0]?.persentase; //=> 150
 */
export interface EntriPredikat extends Entri<Predikat> {
  /** The percentage of the koefisien this predikat earns (150, 100, 75, 50, 25). */
  readonly persentase: number;
  /**
   * SIASN's `kuadranKinerjaNilai` for this predikat (1 Sangat Baik … 5 Sangat Kurang), read only where the caller says
   * the value is a kuadran (`safeParseKode('kuadranKinerja', …)`); absent where the rule set does not know it.
   */
  readonly kuadranSiasn?: number;
}

/**
 * A BERAKHLAK aspect with its guiding questions.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.aspekBerakhlak[0]?.pertanyaanPanduan.length; //=> 3
 */
export interface EntriAspekBerakhlak extends Entri<AspekBerakhlak> {
  /** The guiding questions of the aspect, as the form asks them. */
  readonly pertanyaanPanduan: readonly string[];
}

/**
 * A step of the siklus and who carries it out.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.langkahSiklus[1]?.pelaku; //=> 'atasan'
 */
export interface EntriLangkahSiklus extends Entri<LangkahSiklus> {
  /** The step's letter on the platform (`A` … `E`, `F/G` for penilaian). */
  readonly huruf: string;
  /** Who carries the step out: the pegawai, or the atasan (the observation). */
  readonly pelaku: 'pegawai' | 'atasan';
}

/**
 * The code of a fokus perilaku (`komunikasi-positif`): kebab-case, never its display text. A step of the siklus names
 * a fokus by this code; the type refuses a text with capitals, and the step schemas refuse anything not kebab-case.
 *
 * @category Ketentuan
 * @example
 * const kode: KodeFokusPerilaku = 'strategi-pengelompokan';
 */
export type KodeFokusPerilaku = Lowercase<string>;

/**
 * A fokus perilaku that the observation of an indicator looks at.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.indikatorPraktikKinerja[0]?.fokusPerilaku[0]?.kode; //=> 'komunikasi-positif'
 */
export interface FokusPerilaku {
  /** The fokus's code, which the siklus steps use. */
  readonly kode: KodeFokusPerilaku;
  /** The display text (the observation form's wording). */
  readonly teks: string;
  /** "Perilaku yang dianjurkan" of the observation form, where known. */
  readonly dianjurkan: readonly string[];
  /** "Perilaku yang dihindari" of the observation form, where known. */
  readonly dihindari: readonly string[];
}

/**
 * A praktik-kinerja sub-indicator of the Rapor Pendidikan that a plan may choose.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.indikatorPraktikKinerja[0]?.kode; //=> 'keteraturan-suasana-kelas'
 */
export interface IndikatorPraktikKinerja extends Entri {
  /** The role whose plan may choose it. */
  readonly peran: Peran;
  /** The Rapor Pendidikan indicator it comes from, e.g. `D1`. */
  readonly raporPendidikan: string;
  /** What the observation looks at; empty where no source we hold lists it (supply your own). */
  readonly fokusPerilaku: readonly FokusPerilaku[];
  /** "Observasi dinilai berhasil jika", where known. */
  readonly kriteriaKeberhasilan: string | null;
  /** Where the fokus perilaku come from. */
  readonly sumber: Sumber;
}

/**
 * Kategori peran of an RHK activity.
 *
 * @category Ketentuan
 * @example
 * const p: PeranKegiatan = 'kontributor';
 */
export type PeranKegiatan = 'peserta' | 'kontributor' | 'partisipan';

/**
 * Kategori kegiatan of an RHK activity.
 *
 * @category Ketentuan
 * @example
 * const k: KategoriKegiatan = 'pelatihan';
 */
export type KategoriKegiatan = 'pelatihan' | 'pengembangan-selain-pelatihan' | 'pendidikan';

/**
 * An activity of the pengembangan-kompetensi catalogue: the points a plan earns per unit.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.katalogRhk[0]?.poin; //=> 8
 */
export interface KegiatanRhk {
  /** The activity's code (kebab-case), as a plan's RHK names it. */
  readonly kode: string;
  /** The activity as the catalogue names it (Bahasa Indonesia). */
  readonly kegiatan: string;
  /** The activity's name in English. */
  readonly kegiatanEn: string;
  /** The pegawai's part in it: peserta, kontributor or partisipan. */
  readonly peran: PeranKegiatan;
  /** Its category: pelatihan, pengembangan selain pelatihan, or pendidikan. */
  readonly kategori: KategoriKegiatan;
  /** `true` for the program prioritas (Guru Penggerak, Sekolah Penggerak, PPG, …). */
  readonly prioritas: boolean;
  /** The program it belongs to, where it is one. */
  readonly program: string | null;
  /** Points per unit (a positive integer). */
  readonly poin: number;
  /** What one unit is, e.g. "pelatihan", "observasi", "3 kegiatan", "semester". */
  readonly satuan: string;
  /** Most units a plan may take of it in one period, `null` for no limit known. */
  readonly kuantitasMaksimum: number | null;
  /** The roles whose plans may use it. */
  readonly untuk: readonly Peran[];
  /** Where the activity and its points come from. */
  readonly sumber: Sumber;
}

/**
 * The points rule of pengembangan kompetensi for one period, or `null` in {@link Ketentuan.poin} where a rule
 * set has no points.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.poin; //=> { wajib: true, minimum: 32, maksimum: 128 }
 */
export interface AturanPoin {
  /** Whether a plan must reach the minimum (points are required in this rule set). */
  readonly wajib: boolean;
  /** The fewest points a plan must hold per period. */
  readonly minimum: number;
  /** The most points a plan counts per period. */
  readonly maksimum: number;
}

/**
 * A kind of tugas tambahan with, where the rule set's source gives it, its group and its weekly equivalence in jam
 * tatap muka (JP) under Permendikdasmen 11/2025 on guru workload: `melekat` (attached to the guru's main task, Pasal 10,
 * e.g. wakil kepala satuan pendidikan 12 JP) or `lain` (the other duties, Pasal 11, 1–2 JP each, counted up to
 * {@link AturanBebanKerja.jamTugasLainMaksimum}). Both absent where the rule set gives no equivalence (2024).
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2026.tugasTambahan.find((t) => t.kode === 'wali-kelas')?.jamTatapMuka; //=> 2
 */
export interface EntriTugasTambahan extends Entri {
  /** Whether the duty is attached to teaching (`melekat`) or another duty (`lain`), for the workload. */
  readonly kelompok?: 'melekat' | 'lain';
  /** JP per week the duty counts for (a positive integer). */
  readonly jamTatapMuka?: number;
}

/**
 * The workload rule of a guru (Permendikdasmen 11/2025): hours of work a week, the minimum of jam tatap muka (JP) a
 * week that teaching and the equivalences of tugas tambahan must reach, and the most JP the `lain` duties count for
 * together. `null` in {@link Ketentuan.bebanKerja} where the rule set's sources do not tie the plan to it (2024).
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2026.bebanKerja; //=> { jamKerjaPerMinggu: '37.5', jamTatapMukaMinimum: 24, jamTugasLainMaksimum: 6 }
 */
export interface AturanBebanKerja {
  /** Hours of work a week (an exact decimal string), rest excluded. */
  readonly jamKerjaPerMinggu: string;
  /** The fewest face-to-face hours a week a guru must teach. */
  readonly jamTatapMukaMinimum: number;
  /** The most hours a week of other duties that count towards the workload. */
  readonly jamTugasLainMaksimum: number;
}

/**
 * A day relative to a period: `bulan` 1 is the period's first month (0 the month before it, e.g. December before an
 * annual period); `hari` a day of that month or `'akhir'` for its last day.
 *
 * @category Ketentuan
 * @example
 * const t: HariPeriode = { bulan: 1, hari: 21 };
 */
export interface HariPeriode {
  /** The month: 1 is the period's first month, 0 the month before it. */
  readonly bulan: number;
  /** The day of that month, or `akhir` for its last day. */
  readonly hari: number | 'akhir';
}

/**
 * A dated sub-stage or deadline of a rule set's calendar, finer than {@link JadwalTahap}'s months (e.g. 2026: data
 * clean-up 1–7 January, SKP submission 8–21 January). `tahap` is the calendar stage it belongs to, `null` for a stage
 * before the period (pra-perencanaan); `mulai` is `null` where the source gives only the deadline.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2026.jadwalRinci.map((j) => j.kode); //=> ['pra-perencanaan', 'pembersihan-data', 'pengajuan-skp', 'persetujuan-skp']
 */
export interface JadwalRinci extends Entri {
  /** The calendar stage it belongs to, or `null` for a stage before the period (pra-perencanaan). */
  readonly tahap: TahapKalender | null;
  /** Its first day, or `null` where the source gives only the deadline. */
  readonly mulai: HariPeriode | null;
  /** Its last day. */
  readonly selesai: HariPeriode;
}

/**
 * A dokumen akuntabilitas that a role must collect (collected, not graded).
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.dokumenAkuntabilitas.filter((d) => d.peran === 'guru').length; //=> 3
 */
export interface DokumenAkuntabilitas {
  /** The document's code (kebab-case), as a plan's `dokumen` names it. */
  readonly kode: string;
  /** The role that must hold the document. */
  readonly peran: Peran;
  /** The document's name (Bahasa Indonesia). */
  readonly label: string;
  /** The document's name in English. */
  readonly labelEn: string;
}

/**
 * A stage of the calendar: planning or a step of the siklus.
 *
 * @category Ketentuan
 * @example
 * const t: TahapKalender = 'perencanaan';
 */
export type TahapKalender = 'perencanaan' | LangkahSiklus;

/**
 * When a stage is due, in months counted from the start of the period (1 = its first month).
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.kalender[0]; //=> { tahap: 'perencanaan', bulanMulai: 1, bulanAkhir: 1 }
 */
export interface JadwalTahap {
  /** The stage of the cycle. */
  readonly tahap: TahapKalender;
  /** Its first month, counted in the period (1 is the period's first month). */
  readonly bulanMulai: number;
  /** Its last month, counted the same way. */
  readonly bulanAkhir: number;
}

/**
 * The periods of a year: each a range of months `[first, last]`, both inclusive, 1..12.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.periode.rentangBulan; //=> [[1, 6], [7, 12]]
 */
export interface AturanPeriode {
  /** Whether a year has two semester periods or one yearly period. */
  readonly jenis: 'semester' | 'tahunan';
  /** The months of each period, first and last (1–12). */
  readonly rentangBulan: readonly (readonly [number, number])[];
}

/**
 * A rounding rule: how many fractional digits and which mode.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.kebijakan.pembulatanSiasn; //=> { desimal: 3, mode: 'half-up' }
 */
export interface AturanPembulatan {
  /** The number of decimals kept. */
  readonly desimal: number;
  /** How the last kept decimal is rounded. */
  readonly mode: ModePembulatan;
}

/**
 * The policies for what the sources leave open (marked open in docs/sumber.md), each with its documented default.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.kebijakan.keterlambatan; //=> 'tandai'
 */
export interface Kebijakan {
  /** A late step is only flagged (`tandai`, default) or refused (`tolak`). */
  readonly keterlambatan: 'tandai' | 'tolak';
  /** Rounding for display, as BKN's examples show it (2 decimals, half-up). */
  readonly pembulatanTampilan: AturanPembulatan;
  /** Rounding as SIASN records angka kredit (decimal(10,3)); the mode is open, default half-up. */
  readonly pembulatanSiasn: AturanPembulatan;
  /** Whether the atasan may return a `diajukan` plan to `draf` (default yes). */
  readonly atasanBolehMengembalikan: boolean;
  /** Whether a `disepakati` plan may be reset by an explicit event that keeps history (default yes). */
  readonly resetDisepakati: boolean;
  /** Whether the dokumen akuntabilitas are uploaded (`unggah`) or only confirmed by the atasan (`konfirmasi`). */
  readonly buktiDokumen: 'unggah' | 'konfirmasi';
  /** Whether bukti dukung of an RHK are uploaded (`unggah`) or only confirmed (`konfirmasi`). */
  readonly buktiDukung: 'unggah' | 'konfirmasi';
  /**
   * How the library suggests the rating hasil kerja from the three aspects (the penilai decides; open): combine the
   * aspects (`median` default, or `terendah`), and suggest `di-atas-ekspektasi` only with at least
   * `poinMinimumDiAtas` points of pengembangan kompetensi (default 64, the seed illustration's figure; `null` to
   * ignore points).
   */
  readonly saranHasilKerja: { readonly agregasi: AgregasiRating; readonly poinMinimumDiAtas: number | null };
  /** How the library suggests the overall rating perilaku kerja from the 7 aspects (open; default `median`). */
  readonly saranPerilakuKerja: { readonly agregasi: AgregasiRating };
  /** Whether AK above a promotion's threshold counts toward the next one (open; default yes). */
  readonly sisaAkDiperhitungkan: boolean;
  /**
   * The AK after a promotion into the next jenjang: `nol` (PerBKN 11/2022 Pasal 37 ayat (5) and (7): the new jabatan
   * starts at 0 and the excess is not carried; repeated for PerBKN 3/2023 by BKN) or `sisa` (carry the excess).
   */
  readonly akSetelahKenaikanJenjang: 'nol' | 'sisa';
  /** The lowest predikat, in the period of a promotion into the next jenjang, that allows it (PerBKN 3/2023: Baik). */
  readonly predikatMinimalKenaikanJenjang: Predikat;
  /**
   * How the library suggests the annual predikat from the periodic ones of a year with several periods (open: the
   * annual evaluation "mempertimbangkan hasil evaluasi kinerja periodik"): `terakhir` (the latest, default) or
   * `terendah` (the lowest).
   */
  readonly predikatTahunan: 'terakhir' | 'terendah';
  /**
   * Who rates an ASN guru in a private school (satuan pendidikan yang diselenggarakan masyarakat), where the rule set
   * covers them (2026): `kepala-dinas` (one retelling of Kepmendikdasmen 271/O/2025, default) or
   * `kepala-sekolah-dan-pengawas` (another: the kepala sekolah and the pengawas sekolah as a team, with the yayasan);
   * `null` where the rule set's sources do not address them (the role's {@link EntriPeran.pejabatPenilai} applies).
   */
  readonly pejabatPenilaiGuruSwasta: 'kepala-dinas' | 'kepala-sekolah-dan-pengawas' | null;
}

/**
 * How several ratings combine into a suggested one: `median` (the middle rating) or `terendah` (the lowest).
 *
 * @category Ketentuan
 * @example
 * const a: AgregasiRating = 'median';
 */
export type AgregasiRating = 'median' | 'terendah';

/**
 * The numbers angka kredit needs: koefisien per jenjang and persentase per predikat. Every {@link Ketentuan} is one.
 *
 * @category Ketentuan
 * @example
 * const a: AturanAngkaKredit = KETENTUAN_2024;
 */
export interface AturanAngkaKredit {
  /** The yearly koefisien of each jenjang. */
  readonly jenjang: readonly Pick<EntriJenjang, 'kode' | 'koefisienTahunan'>[];
  /** The percentage of each predikat. */
  readonly predikat: readonly Pick<EntriPredikat, 'kode' | 'persentase'>[];
}

/**
 * One constraint of the pola distribusi: the share of pegawai whose predikat is one of `predikat` is at least
 * `minPersen` and at most `maksPersen` percent, and at least `minJumlah` pegawai (each bound optional).
 *
 * @category Ketentuan
 * @example
 * const b: BatasanDistribusi = { predikat: ['sangat-baik'], maksPersen: 70 };
 */
export interface BatasanDistribusi {
  /** The predikat the bound counts. */
  readonly predikat: readonly Predikat[];
  /** The lowest share of the school's pegawai with these predikat, in percent. */
  readonly minPersen?: number;
  /** The highest share, in percent. */
  readonly maksPersen?: number;
  /** The fewest pegawai with these predikat. */
  readonly minJumlah?: number;
}

/**
 * A category of the Rapor Pendidikan as the report prints it (`Baik`, `Sedang`, `Kurang`).
 *
 * @category Ketentuan
 * @example
 * const k: KategoriRapor = 'kurang';
 */
export type KategoriRapor = 'baik' | 'sedang' | 'kurang';

/**
 * How the school's Rapor Pendidikan leads to the recommended praktik-kinerja indicators (docs/sumber.md#praktik-kinerja-dan-rapor-pendidikan; Panduan Teknis PMM:
 * "indikator rekomendasi berdasarkan capaian Rapor Pendidikan"): the report's categories (weakest first), which
 * report indicator codes point to which of the rule set's indicators, the school types the report does not cover,
 * and the ranking policy.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2026.raporPendidikan.kategori.map((k) => k.label); //=> ['Kurang', 'Sedang', 'Baik']
 */
export interface AturanRaporPendidikan {
  /** The report's categories, weakest first: the order of the recommendation. */
  readonly kategori: readonly Entri<KategoriRapor>[];
  /**
   * Report indicator codes (a sub-indicator such as `D.1.1`) and the rule set's indicators each one covers, beyond
   * the dimension every indicator names in its `raporPendidikan` (`D1`, read also as `D.1`).
   */
  readonly peta: readonly { readonly kodeRapor: string; readonly indikator: readonly string[] }[];
  /** School types the report does not cover (the choice is then made with the atasan). */
  readonly jenisSatuanTanpaRapor: readonly string[];
  /**
   * The ranking: `kategori-skor` (weakest category, then lower score, then catalogue order) or `kategori` (scores
   * ignored).
   */
  readonly peringkat: 'kategori-skor' | 'kategori';
}

/**
 * PAK Integrasi (conventional angka kredit up to 31 December 2022 into the new system, BKN forms and slides):
 * `AK Integrasi = AK kumulatif konvensional − nilai dasar`, where the nilai dasar is the jenjang's, and the result must
 * lie inside the golongan's range (outside it the sources give no number).
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2026.integrasiAk.nilaiDasar['ahli-madya']; //=> '400'
 */
export interface AturanIntegrasiAk {
  /** The nilai dasar per jenjang (exact decimal strings). */
  readonly nilaiDasar: { readonly [J in Jenjang]: string };
  /** The range of AK Integrasi per golongan, `[min, max]` inclusive, or `null` where the sources give none. */
  readonly rentang: { readonly [G in Golongan]: readonly [string, string] | null };
}

/**
 * AK Dasar per golongan (PerBKN 3/2023 Pasal 7 (2), Lampiran II): the angka kredit given on entry to a jenjang at a
 * golongan above its lowest (perpindahan, penyesuaian, promosi), counted cumulatively within the jenjang. It is also
 * where the golongan's count starts: the next pangkat needs `akDasar + akKenaikanPangkat` cumulatively (III/d: 100 +
 * 100 = 200, the jenjang's figure). Only III/d = 100 is attested; the others follow from the pangkat steps (open).
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2026.akDasar['III/d']; //=> '100'
 */
export type AturanAkDasar = { readonly [G in Golongan]: string };

/**
 * The parts of a rule set that carry a source in {@link Ketentuan.sumber}: those of every rule set and the
 * {@link BagianPerencanaan}.
 *
 * @category Ketentuan
 * @example
 * const b: BagianKetentuan = 'matriksPredikat';
 */
export type BagianKetentuan =
  | 'periode'
  | 'peran'
  | 'statusKepegawaian'
  | 'jenjang'
  | 'golongan'
  | 'rating'
  | 'predikat'
  | 'matriksPredikat'
  | 'aspekBerakhlak'
  | 'integrasiAk'
  | 'akDasar'
  | 'polaDistribusi'
  | 'batasTeks'
  | 'kebijakan'
  | BagianPerencanaan;

/**
 * The predikat matrix: `[hasilKerja][perilakuKerja] → predikat`.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.matriksPredikat['di-atas-ekspektasi']['sesuai-ekspektasi']; //=> 'baik'
 */
export type MatriksPredikat = { readonly [H in Rating]: { readonly [P in Rating]: Predikat } };

/**
 * A rule set (`ketentuan`): every regulatory number and list of one regulation period, each with its source.
 * Built-in sets are deep-frozen; derive your own with `deriveKetentuan` and check it with
 * {@link validateKetentuan}.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.id; //=> '2024'
 */
export interface Ketentuan {
  /** Stable id, e.g. `2024`. */
  readonly id: string;
  /**
   * What the rule set covers: pengelolaan kinerja with its plan and siklus (`pengelolaan-kinerja`, the default when
   * absent), or only the angka kredit side ({@link KetentuanKonversi}, `konversi`).
   */
  readonly lingkup?: 'pengelolaan-kinerja';
  /** A name for people (`Ketentuan 2024`). */
  readonly nama: string;
  /** ISO date (yyyy-mm-dd) from which it is in force. */
  readonly berlakuMulai: string;
  /** The source documents its facts cite. */
  readonly dokumen: readonly DokumenSumber[];
  /** How a year divides into periods. */
  readonly periode: AturanPeriode;
  /** The roles whose plans this rule set governs. */
  readonly peran: readonly EntriPeran[];
  /** The employment statuses (PNS, PPPK, non-ASN) and whether a plan is required of each. */
  readonly statusKepegawaian: readonly EntriStatusKepegawaian[];
  /** The jenjang jabatan fungsional guru with their koefisien. */
  readonly jenjang: readonly EntriJenjang[];
  /** The golongan ruang with their pangkat. */
  readonly golongan: readonly EntriGolongan[];
  /** The three ratings of hasil kerja and perilaku kerja. */
  readonly rating: readonly Entri<Rating>[];
  /** The predikat kinerja with their percentages. */
  readonly predikat: readonly EntriPredikat[];
  /** The predikat of each pair of ratings (hasil kerja × perilaku kerja). */
  readonly matriksPredikat: MatriksPredikat;
  /** The seven BerAKHLAK aspects with their guiding questions. */
  readonly aspekBerakhlak: readonly EntriAspekBerakhlak[];
  /** The steps of the siklus and who carries each out. */
  readonly langkahSiklus: readonly EntriLangkahSiklus[];
  /** The observation ratings of a fokus perilaku. */
  readonly nilaiObservasi: readonly Entri<NilaiObservasi>[];
  /** The statuses of a plan. */
  readonly statusRencana: readonly Entri<StatusRencana>[];
  /** The praktik-kinerja indicators a plan may choose, with their fokus perilaku. */
  readonly indikatorPraktikKinerja: readonly IndikatorPraktikKinerja[];
  /** The catalogue of activities a plan's RHK may name, with their points. */
  readonly katalogRhk: readonly KegiatanRhk[];
  /** The points rule, or `null` where the rule set has no points. */
  readonly poin: AturanPoin | null;
  /** Known kinds of tugas tambahan (an open list: other kinds are allowed with their SK). */
  readonly tugasTambahan: readonly EntriTugasTambahan[];
  /** The guru workload rule the tugas tambahan count toward, or `null` where the rule set has none. */
  readonly bebanKerja: AturanBebanKerja | null;
  /** The accountability documents each role must hold. */
  readonly dokumenAkuntabilitas: readonly DokumenAkuntabilitas[];
  /** The months of each stage of the cycle. */
  readonly kalender: readonly JadwalTahap[];
  /** Stages before perencanaan (e.g. pemutakhiran data, pra-perencanaan), done before the period starts. */
  readonly tahapSebelumPerencanaan: readonly Entri[];
  /** Dated sub-stages and deadlines, finer than {@link Ketentuan.kalender} (empty where the sources give none). */
  readonly jadwalRinci: readonly JadwalRinci[];
  /**
   * Who and which schools the rule set's source says it covers, beyond the roles of {@link Ketentuan.peran} (e.g. 2026:
   * SILN schools, pamong belajar, penilik); empty where the source names no more than those roles.
   */
  readonly cakupan: readonly Entri[];
  /** From the school's Rapor Pendidikan to the recommended indicators. */
  readonly raporPendidikan: AturanRaporPendidikan;
  /** PAK Integrasi of conventional AK (up to 31 December 2022). */
  readonly integrasiAk: AturanIntegrasiAk;
  /** AK Dasar per golongan: where a golongan's cumulative count within its jenjang starts. */
  readonly akDasar: AturanAkDasar;
  /**
   * The pola distribusi (PermenPANRB 6/2022): for each predikat of the organisation, the constraints on its
   * employees' predikat.
   */
  readonly polaDistribusi: { readonly [P in PredikatOrganisasi]: readonly BatasanDistribusi[] };
  /** Text limits in characters. */
  readonly batasTeks: { readonly bawaan: number };
  /** The choices the rule set makes where the rules leave room (late steps, …). */
  readonly kebijakan: Kebijakan;
  /** The source of every part. */
  readonly sumber: { readonly [B in BagianKetentuan]: Sumber };
}

/**
 * The parts of a rule set that belong to the PMM / Ruang GTK plan and siklus (from 2024): absent from a
 * {@link KetentuanKonversi}.
 *
 * @category Ketentuan
 * @example
 * const b: BagianPerencanaan = 'katalogRhk';
 */
export type BagianPerencanaan =
  | 'langkahSiklus'
  | 'nilaiObservasi'
  | 'statusRencana'
  | 'indikatorPraktikKinerja'
  | 'katalogRhk'
  | 'poin'
  | 'tugasTambahan'
  | 'dokumenAkuntabilitas'
  | 'kalender'
  | 'tahapSebelumPerencanaan'
  | 'raporPendidikan'
  | 'jadwalRinci'
  | 'bebanKerja'
  | 'cakupan';

/**
 * A rule set of the angka kredit side only (`lingkup: 'konversi'`), for a year before the PMM plan and siklus
 * existed (2023: the annual e-Kinerja SKP of PermenPANRB 6/2022 converted to AK by PermenPANRB 1/2023): the period,
 * people, codes, matrix, koefisien, persentase, golongan, integrasi and AK Dasar, policies and sources, and none of
 * the planning parts ({@link BagianPerencanaan}: reading one is a type error). Angka kredit, records, akumulasi, PAK
 * documents and SIASN bodies take it; a plan or a siklus under it is refused with `ketentuan-tanpa-perencanaan`.
 *
 * @category Ketentuan
 * @example
 * const k: KetentuanKonversi = KETENTUAN_2023;
 * k.lingkup; //=> 'konversi'
 */
export type KetentuanKonversi = Omit<Ketentuan, BagianPerencanaan | 'lingkup'> & {
  readonly lingkup: 'konversi';
} & { readonly [B in BagianPerencanaan]?: never };

/**
 * Any rule set: one with the plan and siklus ({@link Ketentuan}) or one of the angka kredit side only
 * ({@link KetentuanKonversi}); narrow on `lingkup === 'konversi'`.
 *
 * @category Ketentuan
 * @example
 * const k: KetentuanBerlaku = KETENTUAN_2023;
 * k.lingkup === 'konversi' ? 'hanya AK' : 'lengkap'; //=> 'hanya AK'
 */
export type KetentuanBerlaku = Ketentuan | KetentuanKonversi;
