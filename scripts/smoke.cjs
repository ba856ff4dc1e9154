// Loads the built bundle through require(), as a CommonJS user does, and touches every part of the domain
// (zod schemas, the calendar, bigint decimals, structuredClone) so that the Node 18 run checks them too.
'use strict';
const assert = require('node:assert/strict');
const lib = require('pengelolaan-kinerja');
assert.equal(lib.KETENTUAN_2024.id, '2024');
assert.equal(lib.desimal('0.1').plus('0.2').toString(), '0.3');
assert.deepEqual(lib.safeParsePredikat('Cukup'), { success: true, data: 'butuh-perbaikan' });
assert.equal(lib.validateKetentuan(lib.KETENTUAN_2026).success, true);
let r = lib.createRencana({
  pegawai: { nama: 'A', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', satuanPendidikan: 'SDN 1' },
  periode: { tahun: 2024, ke: 1 },
});
r = lib.addRhk(lib.chooseIndikator(r, 'keteraturan-suasana-kelas'), { kegiatan: 'pelatihan-mandiri', kuantitas: 4 });
for (const a of lib.ASPEK_BERAKHLAK) r = lib.setPerilaku(r, a, 'fokus');
assert.equal(lib.validateRencana(r).success, true);
assert.equal(lib.tenggatTahap('diskusi-persiapan', { tahun: 2024, ke: 1 }), '2024-02-29');
assert.equal(String(lib.angkaKredit({ jenjang: 'ahli-muda', predikat: 'sangat-baik' })), '37.5');
assert.equal(lib.predikatKinerja('di-atas-ekspektasi', 'sesuai-ekspektasi'), 'baik');
// The print subpath shares the main entry's classes (one KinerjaError, one Desimal).
const cetak = require('pengelolaan-kinerja/cetak');
const pak = lib.unwrap(
  lib.createPakKonversi({
    pegawai: { nama: 'A <b>', nip: '198701012010012001', golongan: 'III/a' },
    rekam: lib.createRekamAngkaKredit({
      tahun: 2025,
      bulanMulai: 1,
      bulanAkhir: 12,
      jenjang: 'ahli-pertama',
      predikat: 'baik',
    }),
  }),
);
assert.ok(cetak.formatPakHtml(pak).includes('A &lt;b&gt;'));
assert.throws(
  () => cetak.formatPakHtml({}),
  (e) => e instanceof lib.KinerjaError && e.code === 'argumen-tidak-valid',
);
const siasn = require('pengelolaan-kinerja/siasn');
const body = lib.unwrap(
  siasn.toAngkaKreditSiasn({ pnsId: 'p', rwJabatanId: 'j', nomorSk: '1', tanggalSk: '2026-01-20', rekam: pak.rekam }),
);
assert.equal(body.kreditBaruTotal, '12.500');
assert.deepEqual(
  siasn.rekonsiliasiSiasn({ lokal: { angkaKredit: [pak.rekam] }, siasn: { angkaKredit: [body] } }).cocok,
  1,
);
// The file reader subpath: an Indonesian Excel CSV (BOM, ';', decimal comma, CRLF) read from bytes.
const berkas = require('pengelolaan-kinerja/berkas');
berkas
  .readBerkas(new TextEncoder().encode('\uFEFFNIP;Nama;AK\r\n198703122010012004;ANDI "ACO" RAHMAN;12,5\r\n'))
  .then(async (b) => {
    assert.equal(b.success, true);
    assert.deepEqual(b.data.header, ['NIP', 'Nama', 'AK']);
    const rows = [];
    for await (const x of b.data.baris) rows.push(x.sel);
    assert.deepEqual(rows, [['198703122010012004', 'ANDI "ACO" RAHMAN', '12,5']]);
    assert.deepEqual(
      { ...b.data.dialek },
      { format: 'csv', encoding: 'utf-8', bom: true, pemisah: ';', desimal: ',', akhirBaris: '\r\n' },
    );
    console.log('smoke require: ok');
  });
