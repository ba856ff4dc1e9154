#!/usr/bin/env node
// Runs every conformance vector (docs/vectors.md) against the BUILT package, as an app imports it: plain JavaScript,
// no TypeScript, no test framework. In this repository `npm run build` first; the package name resolves to the
// package itself (its `exports`). Elsewhere: `node run.mjs node_modules/pengelolaan-kinerja/vectors` after installing
// the package. Prints one line per file and `vectors (JS): N passed, N failed`; exits 1 on a failure.
//
// Each operation below maps a vector's language-neutral input onto the library's functions and its result back onto
// the vector's terms (docs/vectors.md, "The operations"). To test another implementation, replace these functions.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  GOLONGAN,
  akumulasiAngkaKredit,
  angkaKreditIntegrasi,
  createPakPenetapan,
  createRekamAngkaKredit,
  desimal,
  formatAngkaKredit,
  getKetentuan,
  isKinerjaError,
  proyeksiKenaikan,
  safeAngkaKredit,
  safeParseKode,
  safePredikatKinerja,
} from 'pengelolaan-kinerja';
import {
  fromAngkaKreditSiasn,
  fromSkp22Siasn,
  rekonsiliasiSiasn,
  toAngkaKreditSiasn,
  toKinerjaPeriodikSiasn,
  toSkp22Siasn,
} from 'pengelolaan-kinerja/siasn';

const dir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'vectors');

/** What another language would see: no frozen objects, no undefined. */
const json = (x) => JSON.parse(JSON.stringify(x));

/** A Result as the vector states it: `{ value }` or `{ failure: { code, path } }` (the first issue). */
function dariResult(r, peta = (x) => x) {
  if (r.success) return { value: json(peta(r.data)) };
  return { failure: { code: r.issues[0].code, path: r.issues[0].path } };
}

/** A throwing call as the vector states it: misuse throws KinerjaError with a code. */
function tangkap(f) {
  try {
    return { value: json(f()) };
  } catch (e) {
    if (isKinerjaError(e)) return { failure: { code: e.issues[0]?.code ?? e.code, path: e.issues[0]?.path ?? [] } };
    throw e;
  }
}

/** A konversi row from a segment: under its own rule set, the vector's, or (null) the one in force on its first month. */
function rekam(s, k) {
  const { ketentuan, ...segmen } = s;
  if (ketentuan === null) return createRekamAngkaKredit(segmen);
  return createRekamAngkaKredit(segmen, { ketentuan: ketentuan === undefined ? k : getKetentuan(ketentuan) });
}

function golonganDari(i, k) {
  const g = k.golongan.find((x) => x.kode === i.golongan);
  if (g === undefined) throw new Error(`golongan ${i.golongan} not in ${k.id}`);
  return g;
}

const OPERASI = {
  predikat: (i, k) => dariResult(safePredikatKinerja(i.hasilKerja, i.perilakuKerja, { ketentuan: k })),
  'angka-kredit': (i, k) =>
    dariResult(safeAngkaKredit({ ...i, ketentuan: k }), (ak) => ({
      pecahan: ak.toFraction(),
      ...(ak.isTerminating() ? { desimal: ak.toJSON() } : {}),
      halfUp2: formatAngkaKredit(ak, { untuk: 'tampilan', ketentuan: k }),
      halfUp3: formatAngkaKredit(ak, { untuk: 'siasn', ketentuan: k }),
    })),
  akumulasi: (i, k) => {
    const rows = tangkap(() => i.rekam.map((s) => rekam(s, k)));
    if ('failure' in rows) return rows;
    return dariResult(akumulasiAngkaKredit(i.rekam.map((s) => rekam(s, k))), (a) => ({
      baris: a.baris.map((r) => ({
        tahun: r.tahun,
        bulanMulai: r.bulanMulai,
        bulanAkhir: r.bulanAkhir,
        angkaKredit: r.angkaKredit,
      })),
      total: a.total,
      totalHalfUp2: formatAngkaKredit(a.total, { ketentuan: k }),
    }));
  },
  integrasi: (i, k) => dariResult(angkaKreditIntegrasi(i, { ketentuan: k })),
  penetapan: (i, k) => {
    let integrasi;
    if (i.integrasi !== undefined) {
      const h = angkaKreditIntegrasi(i.integrasi, { ketentuan: k });
      if (!h.success) return dariResult(h);
      integrasi = h.data;
    }
    const r = createPakPenetapan(
      {
        pegawai: { nama: 'Vektor', nip: '198703122010012004', golongan: i.golongan },
        ...(i.akDasar === undefined ? {} : { akDasar: i.akDasar }),
        ...(integrasi === undefined ? {} : { integrasi }),
        konversi: i.konversi.map((s) => rekam(s, k)),
      },
      { ketentuan: k },
    );
    return dariResult(r, (p) => ({
      akDasar: p.akDasar,
      akIntegrasi: p.integrasi?.akIntegrasi ?? null,
      akKonversi: p.akKonversi,
      akKumulatif: p.akKumulatif,
      kenaikanPangkat: p.kenaikanPangkat,
      kenaikanJenjang: p.kenaikanJenjang,
    }));
  },
  'syarat-kenaikan': (i, k) =>
    tangkap(() => {
      const g = golonganDari(i, k);
      const puncak = k.golongan.find((x) => x.jenjang === g.jenjang && x.akKenaikanJenjang !== null);
      return {
        jenjang: g.jenjang,
        pangkat: g.pangkat,
        golonganBerikut: g.akKenaikanPangkat === null ? null : (GOLONGAN[GOLONGAN.indexOf(g.kode) + 1] ?? null),
        akKenaikanPangkat: g.akKenaikanPangkat,
        akKenaikanJenjang: puncak?.akKenaikanJenjang ?? null,
        predikatMinimalKenaikanJenjang: k.kebijakan.predikatMinimalKenaikanJenjang,
        akSetelahKenaikanJenjang: k.kebijakan.akSetelahKenaikanJenjang,
        sisaAkDalamJenjang: k.kebijakan.sisaAkDiperhitungkan,
      };
    }),
  'ak-dasar': (i, k) =>
    tangkap(() => {
      const g = golonganDari(i, k);
      return {
        akDasar: k.akDasar[g.kode],
        akKumulatifKenaikanPangkat:
          g.akKenaikanPangkat === null ? null : desimal(k.akDasar[g.kode]).plus(g.akKenaikanPangkat).toJSON(),
      };
    }),
  'proyeksi-kenaikan': (i, k) =>
    tangkap(() => {
      const { ketentuanPerPeriode, ...input } = i;
      return proyeksiKenaikan({ ...input, ...(ketentuanPerPeriode === true ? {} : { ketentuan: k }) }).kenaikan;
    }),
  label: (i, k) => dariResult(safeParseKode(i.kategori, i.teks, { ketentuan: k })),
  'siasn-skp22-ke': (i, k) => dariResult(toSkp22Siasn(i, { ketentuan: k })),
  'siasn-skp22-dari': (i) => dariResult(fromSkp22Siasn(i.baris)),
  'siasn-angka-kredit-ke': (i, k) => {
    const { rekam: s, integrasi, benderaTidak, ...lain } = i;
    let isi = {};
    if (s !== undefined) isi = { rekam: rekam(s, k) };
    if (integrasi !== undefined) {
      const { mulai, selesai, ...hitung } = integrasi;
      const h = angkaKreditIntegrasi(hitung, { ketentuan: k });
      if (!h.success) return dariResult(h);
      isi = { ...isi, integrasi: { hasil: h.data, mulai, selesai } };
    }
    return dariResult(
      toAngkaKreditSiasn(
        { ...lain, ...isi },
        { ketentuan: k, ...(benderaTidak === undefined ? {} : { benderaTidak }) },
      ),
    );
  },
  'siasn-angka-kredit-dari': (i) => dariResult(fromAngkaKreditSiasn(i.baris)),
  'siasn-kinerja-periodik-ke': (i, k) => dariResult(toKinerjaPeriodikSiasn(i, { ketentuan: k })),
  rekonsiliasi: (i, k) =>
    tangkap(() => {
      const { angkaKredit, skp } = i.lokal;
      const r = rekonsiliasiSiasn(
        {
          lokal: {
            ...(angkaKredit === undefined ? {} : { angkaKredit: angkaKredit.map((s) => rekam(s, k)) }),
            ...(skp === undefined ? {} : { skp }),
          },
          siasn: i.siasn,
        },
        { ketentuan: k },
      );
      return {
        selisih: r.selisih.map((s) => ({ code: s.code, path: s.path })),
        cocok: r.cocok,
        diabaikan: r.diabaikan,
      };
    }),
};

/** Deep equality with object keys in any order (docs/vectors.md, "Running them"). */
function sama(a, b) {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((x) => Object.hasOwn(b, x) && sama(a[x], b[x]));
}

/** Whether the outcome is what the vector expects: a value by deep equality, a failure by its code (and path). */
function lulus(v, hasil) {
  if ('value' in v.expected) return 'value' in hasil && sama(hasil.value, v.expected.value);
  if (!('failure' in hasil) || hasil.failure.code !== v.expected.failure.code) return false;
  return v.expected.failure.path === undefined || sama(hasil.failure.path, v.expected.failure.path);
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const nama of readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'schema.json')
  .sort()) {
  const file = JSON.parse(readFileSync(join(dir, nama), 'utf8'));
  const awal = [passed, failed, skipped];
  for (const v of file.vectors) {
    if (v.status === 'retired') continue;
    const op = OPERASI[v.operation];
    if (op === undefined) {
      skipped += 1;
      continue;
    }
    let hasil;
    try {
      hasil = op(v.input, getKetentuan(v.ketentuan));
    } catch (e) {
      hasil = { error: String(e) };
    }
    if (lulus(v, hasil)) passed += 1;
    else {
      failed += 1;
      console.log(`FAIL ${v.id}: expected ${JSON.stringify(v.expected)}, got ${JSON.stringify(hasil)}`);
    }
  }
  console.log(
    `${nama}: ${passed - awal[0]} passed, ${failed - awal[1]} failed${skipped > awal[2] ? `, ${skipped - awal[2]} skipped` : ''}`,
  );
}
console.log(`vectors (JS): ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
