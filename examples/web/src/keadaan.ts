// The calculator's state in the URL's fragment (after `#`: a browser never sends it to the server, so a shared link
// carries the figures to the person who opens it and to nobody else) and in local storage. Nothing else is stored.
// The identity printed on the PAK page (nama, NIP, unit kerja, instansi) stays in local storage only.
import {
  JENJANG,
  safeParseGolongan,
  safeParsePredikat,
  type Golongan,
  type Jenjang,
  type Predikat,
} from 'pengelolaan-kinerja';
import type { Identitas, Keadaan, Mulai } from './hitung';

export const KUNCI_KEADAAN = 'pengelolaan-kinerja:kalkulator';
export const KUNCI_IDENTITAS = 'pengelolaan-kinerja:identitas';
export const KUNCI_BAHASA = 'pengelolaan-kinerja:bahasa';
export const KUNCI_SKENARIO = 'pengelolaan-kinerja:skenario';

export const TAHUN_PERTAMA = 2023;

export function keadaanAwal(tahunIni: number): Keadaan {
  return {
    golongan: 'III/a',
    jenjang: '',
    mulai: 'baru',
    akKonvensional: '',
    golongan2022: 'III/a',
    nilaiDasar: '',
    akDasar: 'golongan',
    tahunAwal: TAHUN_PERTAMA,
    bulanAwal: 1,
    tahunAkhir: Math.max(TAHUN_PERTAMA + 1, tahunIni - 1),
    bulanAkhir: 12,
    predikat: {},
    proyeksi: ['baik'],
  };
}

const satu = <T extends string>(daftar: readonly T[], x: string | null): T | undefined =>
  x !== null && (daftar as readonly string[]).includes(x) ? (x as T) : undefined;
/** A figure as written in the link, kept as is (at most 24 characters): the field shows it with its message. */
const angka = (x: string | null): string | undefined => (x === null ? undefined : x.trim().slice(0, 24));
const tahun = (x: string | null, min: number, maks: number): number | undefined => {
  const n = x === null ? NaN : Number(x);
  return Number.isInteger(n) && n >= min && n <= maks ? n : undefined;
};

/** What a link held that the page could not use: the parameter's meaning, the value, and what is used instead. */
export interface CatatanTautan {
  readonly apa: 'golongan' | 'jenjang' | 'tahun' | 'bulan' | 'predikat' | 'mulai';
  readonly nilai: string;
  readonly dipakai: string;
}

/** Reads the state from URL parameters; anything unknown or out of range keeps the default and is noted in
 * `catatan` (the page says so), never silently. Never throws. */
export function bacaParameter(
  p: URLSearchParams,
  dasar: Keadaan,
  tahunIni: number,
  catatan: CatatanTautan[] = [],
): Keadaan {
  const catat = <T>(apa: CatatanTautan['apa'], kunci: string, nilai: T | undefined, dipakai: T): T => {
    const x = p.get(kunci);
    if (nilai === undefined && x !== null) catatan.push({ apa, nilai: x.slice(0, 40), dipakai: String(dipakai) });
    return nilai ?? dipakai;
  };
  const tahunAwal = catat('tahun', 't0', tahun(p.get('t0'), TAHUN_PERTAMA, tahunIni), dasar.tahunAwal);
  const tahunAkhir = Math.max(
    tahunAwal,
    catat('tahun', 't1', tahun(p.get('t1'), TAHUN_PERTAMA, tahunIni), Math.max(tahunAwal, dasar.tahunAkhir)),
  );
  const predikatDibaca: Record<string, Predikat[]> = {};
  for (const [k, v] of p) {
    const m = /^p(\d{4})$/.exec(k);
    if (m === null) continue;
    // Codes or labels as the teacher sees them ("Sangat Baik", "Cukup"): read by the library's parser.
    const daftar = v.split(',').map((x) => {
      const r = safeParsePredikat(x);
      return r.success ? r.data : undefined;
    });
    if (daftar.every((x): x is Predikat => x !== undefined) && daftar.length <= 12)
      predikatDibaca[m[1] as string] = daftar;
    else catatan.push({ apa: 'predikat', nilai: v.slice(0, 40), dipakai: 'baik' });
  }
  const golongan = (x: string | null): Golongan | undefined => {
    if (x === null) return undefined;
    const r = safeParseGolongan(x);
    return r.success ? r.data : undefined;
  };
  // The projection: one predikat per coming year (the last one repeats).
  const proyeksi = (p.get('pr') ?? '')
    .split(',')
    .filter((x) => x !== '')
    .slice(0, 8)
    .map((x) => {
      const r = safeParsePredikat(x);
      if (!r.success) catatan.push({ apa: 'predikat', nilai: x.slice(0, 40), dipakai: 'baik' });
      return r.success ? r.data : 'baik';
    });
  const gol = catat('golongan', 'g', golongan(p.get('g')), dasar.golongan);
  return {
    golongan: gol,
    jenjang: p.get('j') === null ? '' : catat('jenjang', 'j', satu<Jenjang>(JENJANG, p.get('j')), ''),
    mulai: catat('mulai', 'm', satu<Mulai>(['integrasi', 'perpindahan', 'baru'], p.get('m')), dasar.mulai),
    akKonvensional: angka(p.get('ak')) ?? '',
    golongan2022: catat('golongan', 'g22', golongan(p.get('g22')), gol),
    nilaiDasar: angka(p.get('nd')) ?? '',
    akDasar: p.get('dasar') === 'golongan' ? 'golongan' : (angka(p.get('dasar')) ?? dasar.akDasar),
    tahunAwal,
    bulanAwal: catat('bulan', 'b0', tahun(p.get('b0'), 1, 12), 1),
    tahunAkhir,
    bulanAkhir: catat('bulan', 'b1', tahun(p.get('b1'), 1, 12), 12),
    predikat: predikatDibaca,
    proyeksi: proyeksi.length === 0 ? dasar.proyeksi : proyeksi,
  };
}

/** The state as URL parameters, only what differs from nothing: short links. */
export function tulisParameter(s: Keadaan): URLSearchParams {
  const p = new URLSearchParams();
  p.set('g', s.golongan);
  if (s.jenjang !== '') p.set('j', s.jenjang);
  p.set('m', s.mulai);
  if (s.mulai === 'integrasi') {
    if (s.akKonvensional !== '') p.set('ak', s.akKonvensional);
    if (s.golongan2022 !== s.golongan) p.set('g22', s.golongan2022);
    if (s.nilaiDasar !== '') p.set('nd', s.nilaiDasar);
  }
  if (s.mulai === 'perpindahan') p.set('dasar', s.akDasar);
  p.set('t0', String(s.tahunAwal));
  if (s.bulanAwal !== 1) p.set('b0', String(s.bulanAwal));
  p.set('t1', String(s.tahunAkhir));
  if (s.bulanAkhir !== 12) p.set('b1', String(s.bulanAkhir));
  for (let t = s.tahunAwal; t <= s.tahunAkhir; t++) {
    const d = s.predikat[String(t)];
    if (d !== undefined && d.length > 0) p.set(`p${t}`, d.join(','));
  }
  p.set('pr', s.proyeksi.join(','));
  return p;
}

/** The fragment of a link to the calculator with this state. */
export function hashKalkulator(s: Keadaan): string {
  return `#kalkulator?${tulisParameter(s).toString()}`;
}

/** Local storage that may be missing or refuse (private windows, storage off): the page works without it. */
export function simpan(kunci: string, nilai: string): void {
  try {
    localStorage.setItem(kunci, nilai);
  } catch {
    /* storage unavailable: the URL still holds the state */
  }
}

export function ambil(kunci: string): string | null {
  try {
    return localStorage.getItem(kunci);
  } catch {
    return null;
  }
}

export function bacaIdentitas(): Identitas {
  const kosong: Identitas = { nama: '', nip: '', unitKerja: '', instansi: '' };
  const teks = ambil(KUNCI_IDENTITAS);
  if (teks === null) return kosong;
  try {
    const x = JSON.parse(teks) as Record<string, unknown>;
    const f = (k: keyof Identitas) => (typeof x[k] === 'string' ? (x[k] as string).slice(0, 300) : '');
    return { nama: f('nama'), nip: f('nip'), unitKerja: f('unitKerja'), instansi: f('instansi') };
  } catch {
    return kosong;
  }
}

/** The named scenarios kept on this device: name → the calculator's link parameters. */
export type Skenario = Readonly<Record<string, string>>;

/** Reads scenarios from storage or from an imported file; anything that is not a name → text map is dropped. */
export function bacaSkenario(teks: string | null): Skenario {
  if (teks === null) return {};
  try {
    const x: unknown = JSON.parse(teks);
    const isi = typeof x === 'object' && x !== null && 'skenario' in x ? (x as { skenario: unknown }).skenario : x;
    if (typeof isi !== 'object' || isi === null || Array.isArray(isi)) return {};
    return Object.fromEntries(
      Object.entries(isi)
        .filter((e): e is [string, string] => typeof e[1] === 'string' && e[0].trim() !== '')
        .slice(0, 200)
        .map(([k, v]) => [k.slice(0, 80), v.slice(0, 2000)]),
    );
  } catch {
    return {};
  }
}

/** The file a scenario export writes (and an import reads). */
export function tulisSkenario(s: Skenario): string {
  return `${JSON.stringify({ jenis: 'pengelolaan-kinerja-skenario', versi: 1, skenario: s }, null, 2)}\n`;
}
