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
  formatIssue,
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
  /** Predikat per year, one per period of the year's rule set (2024: two semesters). */
  readonly predikat: Readonly<Record<string, readonly Predikat[]>>;
  /** The predikat assumed for every coming period of the projection. */
  readonly proyeksi: Predikat;
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

export interface Hasil {
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
  if (isKinerjaError(e)) return describeError(e, { bahasa });
  return bahasa === 'en' ? 'Unexpected error.' : 'Galat tak terduga.';
}

export function pesanIssues(issues: readonly Issue[], bahasa: Bahasa): Pesan[] {
  return issues.map((i) => formatIssue(i, { bahasa }));
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
  s: Pick<Keadaan, 'tahunAwal' | 'bulanAwal'>,
): { ke: number; a: number; b: number }[] {
  return k.periode.rentangBulan
    .map(([a, b], i) => ({ ke: i + 1, a: tahun === s.tahunAwal ? Math.max(a, s.bulanAwal) : a, b }))
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

/** The whole calculation. Never throws: every refusal of the library comes back as its message. */
export function hitung(s: Keadaan, bahasa: Bahasa): Hasil {
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

  let integrasi: HasilIntegrasi | null = null;
  let galatIntegrasi: Pesan[] = [];
  if (s.mulai === 'integrasi') {
    const r = angkaKreditIntegrasi({
      golongan: s.golongan2022,
      akKumulatif: s.akKonvensional.trim() === '' ? '0' : s.akKonvensional.trim(),
      ...(s.nilaiDasar.trim() === '' ? {} : { nilaiDasar: s.nilaiDasar.trim() }),
    });
    if (r.success) integrasi = r.data;
    else galatIntegrasi = pesanIssues(r.issues, bahasa);
  }

  const pegawai = { ...PEGAWAI_CONTOH, golongan: s.golongan, ...(s.jenjang === '' ? {} : { jenjang: s.jenjang }) };
  const akDasar =
    s.mulai === 'perpindahan'
      ? s.akDasar.trim() === '' || s.akDasar === 'golongan'
        ? 'golongan'
        : s.akDasar.trim()
      : undefined;
  let penetapan: PakPenetapan | null = null;
  let galatPenetapan: Pesan[] = [];
  let integrasiTidakDihitung: Pesan | null = null;
  if (galatIntegrasi.length === 0 && !tahunGagal) {
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
        predikat: s.proyeksi,
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
