/**
 * `pengelolaan-kinerja`: Pengelolaan Kinerja Guru dan Kepala Sekolah as pure, immutable, tested functions.
 *
 * The public surface, listed by name: every export here is deliberate and recorded in `etc/pengelolaan-kinerja.api.md`.
 *
 * @packageDocumentation
 * @module pengelolaan-kinerja
 * @mergeModuleWith <project>
 */
export { unwrap, type Berhasil, type Gagal, type Result } from './core/result';
export { KinerjaError, isKinerjaError, type KodeGalat } from './core/error';
export { describeError } from './core/describe-error';
export {
  createIssue,
  formatIssue,
  formatPath,
  type PathSegment,
  type Issue,
  type Bahasa,
  type OpsiBahasa,
} from './core/issue';
export { MODE_PEMBULATAN, Desimal, desimal, sumDesimal, type ModePembulatan, type DesimalInput } from './core/desimal';
export {
  RATING,
  PREDIKAT,
  JENJANG,
  GOLONGAN,
  ASPEK_BERAKHLAK,
  LANGKAH_SIKLUS,
  NILAI_OBSERVASI,
  STATUS_RENCANA,
  PERAN,
  STATUS_KEPEGAWAIAN,
  PREDIKAT_ORGANISASI,
  GOLONGAN_PPPK,
  type GolonganPppk,
  type Rating,
  type Predikat,
  type Jenjang,
  type Golongan,
  type AspekBerakhlak,
  type LangkahSiklus,
  type NilaiObservasi,
  type StatusRencana,
  type Peran,
  type StatusKepegawaian,
  type PredikatOrganisasi,
} from './ketentuan/kode';
export {
  type TingkatSumber,
  type Sumber,
  type DokumenSumber,
  type Entri,
  type EntriPeran,
  type EntriStatusKepegawaian,
  type EntriJenjang,
  type EntriGolongan,
  type EntriPredikat,
  type EntriAspekBerakhlak,
  type EntriLangkahSiklus,
  type FokusPerilaku,
  type KodeFokusPerilaku,
  type IndikatorPraktikKinerja,
  type PeranKegiatan,
  type KategoriKegiatan,
  type KegiatanRhk,
  type AturanPoin,
  type DokumenAkuntabilitas,
  type TahapKalender,
  type JadwalTahap,
  type AturanPeriode,
  type AturanRaporPendidikan,
  type AturanIntegrasiAk,
  type AturanAkDasar,
  type KategoriRapor,
  type AturanPembulatan,
  type Kebijakan,
  type AgregasiRating,
  type AturanAngkaKredit,
  type BatasanDistribusi,
  type BagianKetentuan,
  type MatriksPredikat,
  type Ketentuan,
  type KetentuanKonversi,
  type KetentuanBerlaku,
  type BagianPerencanaan,
} from './ketentuan/types';
export { KETENTUAN_2023 } from './ketentuan/ketentuan-2023';
export { type EntriTugasTambahan, type AturanBebanKerja, type HariPeriode, type JadwalRinci } from './ketentuan/types';
export { ATURAN_ANGKA_KREDIT } from './ketentuan/dasar-kinerja-asn';
export { KETENTUAN_2024 } from './ketentuan/ketentuan-2024';
export { KETENTUAN_2025 } from './ketentuan/ketentuan-2025';
export { KETENTUAN_2026 } from './ketentuan/ketentuan-2026';
export {
  SEMUA_KETENTUAN,
  getKetentuan,
  ketentuanUntuk,
  ketentuanRencana,
  safeKetentuanRencana,
  type OpsiDaftarKetentuan,
} from './ketentuan/pilih';
export { type OpsiKetentuan } from './ketentuan/opsi-ketentuan';
export { getJenjang, getPredikat, getGolongan, formatLabel } from './ketentuan/lookup';
export {
  safeParseKode,
  parseKode,
  safeParsePredikat,
  parsePredikat,
  safeParseRating,
  parseRating,
  safeParseJenjang,
  parseJenjang,
  safeParseGolongan,
  parseGolongan,
  type KategoriKode,
} from './ketentuan/label';
export { JABATAN_GURU_AMBIGU, type JabatanGuruAmbigu } from './ketentuan/ejaan';
export { KetentuanSchema, KetentuanKonversiSchema } from './ketentuan/schema';
export { validateKetentuan, validateKetentuanKonversi, deriveKetentuan } from './ketentuan/validate';
export { PeriodeSchema, validatePeriode, rentangPeriode, formatPeriode, type Periode } from './ketentuan/periode';
export { PegawaiSchema, validateNip, type Pegawai, type InfoNip } from './perencanaan/pegawai';
export {
  RencanaHasilKerjaSchema,
  TugasTambahanSchema,
  RencanaKinerjaSchema,
  createRencana,
  chooseIndikator,
  addRhk,
  updateRhk,
  removeRhk,
  addTugasTambahan,
  removeTugasTambahan,
  setPerilaku,
  setDokumen,
  type RencanaHasilKerja,
  type TugasTambahan,
  type RencanaKinerja,
  type RencanaBaru,
} from './perencanaan/rencana';
export { poinRhk, rangkumanRencana, type RangkumanRhk, type StatusPoin, type Rangkuman } from './perencanaan/rangkuman';
export { validateRencana, type ModeValidasi, type OpsiValidasiRencana } from './perencanaan/validasi';
export {
  AlurRencanaSchemas,
  startAlurRencana,
  allowedEventsRencana,
  transitionRencana,
  replayAlurRencana,
  type Aktor,
  type Penyesuaian,
  type PeristiwaRencana,
  type JenisPeristiwaRencana,
  type CatatanPenyesuaian,
  type AlurRencanaDasar,
  type AlurRencana,
} from './perencanaan/alur';
export {
  CapaianRaporPendidikanSchema,
  rekomendasiIndikator,
  type CapaianRaporPendidikan,
  type IndikatorDirekomendasikan,
  type RekomendasiIndikator,
} from './perencanaan/rekomendasi';
export { suggestRhk, type SaranPoin, type OpsiSaranPoin } from './perencanaan/saran-poin';
export { bebanKerjaGuru, type InputBebanKerja, type BebanKerjaGuru } from './perencanaan/beban-kerja';
export {
  LangkahSchemas,
  type Draf,
  type DiskusiPersiapan,
  type ObservasiKinerja,
  type DiskusiTindakLanjut,
  type UpayaTindakLanjut,
  type RefleksiTindakLanjut,
  type DataLangkah,
  type LangkahIsian,
} from './pelaksanaan/langkah';
export {
  PeristiwaSiklusSchema,
  startSiklus,
  allowedEventsSiklus,
  transitionSiklus,
  validatePeristiwaSiklus,
  type PeristiwaSiklus,
  type SiklusPada,
  type SebelumLangkah,
  type Siklus,
} from './pelaksanaan/siklus';
export { replaySiklus, type OpsiReplaySiklus } from './pelaksanaan/replay';
export { jadwalSiklus, tenggatTahap, tahapPadaTanggal, type JadwalTanggal } from './pelaksanaan/kalender';
export { jadwalRinciPeriode, type JadwalRinciTanggal } from './pelaksanaan/kalender';
export { statusSiklus, progresSiklus, type Keterlambatan, type StatusSiklus } from './pelaksanaan/status';
export { predikatKinerja, safePredikatKinerja, suggestPredikatTahunan } from './penilaian/predikat';
export {
  angkaKredit,
  safeAngkaKredit,
  formatAngkaKredit,
  type InputAngkaKredit,
  type OpsiFormatAngkaKredit,
} from './penilaian/angka-kredit';
export { sumAngkaKredit } from './penilaian/massal';
export {
  ASPEK_HASIL_KERJA,
  PenilaianSchemas,
  agregasiRating,
  suggestRatingHasilKerja,
  suggestRatingPerilakuKerja,
  createPenilaianHasilKerja,
  createPenilaianPerilakuKerja,
  type AspekHasilKerja,
  type PenilaianHasilKerja,
  type PenilaianPerilakuKerja,
  type InputPenilaianHasilKerja,
  type InputPenilaianPerilakuKerja,
} from './penilaian/rating';
export { dokumenKurang, predikatTampil, type PredikatTampil } from './penilaian/tampil';
export {
  RekamAngkaKreditSchema,
  createRekamAngkaKredit,
  createRekamAngkaKreditBertahap,
  sumRekamAngkaKredit,
  validateRekamAngkaKredit,
  type RekamAngkaKredit,
  type SegmenAngkaKredit,
} from './penilaian/rekam-ak';
export { proyeksiKenaikan, type PrasyaratNonAk, type KenaikanProyeksi, type InputProyeksi } from './penilaian/proyeksi';
export { angkaKreditTahunan, type InputTahunan, type HasilTahunan } from './penilaian/tahunan';
export { penilaianPeriode, type InputPenilaianPeriode, type HasilPenilaianPeriode } from './penilaian/semester';
export {
  akumulasiAngkaKredit,
  createPakAkumulasi,
  type AkumulasiAngkaKredit,
  type InputPakAkumulasi,
} from './pak/akumulasi';
export { createPakKonversi, type InputPakKonversi } from './pak/konversi';
export { createPakPenetapan, type InputPakPenetapan } from './pak/penetapan';
export { type InputPegawaiPak, type KopPak } from './pak/kop';
export {
  PegawaiPakSchema,
  PenetapPakSchema,
  HasilIntegrasiSchema,
  KenaikanPakSchema,
  PakKonversiSchema,
  PakAkumulasiSchema,
  PakPenetapanSchema,
  PakSchema,
  type PegawaiPak,
  type PenetapPak,
  type KenaikanPak,
  type PakKonversi,
  type PakAkumulasi,
  type PakPenetapan,
  type DokumenPak,
} from './pak/schema';
export { angkaKreditIntegrasi, type InputIntegrasi, type HasilIntegrasi } from './pak/integrasi';
export {
  progresSekolah,
  type DataPegawaiSekolah,
  type TahapPegawai,
  type TugasAtasan,
  type BarisProgres,
  type ProgresSekolah,
} from './sekolah/progres';
export {
  distribusiPredikat,
  pelanggaranDistribusi,
  type DistribusiPredikat,
  type PelanggaranDistribusi,
} from './sekolah/distribusi';
export { ringkasanAngkaKredit, type RingkasanAngkaKredit } from './sekolah/ringkasan';
