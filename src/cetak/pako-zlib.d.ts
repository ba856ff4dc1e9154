// The zlib port inside pako (pdf-lib's own compressor), used directly to keep one deflate state for a run's streams
// (src/cetak/mampat.ts). Only what is used is declared.
declare module 'pako/lib/zlib/deflate.js' {
  export interface ZStream {
    input: Uint8Array | null;
    next_in: number;
    avail_in: number;
    output: Uint8Array | null;
    next_out: number;
    avail_out: number;
    state: unknown;
  }
  export function deflateInit2(
    strm: ZStream,
    level: number,
    method: number,
    windowBits: number,
    memLevel: number,
    strategy: number,
  ): number;
  export function deflateReset(strm: ZStream): number;
  export function deflate(strm: ZStream, flush: number): number;
}
declare module 'pako/lib/zlib/zstream.js' {
  import type { ZStream } from 'pako/lib/zlib/deflate.js';
  const ZStream: new () => ZStream;
  export default ZStream;
}
