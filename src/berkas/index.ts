/**
 * `pengelolaan-kinerja/berkas`: reading operators' files (CSV, Excel's "Unicode text", XLSX, HTML tables saved as
 * `.xls`) into rows, in Node and in a browser, and the runs the CLI and the web page share over those rows (`pakBerkas`,
 * `kenaikanBerkas`, `rekonsiliasiBerkas`), which write their files through a `TujuanKeluaran` the caller implements. No
 * I/O and no `node:` imports: it is handed bytes or a stream.
 *
 * @packageDocumentation
 * @module pengelolaan-kinerja/berkas
 */
export type { FormatBerkas, EncodingBerkas, Dialek, BarisRusak, BarisBerkas, BacaanBerkas } from '../format/dialek';
export { readBerkas, type AliranByte, type SumberBerkas, type OpsiBacaBerkas } from '../format/baca';
export {
  KOLOM_DIKENAL,
  MEDAN_BERKAS,
  normalizeKolom,
  countKolomDikenal,
  matchKolom,
  kolomWajibKurang,
  buildPetaKolom,
  validatePetaKolom,
  type Medan,
  type AliasKolom,
  type PetaMedan,
  type PetaKolom,
  type LaporanKolom,
  type KolomPeriode,
  type CocokKolom,
} from '../format/kolom';
export { parseNipBerkas, parseBulanBerkas, parseTanggalBerkas, parseDesimalBerkas } from '../format/nilai';
export type { TujuanKeluaran, AliranKeluaran, LembarKeluaran, SelLembar } from '../format/keluaran';
export { pakBerkas, formatRingkasanPak, type OpsiPak, type HasilPak, type RingkasanGuru } from './pak';
export type { OpsiBerkas, KemajuanBerkas } from './bersama';
export { kenaikanBerkas, type HasilKenaikan } from './kenaikan';
export { rekonsiliasiBerkas, MEDAN_SIASN, type HasilRekonsiliasi } from './rekonsiliasi';
export { validateKopBerkas, validateLogoBerkas, type KopBerkas } from './kop';
export type { KopSurat, LogoKop } from '../cetak/kop-surat';
export { dataPegawai, buildDataPegawai, type DataPegawai } from './pegawai';
// The library's own types that the runs take or return, so that a user of this entry alone can name them.
export type { Berhasil, Gagal, Result } from '../core/result';
export type { Bahasa, Issue, OpsiBahasa, PathSegment } from '../core/issue';
export type { ModePembulatan } from '../core/desimal';
export * from '../ketentuan/kode';
export type * from '../ketentuan/types';
