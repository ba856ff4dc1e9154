/**
 * `pengelolaan-kinerja/siasn`: SIASN request bodies (`angkakredit/save`, `skp22/save`, `kinerjaperiodik/save`), read
 * parsing of its rows, and reconciliation with local records. No network and no credentials: the app sends the body.
 * SIASN's shapes come from community client code (BKN publishes no spec) and live in one versioned place,
 * {@link SKEMA_SIASN}.
 *
 * @packageDocumentation
 * @module pengelolaan-kinerja/siasn
 */
export { SKEMA_SIASN } from './konvensi';
export {
  DokumenSiasnSchema,
  AngkaKreditSiasnBodySchema,
  Skp22SiasnBodySchema,
  KinerjaPeriodikSiasnBodySchema,
  type DokumenSiasn,
  type AngkaKreditSiasnBody,
  type Skp22SiasnBody,
  type KinerjaPeriodikSiasnBody,
} from './schema';
export {
  toAngkaKreditSiasn,
  fromAngkaKreditSiasn,
  type BulanTahun,
  type InputAngkaKreditSiasn,
  type OpsiAngkaKreditSiasn,
  type AngkaKreditSiasn,
} from './angka-kredit';
export {
  toSkp22Siasn,
  fromSkp22Siasn,
  toKinerjaPeriodikSiasn,
  type PenilaiSiasn,
  type Skp22Siasn,
  type InputSkp22Siasn,
  type InputKinerjaPeriodikSiasn,
} from './skp22';
export { rekonsiliasiSiasn, type SkpLokal, type InputRekonsiliasiSiasn, type RekonsiliasiSiasn } from './rekonsiliasi';
// The library's own types that the SIASN functions take or return, so that a user of this entry alone can name them.
export type { Berhasil, Gagal, Result } from '../core/result';
export type { Bahasa, Issue, OpsiBahasa, PathSegment } from '../core/issue';
export * from '../ketentuan/kode';
export type { ModePembulatan } from '../core/desimal';
export type * from '../ketentuan/types';
export type { OpsiKetentuan } from '../ketentuan/opsi-ketentuan';
export { RekamAngkaKreditSchema, type RekamAngkaKredit } from '../penilaian/rekam-ak';
export type { HasilIntegrasi } from '../pak/integrasi';
