import { writeFileSync } from 'node:fs';
import { transitionSiklus, unwrap } from '../src';
import { DATA, LANGKAH_ISIAN, PADA, PELAKU, siklusBaru } from '../test/pelaksanaan/fixtures';
let s = siklusBaru();
for (const l of LANGKAH_ISIAN) {
  s = unwrap(transitionSiklus(s, { jenis: 'simpan-draf', langkah: l, oleh: PELAKU[l], pada: `${PADA[l]}T08:00:00+07:00`, data: DATA[l] }));
  s = unwrap(transitionSiklus(s, { jenis: 'kumpulkan', langkah: l, oleh: PELAKU[l], pada: `${PADA[l]}T09:00:00+07:00` }));
}
writeFileSync('/tmp/riwayat.json', JSON.stringify(s.riwayat));
