// Runs every export of the built package (and the exported classes' own methods) against hostile argument lists,
// reporting each call's outcome to the parent, which keeps a watchdog (`hanya`, a pattern of export names, narrows
// the run when one is being fixed). Nothing here lists the library's functions:
// they come from Object.keys of the built module.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const lib = require(workerData.modul);
// The subpath entries (pengelolaan-kinerja/cetak, …) are fuzzed with the main one.
const semua = Object.assign({}, lib, ...(workerData.sub ?? []).map((m) => require(m)));

class TandaPemanggil extends Error {} // errors raised by the caller's own getters and proxies: allowed to pass through

const HUGE = '9'.repeat(1_000_000);
function cyclic() {
  const c = { a: 1 };
  c.self = c;
  return c;
}
function cyclicArr() {
  const c = [1];
  c.push(c);
  return c;
}
function deep() {
  const d = {};
  let ujung = d;
  for (let i = 0; i < 5000; i++) ujung = ujung.x = {};
  return d;
}
function getter() {
  const g = {};
  Object.defineProperty(g, 'ketentuan', { enumerable: true, get() { throw new TandaPemanggil('getter'); } });
  return g;
}
function proxy() {
  const t = () => { throw new TandaPemanggil('proxy'); };
  return new Proxy({}, { get: t, ownKeys: t, has: t, getPrototypeOf: t, getOwnPropertyDescriptor: t });
}
// [name, factory]: a fresh value per call, so that one call cannot spoil the next.
const HOSTILE = [
  ['undefined', () => undefined], ['null', () => null], ['true', () => true], ['0', () => 0], ['-1', () => -1], ['NaN', () => NaN],
  ['Infinity', () => Infinity], ['1e308', () => 1e308], ['2^53', () => 2 ** 53], ['1.5', () => 1.5], ['""', () => ''], ['"x"', () => 'x'],
  ['huge string', () => HUGE], ['"__proto__"', () => '__proto__'], ['bigint', () => 123n], ['symbol', () => Symbol('s')], ['[]', () => []],
  ['[null]', () => [null]], ['{}', () => ({})], ['null-proto', () => Object.create(null)],
  ['__proto__ JSON', () => JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}')],
  ['cyclic', cyclic], ['cyclic array', cyclicArr], ['deep', deep], ['throwing proxy', proxy], ['throwing getter', getter],
  ['function', () => function f() {}], ['Date', () => new Date(NaN)], ['Map', () => new Map([[1, 2]])],
  ['{ketentuan:{}}', () => ({ ketentuan: {} })], ['{ketentuan:null}', () => ({ ketentuan: null })], ['{validasi:"x"}', () => ({ validasi: 'x' })],
  ['{bahasa:1}', () => ({ bahasa: 1 })], ['{daftar:"x"}', () => ({ daftar: 'x' })], ['{tahun:2025,ke:2}', () => ({ tahun: 2025, ke: 2 })],
  ['{tahun:1e9,ke:1}', () => ({ tahun: 1e9, ke: 1 })], ['"2099-typo" plan', () => ({ ketentuan: '2099-typo', periode: { tahun: 2024, ke: 1 } })],
  ['date string', () => '2024-03-01'], ['rating code', () => 'sesuai-ekspektasi'], ['huge array', () => new Array(100000).fill(0)],
];

// Valid values of the domain, for mixes (a valid first argument, a hostile second). Each is a factory: a file read
// (`bacaan`) is a stream that one call uses up.
const DIALEK = { format: 'csv', encoding: 'utf-8', bom: false, pemisah: ',', desimal: '.', akhirBaris: '\n' };
const JUDUL = ['NIP', 'Nama', 'Golongan', 'Jabatan', 'Tahun', 'Predikat'];
function bacaan(baris = [['198703122010012004', 'Andi', 'III/c', 'Guru Ahli Muda', '2024', 'Baik']]) {
  let dibaca = 0;
  return {
    header: JUDUL.slice(),
    dialek: { ...DIALEK },
    prolog: [],
    baris: (async function* () {
      for (let i = 0; i < baris.length; i++) {
        dibaca += 1;
        yield { baris: i + 2, sel: baris[i] };
      }
    })(),
    kemajuan: () => ({ dibaca, total: 0 }),
  };
}
function tujuan() {
  const berkas = new Map();
  return {
    write: (n, isi) => void berkas.set(n, isi),
    open: (n) => ({ write: (t) => void berkas.set(n, (berkas.get(n) ?? '') + t) }),
  };
}
function sah() {
  const pegawai = { nama: 'Siti', peran: 'guru', statusKepegawaian: 'pns', nip: '199001012015032001', jenjang: 'ahli-pertama', golongan: 'III/b' };
  const rencana = lib.createRencana({ pegawai, periode: { tahun: 2026, ke: 1 } });
  const alur = lib.startAlurRencana(rencana, { oleh: { peran: 'pegawai' }, pada: '2026-01-05T08:00:00+07:00' });
  const rekam = lib.createRekamAngkaKredit({ tahun: 2025, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-pertama', predikat: 'baik' });
  const pak = lib.unwrap(lib.createPakPenetapan({ pegawai: { nama: 'Siti', nip: pegawai.nip, golongan: 'III/b' }, konversi: [rekam] }));
  const tetap = (v) => () => v;
  return [
    ['rencana', tetap(rencana)], ['alur', tetap(alur)], ['periode', tetap({ tahun: 2026, ke: 1 })], ['KETENTUAN_2026', tetap(lib.KETENTUAN_2026)],
    ['"ahli-muda"', tetap('ahli-muda')], ['[]', tetap([])], ['pak', tetap(pak)], ['bytes', () => new TextEncoder().encode('NIP,Nama\n1,a\n')],
    ['bacaan', () => bacaan()], ['{lokal,siasn}', () => ({ lokal: bacaan(), siasn: bacaan() })], ['tujuan', tujuan],
  ];
}
// Pairs of valid values before a hostile argument: the runs' (file, destination).
const PASANGAN = [
  ['bacaan', 'tujuan'],
  ['{lokal,siasn}', 'tujuan'],
];
// Files whose rows are not rows (a caller's own stream), sources that are not bytes, destinations that are not ones.
HOSTILE.push(
  ['rows not rows', () => bacaan([null, 5, 'x', [1, 2], { sel: 'x' }])],
  ['bacaan without header', () => ({ ...bacaan(), header: undefined })],
  ['bacaan with sync rows', () => ({ ...bacaan(), baris: [{ baris: 2, sel: ['1'] }] })],
  ['tujuan without open', () => ({ write: () => {} })],
  ['async iterable of strings', () => (async function* () { yield 'NIP,Nama\n'; })()],
  ['stream of strings', () => new Blob(['x']).stream().pipeThrough(new TextDecoderStream())],
);

function snapshot(v, seen = new Set(), depth = 0) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return typeof v === 'number' && Number.isNaN(v) ? 'NaN' : typeof v === 'bigint' || typeof v === 'symbol' ? String(v) : v;
  if (seen.has(v) || depth > 30) return '[seen]';
  seen.add(v);
  if (typeof v === 'function') return { fn: true, frozen: Object.isFrozen(v), keys: Object.keys(v) };
  const out = { frozen: Object.isFrozen(v), proto: Object.getPrototypeOf(v) === null ? 'null' : Array.isArray(v) ? 'array' : 'object', entries: {} };
  const keys = Object.keys(v);
  for (const k of keys.slice(0, 50)) out.entries[k] = snapshot(v[k], seen, depth + 1);
  out.size = keys.length;
  return out;
}
const isSafeToSnap = (name) => name !== 'throwing proxy' && name !== 'throwing getter';

function calls() {
  const out = [];
  const add = (name, label, fn, argsOf) => out.push({ name, label, fn, argsOf });
  for (const key of Object.keys(semua)) {
    const v = semua[key];
    if (typeof v !== 'function' || (workerData.hanya && !new RegExp(workerData.hanya).test(key))) continue;
    const isClass = /^class\b/.test(Function.prototype.toString.call(v));
    const targets = [];
    if (isClass) {
      targets.push([`new ${key}`, (...a) => new v(...a)]);
      for (const s of Object.getOwnPropertyNames(v)) if (typeof v[s] === 'function' && !['length', 'name', 'prototype'].includes(s)) targets.push([`${key}.${s}`, (...a) => v[s](...a)]);
      const contoh = key === 'Desimal' ? lib.desimal('25/12') : key === 'KinerjaError' ? new v('argumen-tidak-valid', 'a', 'b') : null;
      if (contoh) for (const m of Object.getOwnPropertyNames(v.prototype)) if (m !== 'constructor' && typeof contoh[m] === 'function') targets.push([`${key}#${m}`, (...a) => contoh[m](...a)]);
    } else targets.push([key, v]);
    for (const [name, fn] of targets) {
      // The file runs' values (a file read, a destination, bytes) and their pairs go to the async functions: the
      // others get the domain's values (the runs are the async exports).
      const asinkron = fn.constructor && fn.constructor.name === 'AsyncFunction';
      for (let i = 0; i < NAMA_H.length; i++) {
        add(name, `(${NAMA_H[i]})`, fn, () => [[[NAMA_H[i], HOSTILE[i][1]()]]]);
        add(name, `(${NAMA_H[i]}, ${NAMA_H[i]})`, fn, () => [[[NAMA_H[i], HOSTILE[i][1]()], [NAMA_H[i], HOSTILE[i][1]()]]]);
        for (let j = 0; j < NAMA_S.length; j++) {
          if (!asinkron && j >= NAMA_DOMAIN) continue;
          add(name, `(${NAMA_S[j]}, ${NAMA_H[i]})`, fn, () => [[[NAMA_S[j], SAH[j][1]()], [NAMA_H[i], HOSTILE[i][1]()]]]);
          add(name, `(${NAMA_S[j]}, ${NAMA_S[j]}, ${NAMA_H[i]})`, fn, () => [[[NAMA_S[j], SAH[j][1]()], [NAMA_S[j], SAH[j][1]()], [NAMA_H[i], HOSTILE[i][1]()]]]);
        }
        if (!asinkron) continue;
        const jt = NAMA_S.indexOf('tujuan');
        add(name, `(${NAMA_H[i]}, tujuan)`, fn, () => [[[NAMA_H[i], HOSTILE[i][1]()], ['tujuan', SAH[jt][1]()]]]);
        for (const [a, b] of PASANGAN) {
          const ja = NAMA_S.indexOf(a);
          const jb = NAMA_S.indexOf(b);
          add(name, `(${a}, ${b}, ${NAMA_H[i]})`, fn, () => [[[a, SAH[ja][1]()], [b, SAH[jb][1]()], [NAMA_H[i], HOSTILE[i][1]()]]]);
          add(name, `(${a}, ${NAMA_H[i]}, {})`, fn, () => [[[a, SAH[ja][1]()], [NAMA_H[i], HOSTILE[i][1]()], ['{}', {}]]]);
        }
      }
    }
  }
  return out;
}

const NAMA_H = HOSTILE.map((h) => h[0]);
const SAH = sah();
const NAMA_S = SAH.map((x) => x[0]);
// The domain's values come first in SAH; the file runs' values (from 'bytes' on) only for the async functions.
const NAMA_DOMAIN = NAMA_S.indexOf('bytes');
const protoKeys = () => [Object.getOwnPropertyNames(Object.prototype).join(), Object.getOwnPropertyNames(Array.prototype).join(), Object.getOwnPropertyNames(Function.prototype).join()].join('|');
const awalProto = protoKeys();
const list = calls();
parentPort.postMessage({ jenis: 'mulai', total: list.length });
const hasil = { panggilan: 0, janji: 0, untyped: [], berubah: [], beku: [], prototipe: [] };
function catat(c, e, asinkron) {
  if (!(e instanceof TandaPemanggil) && !lib.isKinerjaError(e)) {
    hasil.untyped.push(`${asinkron ? 'await ' : ''}${c.name}${c.label}: ${e && e.constructor && e.constructor.name}: ${String(e && e.message).slice(0, 120)}`);
  }
}
async function jalan() {
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    const [pairs] = c.argsOf();
    const args = pairs.map((p) => p[1]);
    const before = pairs.map(([name, value]) => (isSafeToSnap(name) ? snapshot(value) : null));
    parentPort.postMessage({ jenis: 'panggil', i, name: c.name, label: c.label });
    let r;
    try {
      r = c.fn(...args);
    } catch (e) {
      catat(c, e, false);
    }
    // Every promise is awaited: a rejection is judged as a throw is, and one that never settles is a hang (the
    // parent's watchdog hears nothing more).
    if (r !== null && (typeof r === 'object' || typeof r === 'function') && typeof r.then === 'function') {
      hasil.janji += 1;
      try {
        await r;
      } catch (e) {
        catat(c, e, true);
      }
    }
    hasil.panggilan += 1;
    pairs.forEach(([name, value], k) => {
      if (before[k] === null) return;
      const after = snapshot(value);
      const b = JSON.stringify(before[k]);
      const a = JSON.stringify(after);
      if (a !== b) {
        const beku = a.replace(/"frozen":true/g, '"frozen":false') === b;
        (beku ? hasil.beku : hasil.berubah).push(`${c.name}${c.label}: argument ${k + 1} (${name})`);
      }
    });
    if (({}).polluted !== undefined || protoKeys() !== awalProto) hasil.prototipe.push(`${c.name}${c.label}`);
  }
  parentPort.postMessage({ jenis: 'selesai', hasil });
}
void jalan();
