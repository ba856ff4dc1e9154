import { replaySiklus, transitionSiklus, unwrap } from '../src';
import { DATA, LANGKAH_ISIAN, PADA, PELAKU, siklusBaru } from '../test/pelaksanaan/fixtures';
let s = siklusBaru();
for (const l of LANGKAH_ISIAN) {
  s = unwrap(transitionSiklus(s, { jenis: 'simpan-draf', langkah: l, oleh: PELAKU[l], pada: `${PADA[l]}T08:00:00+07:00`, data: DATA[l] }));
  s = unwrap(transitionSiklus(s, { jenis: 'kumpulkan', langkah: l, oleh: PELAKU[l], pada: `${PADA[l]}T09:00:00+07:00` }));
}
const tersimpan = JSON.stringify(s.riwayat);
const riwayat = JSON.parse(tersimpan) as unknown[];
const t = process.hrtime.bigint();
for (let i = 0; i < 40000; i++) replaySiklus(riwayat, { validasi: 'penuh' });
console.log(Number(process.hrtime.bigint() - t) / 40000 / 1000, 'µs');
