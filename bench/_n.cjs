const L = require('pengelolaan-kinerja');
const { JENJANG, RATING, predikatKinerja, sumAngkaKredit, KETENTUAN_2024 } = L;
let seed = 42; const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const N = 3400000;
const hk = Array.from({ length: N }, () => pick(RATING)), pk = Array.from({ length: N }, () => pick(RATING));
const jj = Array.from({ length: N }, () => pick(JENJANG)), bl = Array.from({ length: N }, () => 1 + Math.floor(rand() * 12));
const M = KETENTUAN_2024.matriksPredikat;
const KOEF = Object.fromEntries(KETENTUAN_2024.jenjang.map((j) => [j.kode, Number(j.koefisienTahunan)]));
const PCT = Object.fromEntries(KETENTUAN_2024.predikat.map((p) => [p.kode, p.persentase]));
function time(fn) { let best = 1e9; for (let i = 0; i < 5; i++) { const t = process.hrtime.bigint(); fn(); best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6); } return best; }
const fl = () => { let s = 0; for (let i = 0; i < N; i++) { const p = M[hk[i]][pk[i]]; s += ((KOEF[jj[i]] * PCT[p]) / 100) * (bl[i] / 12); } return s; };
const ours = () => { function* items() { for (let i = 0; i < N; i++) yield { jenjang: jj[i], predikat: predikatKinerja(hk[i], pk[i]), bulan: bl[i] }; } return sumAngkaKredit(items()).toString(); };
const r = [];
for (let k = 0; k < 3; k++) { const a = time(fl), b = time(ours); r.push((b / a).toFixed(2)); }
console.log('ratios', r.join(' '));
