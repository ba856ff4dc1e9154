import {
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
  GOLONGAN,
  type InputProyeksi,
  type Issue,
  type KategoriKode,
  type KetentuanBerlaku as Ketentuan,
  type RekamAngkaKredit,
  type Result,
  type SegmenAngkaKredit,
} from '../../src';
import {
  fromAngkaKreditSiasn,
  fromSkp22Siasn,
  rekonsiliasiSiasn,
  toAngkaKreditSiasn,
  toKinerjaPeriodikSiasn,
  toSkp22Siasn,
  type InputAngkaKreditSiasn,
} from '../../src/siasn';
import type { Harapan, Vektor } from './muat';

type Hasil = { value: unknown } | { failure: { code: string; path: readonly (string | number)[] } };

/** A JSON round trip: what another language would see (no frozen objects, no undefined). */
const json = (x: unknown): unknown => JSON.parse(JSON.stringify(x)) as unknown;

function dariResult<T>(r: Result<T>, peta: (x: T) => unknown = (x) => x): Hasil {
  if (r.success) return { value: json(peta(r.data)) };
  const i = r.issues[0] as Issue;
  return { failure: { code: i.code, path: i.path } };
}

function tangkap(f: () => unknown): Hasil {
  try {
    return { value: json(f()) };
  } catch (e) {
    if (isKinerjaError(e)) return { failure: { code: e.issues[0]?.code ?? e.code, path: e.issues[0]?.path ?? [] } };
    throw e;
  }
}

type Segmen = SegmenAngkaKredit & { readonly ketentuan?: string | null };

/**
 * A konversi record from a language-neutral segment: under the rule set it names, else the vector's; `null`: the rule
 * set in force on the segment's first month (the library's own choice by date).
 */
const rekam = (s: Segmen, k: Ketentuan): RekamAngkaKredit => {
  const { ketentuan, ...segmen } = s;
  if (ketentuan === null) return createRekamAngkaKredit(segmen);
  return createRekamAngkaKredit(segmen, { ketentuan: ketentuan === undefined ? k : getKetentuan(ketentuan) });
};

const NIP = '198703122010012004';

function golonganDari(i: Record<string, unknown>, k: Ketentuan) {
  const g = k.golongan.find((x) => x.kode === i['golongan']);
  if (g === undefined) throw new Error(`golongan ${String(i['golongan'])} not in ${k.id}`);
  return g;
}

/** How each operation named by a vector runs against the library. */
export const OPERASI: Record<string, (input: Record<string, unknown>, k: Ketentuan) => Hasil> = {
  predikat: (i, k) => dariResult(safePredikatKinerja(i['hasilKerja'], i['perilakuKerja'], { ketentuan: k })),
  'angka-kredit': (i, k) =>
    dariResult(safeAngkaKredit({ ...i, ketentuan: k }), (ak) => ({
      pecahan: ak.toFraction(),
      ...(ak.isTerminating() ? { desimal: ak.toJSON() } : {}),
      halfUp2: formatAngkaKredit(ak, { untuk: 'tampilan', ketentuan: k }),
      halfUp3: formatAngkaKredit(ak, { untuk: 'siasn', ketentuan: k }),
    })),
  akumulasi: (i, k) => {
    const rows = tangkap(() => (i['rekam'] as Segmen[]).map((s) => rekam(s, k)));
    if ('failure' in rows) return rows;
    return dariResult(akumulasiAngkaKredit((i['rekam'] as Segmen[]).map((s) => rekam(s, k))), (a) => ({
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
  integrasi: (i, k) => dariResult(angkaKreditIntegrasi(i as never, { ketentuan: k })),
  penetapan: (i, k) => {
    let integrasi: unknown;
    if (i['integrasi'] !== undefined) {
      const h = angkaKreditIntegrasi(i['integrasi'] as never, { ketentuan: k });
      if (!h.success) return dariResult(h);
      integrasi = h.data;
    }
    const konversi = (i['konversi'] as Segmen[]).map((s) => rekam(s, k));
    const r = createPakPenetapan(
      {
        pegawai: { nama: 'Vektor', nip: NIP, golongan: i['golongan'] as never },
        ...(i['akDasar'] === undefined ? {} : { akDasar: i['akDasar'] as string }),
        ...(integrasi === undefined ? {} : { integrasi: integrasi as never }),
        konversi,
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
      return proyeksiKenaikan({
        ...input,
        ...(ketentuanPerPeriode === true ? {} : { ketentuan: k }),
      } as unknown as InputProyeksi).kenaikan;
    }),
  label: (i, k) => dariResult(safeParseKode(i['kategori'] as keyof KategoriKode, i['teks'], { ketentuan: k })),
  'siasn-skp22-ke': (i, k) => dariResult(toSkp22Siasn(i as never, { ketentuan: k })),
  'siasn-skp22-dari': (i) => dariResult(fromSkp22Siasn(i['baris'])),
  'siasn-angka-kredit-ke': (i, k) => {
    const {
      rekam: s,
      integrasi,
      benderaTidak,
      ...lain
    } = i as { rekam?: Segmen; integrasi?: Record<string, unknown>; benderaTidak?: '0' | '' };
    let isi: Record<string, unknown> = {};
    if (s !== undefined) isi = { rekam: rekam(s, k) };
    if (integrasi !== undefined) {
      const { mulai, selesai, ...hitung } = integrasi;
      const h = angkaKreditIntegrasi(hitung as never, { ketentuan: k });
      if (!h.success) return dariResult(h);
      isi = { ...isi, integrasi: { hasil: h.data, mulai, selesai } };
    }
    return dariResult(
      toAngkaKreditSiasn({ ...lain, ...isi } as unknown as InputAngkaKreditSiasn, {
        ketentuan: k,
        ...(benderaTidak === undefined ? {} : { benderaTidak }),
      }),
    );
  },
  'siasn-angka-kredit-dari': (i) => dariResult(fromAngkaKreditSiasn(i['baris'])),
  'siasn-kinerja-periodik-ke': (i, k) => dariResult(toKinerjaPeriodikSiasn(i as never, { ketentuan: k })),
  rekonsiliasi: (i, k) =>
    tangkap(() => {
      const lokal = i['lokal'] as { angkaKredit?: Segmen[]; skp?: unknown[] };
      const r = rekonsiliasiSiasn(
        {
          lokal: {
            ...(lokal.angkaKredit === undefined ? {} : { angkaKredit: lokal.angkaKredit.map((s) => rekam(s, k)) }),
            ...(lokal.skp === undefined ? {} : { skp: lokal.skp as never }),
          },
          siasn: i['siasn'] as never,
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

/** Runs one vector: its outcome in the vector's own terms (a value, or a failure with the fields the vector states). */
export function jalankan(v: Vektor): Harapan {
  const op = OPERASI[v.operation];
  if (op === undefined) throw new Error(`${v.id}: no runner for operation ${v.operation}`);
  const hasil = op(v.input, getKetentuan(v.ketentuan));
  if ('value' in hasil) return hasil;
  const harap = 'failure' in v.expected ? v.expected.failure : undefined;
  return { failure: harap?.path === undefined ? { code: hasil.failure.code } : hasil.failure };
}
