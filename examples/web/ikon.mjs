#!/usr/bin/env node
// Draws the page's app icons (the web app manifest's 192 and 512 px PNGs, and a maskable 512 px one whose drawing keeps
// inside the central safe zone) into examples/web/public/: rising bars on the page's accent blue. Run once when the
// design changes; the PNGs are committed. No image library: a PNG is a zlib stream of rows with a CRC per chunk.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const ke = join(dirname(fileURLToPath(import.meta.url)), 'public');

const TABEL = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = TABEL[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function potong(jenis, isi) {
  const panjang = Buffer.alloc(4);
  panjang.writeUInt32BE(isi.length);
  const badan = Buffer.concat([Buffer.from(jenis, 'latin1'), isi]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(badan));
  return Buffer.concat([panjang, badan, c]);
}
function png(n, warna) {
  const baris = Buffer.alloc((n * 3 + 1) * n);
  for (let y = 0; y < n; y++) {
    baris[y * (n * 3 + 1)] = 0;
    for (let x = 0; x < n; x++) baris.set(warna(x / n, y / n), y * (n * 3 + 1) + 1 + x * 3);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0);
  ihdr.writeUInt32BE(n, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    potong('IHDR', ihdr),
    potong('IDAT', deflateSync(baris, { level: 9 })),
    potong('IEND', Buffer.alloc(0)),
  ]);
}

const BIRU = [0x0b, 0x53, 0x94];
const PUTIH = [0xff, 0xff, 0xff];
const KUNING = [0xf0, 0xa5, 0x00];
/** Three rising bars and a threshold line, in a box of side `s` centred in the icon. */
function gambar(s) {
  const m = (1 - s) / 2;
  return (x, y) => {
    const u = (x - m) / s;
    const v = (y - m) / s;
    if (u < 0 || u > 1 || v < 0 || v > 1) return BIRU;
    if (v > 0.2 && v < 0.25 && u > 0.08 && u < 0.92) return KUNING;
    const batang = [
      [0.12, 0.32, 0.62],
      [0.4, 0.6, 0.45],
      [0.68, 0.88, 0.28],
    ];
    for (const [a, b, atas] of batang) if (u >= a && u <= b && v >= atas && v <= 0.9) return PUTIH;
    return BIRU;
  };
}
writeFileSync(join(ke, 'ikon-192.png'), png(192, gambar(0.8)));
writeFileSync(join(ke, 'ikon-512.png'), png(512, gambar(0.8)));
writeFileSync(join(ke, 'ikon-maskable-512.png'), png(512, gambar(0.6)));
writeFileSync(join(ke, 'apple-touch-icon.png'), png(180, gambar(0.8)));
process.stdout.write(`icons written into ${ke}\n`);
