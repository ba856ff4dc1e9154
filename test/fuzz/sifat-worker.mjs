// The property fuzz of the built package, run in a worker so that the parent's watchdog can stop a call that never
// returns. Every function export of every JavaScript entry point in the package's "exports" map, under both conditions
// (`import`: the .mjs files, `require`: the .js files), every static method of an exported class, its constructor, and
// the methods of an instance, is called with argument lists that fast-check draws: hostile values, the domain's valid
// values, valid values with one field replaced by a hostile one, and options objects with hostile values. Every
// promise is awaited (one that does not settle is a hang). A call passes when it returns, or throws or rejects with
// the KinerjaError of its own build carrying a code, or lets the caller's own trap error (JebakanPemanggil, thrown by
// a getter, a Proxy, toString or an iterator written here) pass through unchanged; and when no argument, no
// prototype, was changed. Nothing here lists the library's functions: they come from the entry points' own keys.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';

const { paket, seed, numRuns, batasJanjiMs, hanya } = workerData;
const require = createRequire(import.meta.url);

/** An error the caller's own code throws (a getter, a Proxy trap, toString, an iterator): it may pass unchanged. */
class JebakanPemanggil extends Error {}
const jebakan = (asal) => {
  throw new JebakanPemanggil(asal);
};

// ---- the values -------------------------------------------------------------------------------------------------

/** A recipe: a label fast-check prints, and a factory (a fresh value per call: a stream is used up by one call). */
function resep(label, buat) {
  return { label, buat, toString: () => label, [fc.toStringMethod]: () => label };
}

const HUGE_ANGKA = '9'.repeat(1_000_000);
const HUGE_TEKS = `${'ab,"\n'.repeat(200_000)}`;
function siklik() {
  const c = { a: 1 };
  c.self = c;
  return c;
}
function dalam() {
  const d = {};
  let ujung = d;
  for (let i = 0; i < 5000; i++) {
    ujung.x = {};
    ujung = ujung.x;
  }
  return d;
}
function proksiJebakan(target) {
  const t = () => jebakan('proxy');
  return new Proxy(target, {
    get: t,
    set: t,
    has: t,
    ownKeys: t,
    getPrototypeOf: t,
    getOwnPropertyDescriptor: t,
    defineProperty: t,
    deleteProperty: t,
    apply: t,
  });
}
function getterJebakan(kunci) {
  const g = { tahun: 2026 };
  Object.defineProperty(g, kunci, { enumerable: true, get: () => jebakan(`getter ${kunci}`) });
  return g;
}
function daftarGetterJebakan() {
  const a = [1, 2];
  Object.defineProperty(a, 0, { enumerable: true, get: () => jebakan('getter [0]') });
  return a;
}
const asinkron = (next) => ({ [Symbol.asyncIterator]: () => ({ next }) });
const thenableMenolak = () => ({ then: (_ok, tolak) => tolak(new JebakanPemanggil('then')) });

// Each leaf: [label, factory]. Every kind the brief of the public API names ("any argument of any shape").
const TETAP = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['true', () => true],
  ['false', () => false],
  ['0', () => 0],
  ['-0', () => -0],
  ['-1', () => -1],
  ['1.5', () => 1.5],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  ['1e308', () => 1e308],
  ['2^53', () => 2 ** 53],
  ['123n', () => 123n],
  ['""', () => ''],
  ['" "', () => ' '],
  ['"x"', () => 'x'],
  ['"__proto__"', () => '__proto__'],
  ['"constructor"', () => 'constructor'],
  ['huge digit string', () => HUGE_ANGKA],
  ['huge CSV-like string', () => HUGE_TEKS],
  ['lone surrogate', () => '\uD800'],
  ['Symbol()', () => Symbol('s')],
  ['Symbol.iterator', () => Symbol.iterator],
  ['[]', () => []],
  ['[null]', () => [null]],
  ['sparse array', () => [1, , 3]],
  ['huge array', () => new Array(100_000).fill(0)],
  ['{}', () => ({})],
  ['null-prototype object', () => Object.create(null)],
  ['__proto__ from JSON', () => JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}')],
  ['cyclic object', siklik],
  ['cyclic array', () => {
    const c = [1];
    c.push(c);
    return c;
  }],
  ['5000-deep object', dalam],
  ['frozen {}', () => Object.freeze({})],
  ['frozen []', () => Object.freeze([])],
  ['frozen cyclic', () => Object.freeze(siklik())],
  ['sealed {tahun:2026}', () => Object.seal({ tahun: 2026 })],
  ['{length: new Set()}', () => ({ length: new Set() })],
  ['{length: 1e9}', () => ({ length: 1e9 })],
  ['{length: -1}', () => ({ length: -1 })],
  ['{length: NaN}', () => ({ length: Number.NaN })],
  ['toString/valueOf throwing', () => ({ toString: () => jebakan('toString'), valueOf: () => jebakan('valueOf') })],
  ['toString/valueOf giving objects', () => ({ toString: () => ({}), valueOf: () => ({}) })],
  ['Symbol.toPrimitive throwing', () => ({ [Symbol.toPrimitive]: () => jebakan('toPrimitive') })],
  ['Symbol.toPrimitive giving an object', () => ({ [Symbol.toPrimitive]: () => ({}) })],
  ['toStringTag "Array"', () => ({ [Symbol.toStringTag]: 'Array', length: 1, 0: 'x' })],
  ['boxed number', () => Object(1)],
  ['boxed string', () => Object('III/b')],
  ['function', () => function f() {}],
  ['async function', () => async () => {}],
  ['class', () => class K {}],
  ['Date(NaN)', () => new Date(Number.NaN)],
  ['Date', () => new Date(Date.UTC(2026, 0, 1))],
  ['Map', () => new Map([[1, 2]])],
  ['Set', () => new Set([1])],
  ['RegExp', () => /x/g],
  ['Error', () => new Error('x')],
  ['Uint8Array', () => new Uint8Array([0xe9, 0x8a, 0x8a, 0xff, 0])],
  ['ArrayBuffer', () => new ArrayBuffer(4)],
  ['WeakMap', () => new WeakMap()],
  ['resolved promise', () => Promise.resolve(1)],
  ['thenable that rejects', thenableMenolak],
  ['throwing proxy', () => proksiJebakan({})],
  ['throwing proxy of an array', () => proksiJebakan([])],
  ['throwing proxy of a function', () => proksiJebakan(() => {})],
  ['transparent proxy of {tahun:2026}', () => new Proxy({ tahun: 2026 }, {})],
  ['array with a throwing getter', daftarGetterJebakan],
  ['async iterable whose next throws', () => asinkron(() => jebakan('next'))],
  ['async iterable whose next rejects', () => asinkron(() => Promise.reject(new JebakanPemanggil('next')))],
  ['async iterable giving non-objects', () => asinkron(async () => 5)],
  ['async iterable giving null', () => asinkron(() => null)],
  ['async iterator that is not an object', () => ({ [Symbol.asyncIterator]: () => 5 })],
  ['async iterator without next', () => ({ [Symbol.asyncIterator]: () => ({}) })],
  ['byte stream whose read gives null', () => ({ getReader: () => ({ read: async () => null, releaseLock() {} }) })],
  ['byte stream whose reader is not an object', () => ({ getReader: () => 5 })],
  ['iterable giving non-objects', () => ({ [Symbol.iterator]: () => ({ next: () => 5 }) })],
  ['iterator that is not an object', () => ({ [Symbol.iterator]: () => 5 })],
  [
    'async generator throwing after a row',
    () =>
      (async function* () {
        yield { baris: 2, sel: ['198703122010012004'] };
        throw new JebakanPemanggil('generator');
      })(),
  ],
  ['async iterable getter throwing', () => ({ get [Symbol.asyncIterator]() {
    return jebakan('asyncIterator');
  } })],
  ['iterable whose iterator throws', () => ({ [Symbol.iterator]: () => jebakan('iterator') })],
  ['stream of strings', () => new Blob(['NIP,Nama\n']).stream().pipeThrough(new TextDecoderStream())],
  ['erroring stream', () => new ReadableStream({ pull: (c) => c.error(new JebakanPemanggil('stream')) })],
];

// Keys the library's inputs and options have: a getter that throws, or a hostile value, under each.
const KUNCI = [
  'ketentuan', 'bahasa', 'validasi', 'pada', 'oleh', 'tahun', 'ke', 'periode', 'pegawai', 'jenjang', 'golongan',
  'predikat', 'nip', 'nama', 'kop', 'html', 'draf', 'onGuru', 'kolom', 'header', 'baris', 'sel', 'dialek', 'jenis',
  'langkah', 'data', 'daftar', 'rekam', 'konversi', 'akDasar', 'integrasi', 'bulanMulai', 'bulanAkhir', 'write',
  'open', 'success', 'issues', 'length', 'then', 'kemajuan', 'lokal', 'siasn', 'pegawai',
];
// Strings the library reads as codes and labels: valid ones in the wrong place reach past the first check.
const KODE = [
  'baik', 'sangat-baik', 'Baik', 'III/b', 'IV/e', 'ahli-muda', 'guru', 'pns', '2026', '2023', '2026-01-05',
  '2026-13-45', '198703122010012004', '25/12', '1,5', '1.5', '-0', 'sesuai-ekspektasi', 'id', 'en', 'utf-8', 'csv',
];

const daun = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TETAP.map(([l, b]) => resep(l, b))) },
  { weight: 2, arbitrary: fc.constantFrom(...KUNCI).map((k) => resep(`{ get ${k}() throws }`, () => getterJebakan(k))) },
  { weight: 2, arbitrary: fc.constantFrom(...KODE).map((k) => resep(JSON.stringify(k), () => k)) },
  { weight: 1, arbitrary: fc.double().map((d) => resep(String(d), () => d)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((s) => resep(JSON.stringify(s), () => s)) },
  {
    weight: 2,
    arbitrary: fc
      .anything({
        withNullPrototype: true,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withSparseArray: true,
        withBoxedValues: true,
        withObjectString: true,
      })
      .map((v) => resep(fc.stringify(v), () => v)),
  },
);

/** The domain's valid values of one build, as recipes (a file read and a destination are fresh per call). */
function sah(lib) {
  const pegawai = {
    nama: 'Siti',
    peran: 'guru',
    statusKepegawaian: 'pns',
    nip: '199001012015032001',
    jenjang: 'ahli-pertama',
    golongan: 'III/b',
  };
  const rencana = lib.createRencana({ pegawai, periode: { tahun: 2026, ke: 1 } });
  const alur = lib.startAlurRencana(rencana, { oleh: { peran: 'pegawai' }, pada: '2026-01-05T08:00:00+07:00' });
  const rekam = lib.createRekamAngkaKredit({
    tahun: 2025,
    bulanMulai: 1,
    bulanAkhir: 12,
    jenjang: 'ahli-pertama',
    predikat: 'baik',
  });
  const pak = lib.unwrap(
    lib.createPakPenetapan({ pegawai: { nama: 'Siti', nip: pegawai.nip, golongan: 'III/b' }, konversi: [rekam] }),
  );
  // A plan ready to submit, its workflow, and an event: a transition gets past its checks to build the next state.
  let siap = lib.createRencana({ pegawai: { ...pegawai, satuanPendidikan: 'SDN 1' }, periode: { tahun: 2024, ke: 1 } });
  siap = lib.chooseIndikator(siap, 'keteraturan-suasana-kelas');
  siap = lib.addRhk(siap, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
  siap = lib.addRhk(siap, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
  for (const a of lib.ASPEK_BERAKHLAK) siap = lib.setPerilaku(siap, a, 'Fokus perilaku');
  const alurSiap = lib.startAlurRencana(siap, { oleh: { peran: 'pegawai' }, pada: '2024-01-05T08:00:00+07:00' });
  const tetap = (v) => () => v;
  // As an app keeps them: read back from JSON, so not frozen (an edit must not freeze the app's objects).
  const json = (v) => () => JSON.parse(JSON.stringify(v));
  return [
    ['plan ready to submit', tetap(siap)],
    ['plan ready to submit, from JSON', json(siap)],
    ['its workflow', tetap(alurSiap)],
    ['its workflow, from JSON', json(alurSiap)],
    ['event ajukan', () => ({ jenis: 'ajukan', oleh: { peran: 'pegawai' }, pada: '2024-01-10T08:00:00+07:00' })],
    ['rencana from JSON', json(rencana)],
    ['pak from JSON', json(pak)],
    ['rekam from JSON', json(rekam)],
    ['rencana', tetap(rencana)],
    ['alur', tetap(alur)],
    ['rekam', tetap(rekam)],
    ['pak', tetap(pak)],
    ['pegawai', tetap(pegawai)],
    ['periode', () => ({ tahun: 2026, ke: 1 })],
    ['KETENTUAN_2026', tetap(lib.KETENTUAN_2026)],
    ['desimal', () => lib.desimal('25/12')],
    ['a successful Result', tetap(lib.validatePeriode({ tahun: 2026, ke: 1 }))],
    ['a failed Result', tetap(lib.validatePeriode(null))],
    ['{bahasa:"en"}', () => ({ bahasa: 'en' })],
    ['bytes', () => new TextEncoder().encode('NIP,Nama,Golongan\n198703122010012004,Andi,III/c\n')],
    ['bacaan', () => bacaan()],
    ['{lokal,siasn}', () => ({ lokal: bacaan(), siasn: bacaan() })],
    ['tujuan', tujuan],
  ].map(([l, b]) => resep(l, b));
}
const DIALEK = { format: 'csv', encoding: 'utf-8', bom: false, pemisah: ',', desimal: '.', akhirBaris: '\n' };
const JUDUL = ['NIP', 'Nama', 'Golongan', 'Jabatan', 'Tahun', 'Predikat'];
function bacaan() {
  const baris = [['198703122010012004', 'Andi', 'III/c', 'Guru Ahli Muda', '2024', 'Baik']];
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

/** The paths into a plain object or array (depth ≤ 4), where a hostile value can replace what is there. */
function jalur(v, awal = [], out = [], kedalaman = 0) {
  if (kedalaman > 4 || v === null || typeof v !== 'object') return out;
  const proto = Object.getPrototypeOf(v);
  if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) return out;
  for (const k of Object.keys(v)) {
    out.push([...awal, k]);
    jalur(v[k], [...awal, k], out, kedalaman + 1);
  }
  return out;
}
/** A copy of `v` with the value at `p` replaced (copies along the path only; the rest is shared, as a caller's is). */
function ganti(v, p, baru) {
  if (p.length === 0) return baru;
  const salinan = Array.isArray(v) ? v.slice() : { ...v };
  salinan[p[0]] = ganti(v[p[0]], p.slice(1), baru);
  return salinan;
}

function argumen(lib) {
  const SAH = sah(lib);
  const sahArb = fc.constantFrom(...SAH);
  const diubah = fc.tuple(sahArb, fc.nat(), daun).map(([s, n, d]) => {
    const semua = jalur(s.buat());
    if (semua.length === 0) return d;
    const p = semua[n % semua.length];
    return resep(`${s.label} with ${p.join('.')} = ${d.label}`, () => ganti(s.buat(), p, d.buat()));
  });
  const opsi = fc
    .uniqueArray(fc.tuple(fc.constantFrom(...KUNCI), fc.oneof(daun, sahArb)), { selector: (x) => x[0], maxLength: 3 })
    .map((isi) =>
      resep(`{ ${isi.map(([k, d]) => `${k}: ${d.label}`).join(', ')} }`, () =>
        Object.fromEntries(isi.map(([k, d]) => [k, d.buat()])),
      ),
    );
  const satu = fc.oneof(
    { weight: 4, arbitrary: daun },
    { weight: 3, arbitrary: sahArb },
    { weight: 3, arbitrary: diubah },
    { weight: 2, arbitrary: opsi },
  );
  return fc.array(satu, { maxLength: 4 });
}

// ---- a value's picture, to see a change -------------------------------------------------------------------------

const TIDAK_TERBACA = Symbol('tidak terbaca');
/** A picture of a value read through property descriptors (no getter run): its keys, values, state and prototype. */
function potret(v, seen = new Map(), kedalaman = 0) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return v;
  // A stream moves by itself (a pipe flows, a reader uses it up, as a file is read): its state is not the caller's data.
  if (v instanceof ReadableStream || v instanceof WritableStream) return '[stream]';
  if (seen.has(v)) return `[seen ${seen.get(v)}]`;
  if (kedalaman > 30) return '[deep]';
  seen.set(v, seen.size);
  const out = {
    beku: Object.isFrozen(v),
    tertutup: Object.isSealed(v),
    bisaTambah: Object.isExtensible(v),
    proto: Object.getPrototypeOf(v),
  };
  if (ArrayBuffer.isView(v)) out.isi = Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength).slice(0, 64));
  if (v instanceof Map) out.isi = [...v.entries()].slice(0, 60).map(([k, x]) => [potret(k, seen), potret(x, seen)]);
  if (v instanceof Set) out.isi = [...v].slice(0, 60).map((x) => potret(x, seen));
  if (v instanceof Date) out.isi = v.getTime();
  const kunci = Reflect.ownKeys(v);
  out.ukuran = kunci.length;
  out.milik = kunci.slice(0, 60).map((k) => {
    const d = Reflect.getOwnPropertyDescriptor(v, k);
    return [
      k,
      'value' in d ? potret(d.value, seen, kedalaman + 1) : { get: d.get, set: d.set },
      d.writable,
      d.enumerable,
      d.configurable,
    ];
  });
  return out;
}
function potretAman(v) {
  try {
    return potret(v);
  } catch (e) {
    if (e instanceof JebakanPemanggil) return TIDAK_TERBACA; // a Proxy with throwing traps cannot be pictured
    throw e;
  }
}
const protoKunci = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype, Promise.prototype]
    .map((p) => Reflect.ownKeys(p).map(String).join())
    .join('|');
const awalProto = protoKunci();

// ---- the targets ------------------------------------------------------------------------------------------------

const pj = JSON.parse(readFileSync(join(paket, 'package.json'), 'utf8'));
const entri = [];
for (const [sub, t] of Object.entries(pj.exports)) {
  if (t === null || typeof t !== 'object') continue;
  for (const kondisi of ['import', 'require']) {
    const file = t[kondisi]?.default;
    if (typeof file !== 'string' || !/\.[cm]?js$/.test(file)) continue;
    const path = join(paket, file);
    const modul = kondisi === 'import' ? await import(pathToFileURL(path).href) : require(path);
    entri.push({ nama: `${pj.name}${sub.slice(1)}`, sub, kondisi, modul });
  }
}
const utama = Object.fromEntries(entri.filter((e) => e.sub === '.').map((e) => [e.kondisi, e.modul]));

// An instance of each exported class, to call its methods: a new class without one here fails the run (named).
const CONTOH = {
  Desimal: (lib) => lib.desimal('25/12'),
  KinerjaError: (lib) => new lib.KinerjaError('argumen-tidak-valid', 'a', 'b'),
};
const isKelas = (v) => /^class\b/.test(Function.prototype.toString.call(v));

function sasaran() {
  const out = [];
  const tanpaContoh = [];
  const dilihat = new Map();
  let ekspor = 0;
  for (const e of entri) {
    const lib = utama[e.kondisi];
    for (const key of Object.keys(e.modul)) {
      const v = e.modul[key];
      if (typeof v !== 'function') continue;
      ekspor += 1;
      // The same function exported by two entry points of one build is one target (named by its first entry).
      const sudah = dilihat.get(v);
      if (sudah === e.kondisi) continue;
      dilihat.set(v, e.kondisi);
      const nama = `${e.nama} (${e.kondisi}) ${key}`;
      if (hanya && !new RegExp(hanya).test(nama)) continue;
      const t = (label, fn) => out.push({ nama: label, fn, lib });
      if (!isKelas(v)) {
        t(nama, v);
        continue;
      }
      t(`${nama}: new`, (...a) => new v(...a));
      for (const s of Object.getOwnPropertyNames(v)) {
        if (['length', 'name', 'prototype'].includes(s) || typeof v[s] !== 'function') continue;
        t(`${nama}.${s}`, (...a) => v[s](...a));
      }
      const buat = CONTOH[key];
      if (buat === undefined) {
        tanpaContoh.push(nama);
        continue;
      }
      const contoh = buat(lib);
      for (const m of Object.getOwnPropertyNames(v.prototype)) {
        if (m === 'constructor' || typeof contoh[m] !== 'function') continue;
        t(`${nama}#${m}`, (...a) => contoh[m](...a));
      }
    }
  }
  return { out, tanpaContoh, ekspor };
}

// ---- the run ----------------------------------------------------------------------------------------------------

const thenable = (r) => r !== null && (typeof r === 'object' || typeof r === 'function') && typeof r.then === 'function';
const HANG = Symbol('hang');
async function tunggu(janji) {
  let timer;
  const batas = new Promise((ok) => {
    timer = setTimeout(() => ok(HANG), batasJanjiMs);
  });
  try {
    const r = await Promise.race([Promise.resolve(janji).then(() => undefined, (e) => ({ e })), batas]);
    return r;
  } finally {
    clearTimeout(timer);
  }
}
const namaGalat = (e) =>
  e !== null && typeof e === 'object' && e.constructor ? `${e.constructor.name}: ${String(e.message).slice(0, 160)}` : String(e);

let terakhir = '';
const tertolak = [];
process.on('unhandledRejection', (e) => {
  tertolak.push(`an unhandled rejection after ${terakhir}: ${namaGalat(e)}`);
});

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h | 0;
}

async function uji(t, arb, hitung) {
  const KE = t.lib.KinerjaError;
  const prop = fc.asyncProperty(arb, async (daftar) => {
    const nilai = daftar.map((r) => r.buat());
    const sebelum = nilai.map(potretAman);
    terakhir = `${t.nama}(${daftar.join(', ')})`;
    parentPort.postMessage({ jenis: 'panggil', label: terakhir });
    let r;
    let galat;
    let gagal = false;
    let janji = false;
    try {
      r = t.fn(...nilai);
    } catch (e) {
      galat = e;
      gagal = true;
    }
    if (!gagal && thenable(r)) {
      janji = true;
      hitung.janji += 1;
      const h = await tunggu(r);
      if (h === HANG) throw new Error(`the promise did not settle within ${batasJanjiMs / 1000} s (a hang)`);
      if (h !== undefined) {
        galat = h.e;
        gagal = true;
      }
    }
    hitung.panggilan += 1;
    if (gagal && !(galat instanceof JebakanPemanggil)) {
      const berkode = galat instanceof KE && typeof galat.code === 'string' && galat.code !== '';
      if (!berkode) throw new Error(`${janji ? 'rejects with' : 'throws'} ${namaGalat(galat)}`);
    }
    nilai.forEach((v, i) => {
      if (sebelum[i] === TIDAK_TERBACA) return;
      if (!isDeepStrictEqual(sebelum[i], potretAman(v))) throw new Error(`changes its argument ${i + 1}`);
    });
    if ({}.polluted !== undefined || protoKunci() !== awalProto) throw new Error('changes a built-in prototype');
  });
  const s = (seed + hash(t.nama)) | 0;
  const d = await fc.check(prop, { seed: s, numRuns });
  if (!d.failed) return null;
  const contoh = d.counterexample?.[0]?.map(String).join(', ') ?? '?';
  return `${t.nama}(${contoh}) ${d.errorInstance?.message ?? d.error} [fast-check seed ${d.seed}, path ${d.counterexamplePath}]`;
}

const { out, tanpaContoh, ekspor } = sasaran();
const arbPer = new Map([
  [utama.import, argumen(utama.import)],
  [utama.require, argumen(utama.require)],
]);
const hitung = { panggilan: 0, janji: 0 };
const gagal = tanpaContoh.map((n) => `${n}: an exported class without an instance in CONTOH (sifat-worker.mjs)`);
for (const t of out) {
  const g = await uji(t, arbPer.get(t.lib), hitung);
  if (g !== null) gagal.push(g);
}
parentPort.postMessage({
  jenis: 'selesai',
  hasil: {
    entri: entri.map((e) => `${e.nama} (${e.kondisi})`),
    ekspor,
    sasaran: out.length,
    ...hitung,
    gagal: [...gagal, ...tertolak],
  },
});
