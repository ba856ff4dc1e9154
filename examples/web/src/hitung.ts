// The teacher's calculator as data: the page's state in, the library's figures and messages out. No DOM here: the
// view (kalkulator.ts) only shows what this returns. Every figure comes from the package's public entry point.
import {
  angkaKreditIntegrasi,
  createPakAkumulasi,
  createPakKonversi,
  createPakPenetapan,
  createRekamAngkaKredit,
  Desimal,
  describeError,
  getGolongan,
  isKinerjaError,
  ketentuanUntuk,
  proyeksiKenaikan,
  type Bahasa,
  type DokumenPak,
  type Golongan,
  type HasilIntegrasi,
  type Issue,
  type Jenjang,
  type KetentuanBerlaku as Ketentuan,
  type KenaikanProyeksi,
  type PakPenetapan,
  type Predikat,
  type RekamAngkaKredit,
} from 'pengelolaan-kinerja';
import { kataIssue, kataPesan } from './kata';

/** Where the teacher's AK within the current jenjang starts. */
export type Mulai = 'integrasi' | 'perpindahan' | 'baru';

/** Everything the calculator reads; the URL and local storage hold exactly this (identity fields: storage only). */
export interface Keadaan {
  readonly golongan: Golongan;
  /** `''`: the jenjang follows from the golongan. */
  readonly jenjang: Jenjang | '';
  readonly mulai: Mulai;
  /** AK kumulatif konvensional up to 31 December 2022 (integrasi). */
  readonly akKonvensional: string;
  /** Golongan on 31 December 2022 (integrasi). */
  readonly golongan2022: Golongan;
  /** Nilai dasar of the integrasi when it differs from the jenjang's (empty: the rule set's). */
  readonly nilaiDasar: string;
  /** AK Dasar on entry (perpindahan): `golongan` for the rule set's figure, or a number. */
  readonly akDasar: string;
  /** The first year counted (the first year in the current jenjang, 2023 at the earliest) and its first month. */
  readonly tahunAwal: number;
  readonly bulanAwal: number;
  readonly tahunAkhir: number;
  /** The last month counted in the last year (retirement, a mid-year promotion: Januari–April is 4). */
  readonly bulanAkhir: number;
  /** Predikat per year, one per period of the year's rule set (2024: two semesters). */
  readonly predikat: Readonly<Record<string, readonly Predikat[]>>;
  /** The predikat assumed for each coming year of the projection, from the year after `tahunAkhir`; the last repeats. */
  readonly proyeksi: readonly Predikat[];
}

/** The identity printed on the PAK page: kept in local storage only, never in the shared link. */
export interface Identitas {
  readonly nama: string;
  readonly nip: string;
  readonly unitKerja: string;
  readonly instansi: string;
}

/** A message of the library, in the page's language. */
export type Pesan = string;

export interface BarisPeriode {
  readonly tahun: number;
  readonly ke: number;
  readonly jumlahPeriode: number;
  readonly bulanMulai: number;
  readonly bulanAkhir: number;
  readonly predikat: Predikat;
  readonly ketentuan: string | null;
  readonly rekam: RekamAngkaKredit | null;
  readonly galat: Pesan | null;
}

export interface TitikGrafik {
  readonly label: string;
  readonly ak: number;
  readonly akTepat: string;
  readonly golongan: Golongan;
  readonly syaratPangkat: number | null;
  readonly syaratJenjang: number | null;
  /** The cumulative threshold of the next pangkat (exact), as the PAK Penetapan counts it. */
  readonly syaratPangkatTepat: string | null;
  readonly kenaikan: KenaikanProyeksi | null;
  /** After a promotion into the next jenjang: the AK the new jenjang starts from (0 under the sourced policy). */
  readonly akSesudah: number | null;
}

/** A figure the teacher typed that the page cannot use: what is wrong, and the range expected. */
export interface SalahMedan {
  readonly kode: 'format' | 'rentang';
  readonly min: number;
  readonly maks: number;
}

export type MedanAngka = 'akKonvensional' | 'nilaiDasar' | 'akDasar';

/** Plausible ranges: a cumulative conventional AK or nilai dasar of a teacher (IV/e needs 1 050), an AK Dasar (the
 * rule sets' largest is 300, IV/c). A figure outside is a typing slip, said next to its field before anything is
 * computed. */
export const BATAS: Readonly<Record<MedanAngka, readonly [number, number]>> = {
  akKonvensional: [0, 2000],
  nilaiDasar: [0, 2000],
  akDasar: [0, 1000],
};

/** A figure as typed (decimal comma or point, spaces as thousands) → the library's decimal text, or what is wrong. */
export function bacaAngka(
  teks: string,
  medan: MedanAngka,
): { nilai: string; salah: null } | { nilai: null; salah: SalahMedan } {
  const [min, maks] = BATAS[medan];
  const t = teks.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d{1,7}(\.\d{1,6})?$/.test(t)) return { nilai: null, salah: { kode: 'format', min, maks } };
  const n = Number(t);
  if (n < min || n > maks) return { nilai: null, salah: { kode: 'rentang', min, maks } };
  return { nilai: t, salah: null };
}

export interface Hasil {
  /** Figures typed that cannot be used, by field: nothing is computed until they are fixed. */
  readonly salah: Readonly<Partial<Record<MedanAngka, SalahMedan>>>;
  readonly periode: readonly BarisPeriode[];
  /** The rule set of a year and its predikat choices (labels as that year's rule set writes them). */
  readonly tahun: readonly {
    readonly tahun: number;
    readonly ketentuan: Ketentuan | null;
    readonly galat: Pesan | null;
    readonly periode: readonly BarisPeriode[];
  }[];
  readonly integrasi: HasilIntegrasi | null;
  readonly galatIntegrasi: readonly Pesan[];
  /** The integrasi was left out of the Penetapan, with the library's reason (made in another jenjang). */
  readonly integrasiTidakDihitung: Pesan | null;
  readonly akumulasi: { readonly total: string } | null;
  readonly penetapan: PakPenetapan | null;
  readonly galatPenetapan: readonly Pesan[];
  readonly proyeksi: { readonly kenaikan: readonly KenaikanProyeksi[]; readonly titik: readonly TitikGrafik[] } | null;
  readonly galatProyeksi: Pesan | null;
}

/** A placeholder identity for the figures: the documents need a valid NIP; the page never prints this one. */
const PEGAWAI_CONTOH = { nama: 'Guru', nip: '198701012010012001' } as const;

export function pesanGalat(e: unknown, bahasa: Bahasa): Pesan {
  if (isKinerjaError(e)) return kataPesan(e.code, describeError(e, { bahasa }), bahasa);
  return bahasa === 'en' ? 'Unexpected error.' : 'Galat tak terduga.';
}

export function pesanIssues(issues: readonly Issue[], bahasa: Bahasa): Pesan[] {
  return issues.map((i) => kataIssue(i, bahasa));
}

/** The rule set in force for a year, or the library's message when there is none. */
export function ketentuanTahun(tahun: number, bahasa: Bahasa): { ketentuan: Ketentuan | null; galat: Pesan | null } {
  try {
    return { ketentuan: ketentuanUntuk({ tahun, ke: 1 }), galat: null };
  } catch (e) {
    return { ketentuan: null, galat: pesanGalat(e, bahasa) };
  }
}

/** The periods of a year (months), from its rule set; the first year may start in a later month. */
export function periodeTahun(
  k: Ketentuan,
  tahun: number,
  s: Pick<Keadaan, 'tahunAwal' | 'bulanAwal' | 'tahunAkhir' | 'bulanAkhir'>,
): { ke: number; a: number; b: number }[] {
  return k.periode.rentangBulan
    .map(([a, b], i) => ({
      ke: i + 1,
      a: tahun === s.tahunAwal ? Math.max(a, s.bulanAwal) : a,
      b: tahun === s.tahunAkhir ? Math.min(b, s.bulanAkhir) : b,
    }))
    .filter((p) => p.a <= p.b);
}

export function jenjangPegawai(s: Keadaan): Jenjang {
  return s.jenjang === '' ? getGolongan(s.golongan).jenjang : s.jenjang;
}

function desimalAngka(x: string | null | undefined): number | null {
  return x === null || x === undefined ? null : Desimal.from(x).toNumber();
}

/** The cumulative AK within the jenjang needed to leave a golongan: for its next pangkat, and for the next jenjang. */
function syarat(k: Ketentuan, gol: Golongan): { pangkat: string | null; jenjang: string | null } {
  const g = getGolongan(gol, { ketentuan: k });
  const pangkat = g.akKenaikanPangkat === null ? null : Desimal.from(k.akDasar[gol]).plus(g.akKenaikanPangkat).toJSON();
  const puncak = k.golongan.find((x) => x.jenjang === g.jenjang && x.akKenaikanJenjang !== null);
  return { pangkat, jenjang: puncak?.akKenaikanJenjang ?? null };
}

function labelPeriode(tahun: number, ke: number, n: number): string {
  return n === 1 ? String(tahun) : `${tahun}-${ke}`;
}

/** The projection as points of cumulative AK within the jenjang, with the thresholds in force at each point. */
function titikProyeksi(
  awal: { golongan: Golongan; ak: string; label: string; k: Ketentuan },
  hasil: ReturnType<typeof proyeksiKenaikan>,
): TitikGrafik[] {
  const s0 = syarat(awal.k, awal.golongan);
  const titik: TitikGrafik[] = [
    {
      label: awal.label,
      ak: Desimal.from(awal.ak).toNumber(),
      akTepat: awal.ak,
      golongan: awal.golongan,
      syaratPangkat: desimalAngka(s0.pangkat),
      syaratJenjang: desimalAngka(s0.jenjang),
      syaratPangkatTepat: s0.pangkat,
      kenaikan: null,
      akSesudah: null,
    },
  ];
  let ak = Desimal.from(awal.ak);
  for (const r of hasil.periode) {
    const k = ketentuanUntuk(r.periode);
    ak = ak.plus(r.angkaKredit);
    const naik =
      hasil.kenaikan.find((x) => x.periode.tahun === r.periode.tahun && x.periode.ke === r.periode.ke) ?? null;
    const s = syarat(k, r.golongan);
    const akTepat = ak.toJSON();
    // After a promotion into the next jenjang the AK starts again (the rule set's policy, PerBKN 11/2022 Pasal 37).
    if (naik !== null && naik.jenis === 'jenjang') {
      ak =
        k.kebijakan.akSetelahKenaikanJenjang === 'sisa' && naik.syaratJenjang !== null
          ? ak.minus(naik.syaratJenjang)
          : Desimal.from(0);
    }
    titik.push({
      label: labelPeriode(r.periode.tahun, r.periode.ke, k.periode.rentangBulan.length),
      ak: Desimal.from(akTepat).toNumber(),
      akTepat,
      golongan: r.golongan,
      syaratPangkat: desimalAngka(s.pangkat),
      syaratJenjang: desimalAngka(s.jenjang),
      syaratPangkatTepat: s.pangkat,
      kenaikan: naik,
      akSesudah: naik !== null && naik.jenis === 'jenjang' ? ak.toNumber() : null,
    });
  }
  return titik;
}

/** The number of periods in a year (its rule set's; a year past the rule sets: one). */
function jumlahPeriode(tahun: number): number {
  try {
    return ketentuanUntuk({ tahun, ke: 1 }).periode.rentangBulan.length;
  } catch {
    return 1;
  }
}

/** The projection's predikat per period, from the teacher's predikat per coming year (the last one repeats). */
export function predikatProyeksi(s: Pick<Keadaan, 'tahunAkhir' | 'proyeksi'>, n: number): Predikat[] {
  const hasil: Predikat[] = [];
  for (let tahun = s.tahunAkhir + 1; hasil.length < n; tahun++) {
    const p = s.proyeksi[Math.min(tahun - s.tahunAkhir - 1, s.proyeksi.length - 1)] ?? 'baik';
    for (let i = 0; i < jumlahPeriode(tahun); i++) hasil.push(p);
  }
  return hasil.slice(0, n);
}

/** The whole calculation. Never throws: every refusal of the library comes back as its message. */
export function hitung(s: Keadaan, bahasa: Bahasa): Hasil {
  const salah: Partial<Record<MedanAngka, SalahMedan>> = {};
  const angka = (m: MedanAngka, teks: string, kosong: string | undefined): string | undefined => {
    if (teks.trim() === '') return kosong;
    const r = bacaAngka(teks, m);
    if (r.salah !== null) salah[m] = r.salah;
    return r.nilai ?? kosong;
  };
  const akKonvensional = s.mulai === 'integrasi' ? angka('akKonvensional', s.akKonvensional, '0') : '0';
  const nilaiDasar = s.mulai === 'integrasi' ? angka('nilaiDasar', s.nilaiDasar, undefined) : undefined;
  const akDasarAngka =
    s.mulai === 'perpindahan' && s.akDasar !== 'golongan' ? angka('akDasar', s.akDasar, 'golongan') : 'golongan';
  const jenjang = jenjangPegawai(s);
  const tahun: Hasil['tahun'][number][] = [];
  const periode: BarisPeriode[] = [];
  for (let t = s.tahunAwal; t <= s.tahunAkhir; t++) {
    const { ketentuan, galat } = ketentuanTahun(t, bahasa);
    const baris: BarisPeriode[] = [];
    if (ketentuan !== null) {
      const semua = ketentuan.periode.rentangBulan.length;
      const dipilih = s.predikat[String(t)] ?? [];
      for (const p of periodeTahun(ketentuan, t, s)) {
        const predikat = dipilih[p.ke - 1] ?? 'baik';
        let rekam: RekamAngkaKredit | null = null;
        let g: Pesan | null = null;
        try {
          rekam = createRekamAngkaKredit({ tahun: t, bulanMulai: p.a, bulanAkhir: p.b, jenjang, predikat });
        } catch (e) {
          g = pesanGalat(e, bahasa);
        }
        baris.push({
          tahun: t,
          ke: p.ke,
          jumlahPeriode: semua,
          bulanMulai: p.a,
          bulanAkhir: p.b,
          predikat,
          ketentuan: ketentuan.id,
          rekam,
          galat: g,
        });
      }
    }
    tahun.push({ tahun: t, ketentuan, galat, periode: baris });
    periode.push(...baris);
  }
  const rekam = periode.flatMap((p) => (p.rekam === null ? [] : [p.rekam]));
  const tahunGagal = tahun.some((t) => t.galat !== null) || periode.some((p) => p.galat !== null);

  const adaSalah = Object.keys(salah).length > 0;
  let integrasi: HasilIntegrasi | null = null;
  let galatIntegrasi: Pesan[] = [];
  if (s.mulai === 'integrasi' && !adaSalah) {
    const r = angkaKreditIntegrasi({
      golongan: s.golongan2022,
      akKumulatif: akKonvensional ?? '0',
      ...(nilaiDasar === undefined ? {} : { nilaiDasar }),
    });
    if (r.success) integrasi = r.data;
    else galatIntegrasi = pesanIssues(r.issues, bahasa);
  }

  const pegawai = { ...PEGAWAI_CONTOH, golongan: s.golongan, ...(s.jenjang === '' ? {} : { jenjang: s.jenjang }) };
  const akDasar = s.mulai === 'perpindahan' ? akDasarAngka : undefined;
  let penetapan: PakPenetapan | null = null;
  let galatPenetapan: Pesan[] = [];
  let integrasiTidakDihitung: Pesan | null = null;
  if (galatIntegrasi.length === 0 && !tahunGagal && !adaSalah) {
    const input = {
      pegawai,
      konversi: rekam,
      ...(akDasar === undefined ? {} : { akDasar }),
      ...(integrasi === null ? {} : { integrasi }),
    };
    let r = createPakPenetapan(input);
    if (!r.success && integrasi !== null && r.issues.length === 1 && r.issues[0]?.code === 'integrasi-jenjang-lain') {
      // The integrasi was made in an earlier jenjang: after a kenaikan jenjang AK starts again, so it does not count.
      integrasiTidakDihitung = pesanIssues(r.issues, bahasa)[0] ?? null;
      const { integrasi: _, ...tanpa } = input;
      r = createPakPenetapan(tanpa);
    }
    if (r.success) penetapan = r.data;
    else galatPenetapan = pesanIssues(r.issues, bahasa);
  }
  const akumulasi = penetapan !== null && rekam.length > 0 ? { total: penetapan.akKonversi } : null;

  let proyeksi: Hasil['proyeksi'] = null;
  let galatProyeksi: Pesan | null = null;
  if (penetapan !== null && getGolongan(s.golongan).akKenaikanPangkat !== null) {
    try {
      const mulai = { tahun: s.tahunAkhir + 1, ke: 1 };
      const p = proyeksiKenaikan({
        golongan: s.golongan,
        akKumulatif: penetapan.akKumulatif,
        predikat: predikatProyeksi(s, 16),
        mulai,
        maksimumPeriode: 16,
      });
      const k0 = ketentuanUntuk({ tahun: s.tahunAkhir, ke: 1 });
      proyeksi = {
        kenaikan: p.kenaikan,
        titik: titikProyeksi(
          { golongan: s.golongan, ak: penetapan.akKumulatif, label: String(s.tahunAkhir), k: k0 },
          p,
        ),
      };
    } catch (e) {
      galatProyeksi = pesanGalat(e, bahasa);
    }
  }
  return {
    salah,
    periode,
    tahun,
    integrasi,
    galatIntegrasi,
    integrasiTidakDihitung,
    akumulasi,
    penetapan,
    galatPenetapan,
    proyeksi,
    galatProyeksi,
  };
}

/** The PAK documents for print, with the teacher's identity; the library's messages when it refuses them. */
export function dokumenPak(
  s: Keadaan,
  h: Hasil,
  id: Identitas,
  bahasa: Bahasa,
): { dokumen: DokumenPak[]; galat: Pesan[] } {
  if (h.penetapan === null) return { dokumen: [], galat: [] };
  const pegawai = {
    nama: id.nama.trim(),
    nip: id.nip.replace(/\D/g, ''),
    golongan: s.golongan,
    ...(s.jenjang === '' ? {} : { jenjang: s.jenjang }),
    ...(id.unitKerja.trim() === '' ? {} : { unitKerja: id.unitKerja.trim() }),
    ...(id.instansi.trim() === '' ? {} : { instansi: id.instansi.trim() }),
  };
  const rekam = h.penetapan.konversi;
  const galat: Pesan[] = [];
  const dokumen: DokumenPak[] = [];
  for (const r of rekam) {
    const d = createPakKonversi({ pegawai, rekam: r });
    if (d.success) dokumen.push(d.data);
    else galat.push(...pesanIssues(d.issues, bahasa));
    if (!d.success) break;
  }
  if (galat.length === 0 && rekam.length > 1) {
    const a = createPakAkumulasi({ pegawai, rekam });
    if (a.success) dokumen.push(a.data);
    else galat.push(...pesanIssues(a.issues, bahasa));
  }
  if (galat.length === 0) {
    const p = createPakPenetapan({
      pegawai,
      konversi: rekam,
      ...(h.penetapan.akDasar === '0' ? {} : { akDasar: h.penetapan.akDasar }),
      ...(h.penetapan.integrasi === null || h.integrasi === null ? {} : { integrasi: h.integrasi }),
    });
    if (p.success) dokumen.push(p.data);
    else galat.push(...pesanIssues(p.issues, bahasa));
  }
  return galat.length === 0 ? { dokumen, galat } : { dokumen: [], galat: [...new Set(galat)] };
}
