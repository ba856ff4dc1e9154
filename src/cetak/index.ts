/**
 * `pengelolaan-kinerja/cetak`: print-ready HTML of the PAK documents, on its own entry point so that an app that only
 * computes never loads it. The documents it prints (`DokumenPak`) come from the main entry.
 *
 * @packageDocumentation
 * @module pengelolaan-kinerja/cetak
 */
export { formatPakHtml, type OpsiPakHtml } from './pak-html';
export { PakSchema, type DokumenPak } from '../pak/schema';
