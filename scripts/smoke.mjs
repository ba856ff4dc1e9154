// Loads the built bundle through import(), as an ESM user does.
import assert from 'node:assert/strict';
import * as lib from 'pengelolaan-kinerja';
import { createRequire } from 'node:module';
assert.equal(lib.KETENTUAN_2024.id, '2024');
assert.equal(lib.desimal('0.1').plus('0.2').toString(), '0.3');
assert.ok(new lib.KinerjaError('pembagian-nol', 'a', 'b') instanceof Error);
assert.equal(lib.ketentuanUntuk('2026-05-01').id, '2026');
assert.equal(
  lib.formatAngkaKredit(lib.angkaKredit({ jenjang: 'ahli-pertama', predikat: 'baik', bulan: 2 }), { untuk: 'siasn' }),
  '2.083',
);
const schema = createRequire(import.meta.url)('pengelolaan-kinerja/schemas/periode.json');
assert.equal(schema.title, 'periode');
const { formatPakHtml } = await import('pengelolaan-kinerja/cetak');
assert.throws(
  () => formatPakHtml([]),
  (e) => e instanceof lib.KinerjaError,
);
const { SKEMA_SIASN } = await import('pengelolaan-kinerja/siasn');
assert.equal(SKEMA_SIASN.kuadran.kurang, 4);
const { readBerkas } = await import('pengelolaan-kinerja/berkas');
const biff = await readBerkas(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
assert.equal(biff.success === false && biff.issues[0].code, 'format-tidak-didukung');
console.log('smoke import: ok');
