import { performance } from 'node:perf_hooks';
import { replaySiklus, validateRencana } from './src';
import { siklusBaru, DATA, LANGKAH_ISIAN, PELAKU, PADA } from './test/pelaksanaan/fixtures';
import { transitionSiklus, unwrap } from './src';
let s = siklusBaru();
for (const l of LANGKAH_ISIAN) { s = unwrap(transitionSiklus(s, { jenis: 'simpan-draf', langkah: l, oleh: PELAKU[l], pada: `${PADA[l]}T08:00:00+07:00`, data: DATA[l] })); s = unwrap(transitionSiklus(s, { jenis: 'kumpulkan', langkah: l, oleh: PELAKU[l], pada: `${PADA[l]}T09:00:00+07:00` })); }
const h = JSON.parse(JSON.stringify(s.riwayat));
const N = 3000;
for (let i = 0; i < 300; i++) replaySiklus(h);
let a = performance.now(); for (let i = 0; i < N; i++) replaySiklus(h); console.log('replay', ((performance.now() - a) / N * 1000).toFixed(0), 'µs');
const r = JSON.parse(JSON.stringify(s.rencana));
a = performance.now(); for (let i = 0; i < N; i++) validateRencana(r); console.log('validateRencana', ((performance.now() - a) / N * 1000).toFixed(1), 'µs');
