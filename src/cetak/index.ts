/**
 * `pengelolaan-kinerja/cetak`: the PAK documents as print-ready HTML and as PDF, on its own entry point so that an app
 * that only computes never loads it. The documents it prints (`DokumenPak`) come from the main entry.
 *
 * @packageDocumentation
 * @module pengelolaan-kinerja/cetak
 */
export { formatPakHtml, type OpsiPakHtml } from './pak-html';
export type { KopSurat, LogoKop } from './kop-surat';
export { formatPakPdf, type OpsiPakPdf } from './pak-pdf';
export { PakSchema, type DokumenPak } from '../pak/schema';
