// The operator's file, row by row, to the CLI's outputs (run in the worker). The bytes are read by the package's own
// reader (`pengelolaan-kinerja/berkas`: format sniffed from the bytes, encodings, malformed lines as refused rows, the
// dialect) and its header matcher; every figure and every document comes from the library. What the CLI does between
// the reader and its files (src/cli/data.ts and pak.ts) is not importable from a page: this is a port of it, kept to
// the same columns and messages, until it moves into src/berkas (docs/web.md, "One implementation").
import {
  angkaKreditIntegrasi,
  createPakAkumulasi,
  createPakPenetapan,
  createRekamAngkaKredit,
  formatAngkaKredit,
  formatIssue,
  getGolongan,
  isKinerjaError,
  safeParseGolongan,
  safeParseJenjang,
  safeParsePredikat,
  sumDesimal,
  type Bahasa,
  type Golongan,
  type HasilIntegrasi,
  type Jenjang,
  type PakPenetapan,
  type Predikat,
  type RekamAngkaKredit,
} from 'pengelolaan-kinerja';
import { readBerkas, type BarisBerkas } from 'pengelolaan-kinerja/berkas';
import { cocokkanKolom, skorJudul, type Medan } from './kolom';
import { formatPakHtml } from 'pengelolaan-kinerja/cetak';
import { toAngkaKreditSiasn } from 'pengelolaan-kinerja/siasn';
import { zipSync, strToU8 } from 'fflate';
import type { BarisTabel, HasilOlah, RingkasanUnit } from './protokol';
import { Angka, dialekKeluaran, tabelCsv, uraianDialek } from './tulis';

export const KOLOM_RINGKASAN = ['unit_kerja', 'nip', 'nama', 'golongan', 'jenjang', 'baris_dihitung', 'ak_dasar', 'ak_integrasi', 'ak_konversi', 'ak_kumulatif', 'pangkat_ke', 'pangkat_syarat', 'pangkat_selisih', 'jenjang_ke', 'jenjang_syarat', 'jenjang_selisih', 'predikat_cukup', 'prasyarat_lain'];
export const KOLOM_RINGKASAN_UNIT = ['unit_kerja', 'guru', 'baris_dihitung', 'ak_konversi', 'memenuhi_ak_pangkat', 'memenuhi_ak_jenjang'];
export const KOLOM_DITERIMA = ['baris', 'nip', 'nama', 'unit_kerja', 'jenis', 'tahun', 'bulan_mulai', 'bulan_selesai', 'jenjang', 'predikat', 'angka_kredit', 'angka_kredit_tepat', 'ketentuan', 'asumsi'];
export const KOLOM_GALAT = ['baris', 'nip', 'nama', 'kolom', 'nilai', 'kode', 'pesan', 'jenis'];

interface Galat {
  readonly baris: number;
  readonly nip: string;
  readonly nama: string;
  readonly kolom: string;
  readonly nilai: string;
  readonly kode: string;
  readonly pesan: string;
  readonly pesanEn: string;
  readonly jenis: 'baris' | 'siasn' | 'guru' | 'berkas';
}

interface Guru {
  readonly nip: string;
  nama: string;
  golongan: Golongan;
  jenjang: Jenjang;
  unitKerja: string;
  terakhir: number;
  readonly barisPertama: number;
  readonly rekam: { r: RekamAngkaKredit; baris: number }[];
  akDasar: { nilai: string; baris: number } | undefined;
  integrasi: { hasil: HasilIntegrasi; baris: number } | undefined;
}

type Hasil = { jenis: 'selesai'; hasil: HasilOlah } | { jenis: 'ditolak'; pesan: string[] };

const SIASN: readonly Medan[] = ['pnsId', 'rwJabatanId', 'nomorSk', 'tanggalSk'];

function desimal(s: string, tanda: ',' | '.'): string | null {
  const t = s.trim();
  if (/^\d+(\.\d+)?$/.test(t) && !(tanda === ',' && /^\d{1,3}\.\d{3}$/.test(t))) return t;
  if (/^\d+,\d+$/.test(t)) return t.replace(',', '.');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return t.replace(/\./g, '').replace(',', '.');
  return null;
}

function tanggal(s: string): string | null {
  const t = s.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const [y, m, d] = iso !== null ? [iso[1], iso[2], iso[3]] : dmy !== null ? [dmy[3], dmy[2], dmy[1]] : [];
  if (y === undefined || m === undefined || d === undefined) return null;
  const hasil = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const dt = new Date(`${hasil}T00:00:00Z`);
  return !Number.isNaN(dt.getTime()) && dt.toISOString().slice(0, 10) === hasil ? hasil : null;
}

/** NIP as real files write it: spaces, dots, quotes, Excel's leading apostrophe. */
function nipDari(s: string): string {
  return s.replace(/^'/, '').replace(/[\s."']/g, '');
}

export async function olahBerkas(bytes: Uint8Array, namaBerkas: string, bahasa: Bahasa, lapor: (dibaca: number, total: number) => void): Promise<Hasil> {
  const pilih = (id: string, en: string) => (bahasa === 'en' ? en : id);
  const dibuka = await readBerkas(bytes, { total: bytes.byteLength, skorJudul });
  if (!dibuka.success) return { jenis: 'ditolak', pesan: dibuka.issues.map((i) => formatIssue(i, { bahasa })) };
  const b = dibuka.data;
  const cocok = cocokkanKolom(b.header);
  if (cocok.kurang.length > 0) return { jenis: 'ditolak', pesan: cocok.kurang.map((k) => pilih(k.pesan, k.pesanEn)) };
  const { indeks } = cocok;
  const denganSiasn = SIASN.every((m) => indeks[m] !== undefined);

  const galat: Galat[] = [];
  const diterima: unknown[][] = [];
  const tabel: BarisTabel[] = [];
  const siasn: string[] = [];
  const guru = new Map<string, Guru>();
  const barisDitolak = new Set<number>();
  const barisSiasn = new Set<number>();
  const memo = new Map<string, unknown>();
  const sekali = <T>(kunci: string, f: () => T): T => {
    if (!memo.has(kunci)) memo.set(kunci, f());
    return memo.get(kunci) as T;
  };
  let baris: BarisBerkas = { baris: 0, sel: [] };
  let galatBaris: Galat[] = [];
  const kolom = (m: Medan) => (indeks[m] === undefined ? m : (b.header[indeks[m]!] ?? m));
  const sel = (m: Medan) => (indeks[m] === undefined ? '' : (baris.sel[indeks[m]!] ?? '').trim());
  const salah = (m: Medan, kode: string, id: string, en: string, jenis: Galat['jenis'] = 'baris') =>
    galatBaris.push({ baris: baris.baris, kolom: kolom(m), kode, pesan: id, pesanEn: en, nip: sel('nip'), nama: sel('nama'), nilai: sel(m), jenis });
  const wajib = (m: Medan): string | null => {
    const v = sel(m);
    if (v !== '') return v;
    salah(m, 'kolom-kosong', `Kolom ${kolom(m)} kosong.`, `Column ${kolom(m)} is empty.`);
    return null;
  };
  const tolak = (g: Galat) => {
    galat.push(g);
    if (g.jenis === 'siasn') barisSiasn.add(g.baris);
    else if (g.jenis !== 'guru') barisDitolak.add(g.baris);
    tabel.push({ baris: g.baris, status: g.jenis === 'siasn' ? 'siasn-dilewati' : 'ditolak', nip: g.nip, nama: g.nama, unitKerja: '', kolom: g.kolom, nilai: g.nilai, pesan: pilih(g.pesan, g.pesanEn), ak: '', akTampil: '' });
  };
  const terima = (nip: string, nama: string, unit: string, jenis: string, r: RekamAngkaKredit | null, nilai: string | null, asumsi: string[]) => {
    diterima.push(
      r === null
        ? [baris.baris, nip, nama, unit, jenis, '', '', '', '', '', nilai === null ? '' : new Angka(formatAngkaKredit(nilai)), nilai ?? '', '', asumsi.join(' ')]
        : [baris.baris, nip, nama, unit, 'konversi', r.tahun, r.bulanMulai, r.bulanAkhir, r.jenjang, r.predikat, new Angka(formatAngkaKredit(r)), r.angkaKredit, r.ketentuan, asumsi.join(' ')],
    );
    tabel.push({ baris: baris.baris, status: 'diterima', nip, nama, unitKerja: unit, kolom: '', nilai: '', pesan: jenis, ak: r?.angkaKredit ?? nilai ?? '', akTampil: r !== null ? formatAngkaKredit(r) : nilai !== null ? formatAngkaKredit(nilai) : '' });
  };

  let n = 0;
  for await (const x of b.baris) {
    baris = x;
    galatBaris = [];
    n += 1;
    if (n % 512 === 0) lapor(b.kemajuan().dibaca, b.kemajuan().total);
    if (x.rusak !== undefined) {
      tolak({ baris: x.baris, kolom: '', kode: x.rusak.kode, pesan: x.rusak.pesan, pesanEn: x.rusak.pesanEn, nip: '', nama: '', nilai: x.rusak.mentah.slice(0, 200), jenis: 'berkas' });
      continue;
    }
    bacaSatu();
  }
  lapor(b.kemajuan().total, b.kemajuan().total);

  function bacaSatu(): void {
    const asumsi: string[] = [];
    const nipTeks = wajib('nip');
    const nip = nipTeks === null ? null : nipDari(nipTeks);
    if (nip !== null && !/^\d{18}$/.test(nip)) salah('nip', 'nip-tidak-valid', `NIP "${nipTeks}" bukan 18 angka (di Excel, simpan NIP sebagai teks).`, `NIP "${nipTeks}" is not 18 digits (in Excel, keep NIPs as text).`);
    const nama = wajib('nama');
    const golTeks = wajib('golongan');
    const golongan = golTeks === null ? null : sekali(`g|${golTeks}`, () => safeParseGolongan(golTeks));
    if (golongan !== null && !golongan.success) salah('golongan', 'golongan-tidak-dikenal', `Golongan "${golTeks}" tidak dikenal.`, `Unknown golongan "${golTeks}".`);
    const jenjangGol = golongan?.success === true ? getGolongan(golongan.data).jenjang : null;
    let jenjang: Jenjang | null = jenjangGol;
    const jenjangTeks = sel('jenjang');
    if (jenjangTeks !== '') {
      const j = sekali(`j|${jenjangTeks}`, () => safeParseJenjang(jenjangTeks));
      const m: Medan = 'jenjang';
      if (!j.success) salah(m, 'jenjang-tidak-dikenal', `Jenjang "${jenjangTeks}" tidak dikenal.`, `Unknown jenjang "${jenjangTeks}".`);
      else if (jenjangGol !== null && j.data !== jenjangGol) salah(m, 'jenjang-tidak-sesuai-golongan', `Golongan ${golTeks} termasuk jenjang ${jenjangGol}, bukan ${j.data}.`, `Golongan ${golTeks} belongs to jenjang ${jenjangGol}, not ${j.data}.`);
      else jenjang = j.data;
    } else if (jenjangGol !== null) asumsi.push('jenjang-dari-golongan');
    const adaKonversi = sel('tahun') !== '' || sel('predikat') !== '';
    let rekam: RekamAngkaKredit | null = null;
    if (adaKonversi) {
      const tahun = Number(wajib('tahun'));
      const predTeks = wajib('predikat');
      const p = predTeks === null ? null : sekali(`p|${predTeks}`, () => safeParsePredikat(predTeks));
      if (p !== null && !p.success) salah('predikat', 'predikat-tidak-dikenal', `Predikat "${predTeks}" tidak dikenal.`, `Unknown predikat "${predTeks}".`);
      const bulanKolom = indeks.bulanMulai !== undefined || indeks.bulanSelesai !== undefined;
      if (!bulanKolom) asumsi.push('periode-setahun-diasumsikan');
      const bm = bulanKolom ? Number(wajib('bulanMulai')) : 1;
      const ba = bulanKolom ? Number(wajib('bulanSelesai')) : 12;
      if (!Number.isInteger(tahun) || tahun < 1000 || tahun > 9999) salah('tahun', 'tahun-tidak-valid', `Tahun "${sel('tahun')}" tidak valid.`, `Invalid year "${sel('tahun')}".`);
      for (const [m, v] of [['bulanMulai', bm], ['bulanSelesai', ba]] as const) {
        if (!Number.isInteger(v) || v < 1 || v > 12) salah(m, 'bulan-tidak-valid', `Bulan "${sel(m)}" harus 1..12.`, `Month "${sel(m)}" must be 1..12.`);
      }
      if (galatBaris.length === 0 && p?.success === true && jenjang !== null) {
        const j = jenjang;
        const pd: Predikat = p.data;
        try {
          rekam = sekali(`r|${tahun}|${bm}|${ba}|${j}|${pd}`, () => createRekamAngkaKredit({ tahun, bulanMulai: bm, bulanAkhir: ba, jenjang: j, predikat: pd }));
        } catch (e) {
          if (!isKinerjaError(e)) throw e;
          salah('tahun', e.issues[0]?.code ?? e.code, e.message, e.messageEn);
        }
      }
    }
    const dasarTeks = sel('akDasar');
    const akDasar = dasarTeks === '' ? null : desimal(dasarTeks, b.dialek.desimal);
    if (dasarTeks !== '' && akDasar === null) salah('akDasar', 'desimal-tidak-valid', `AK Dasar "${dasarTeks}" bukan angka (contoh 12,5 atau 12.5).`, `AK Dasar "${dasarTeks}" is not a number (e.g. 12,5 or 12.5).`);
    const konvTeks = sel('akKonvensional');
    let integrasi: HasilIntegrasi | null = null;
    if (konvTeks !== '') {
      const ak = desimal(konvTeks, b.dialek.desimal);
      const g22Teks = sel('golongan2022');
      const g22 = g22Teks === '' ? golongan : safeParseGolongan(g22Teks);
      if (ak === null) salah('akKonvensional', 'desimal-tidak-valid', `AK "${konvTeks}" bukan angka (contoh 550,63 atau 550.63).`, `AK "${konvTeks}" is not a number (e.g. 550,63 or 550.63).`);
      else if (g22 !== null && !g22.success) salah('golongan2022', 'golongan-tidak-dikenal', `Golongan "${g22Teks}" tidak dikenal.`, `Unknown golongan "${g22Teks}".`);
      else if (g22?.success === true) {
        const r = angkaKreditIntegrasi({ golongan: g22.data, akKumulatif: ak });
        if (r.success) integrasi = r.data;
        else salah('akKonvensional', r.issues[0]!.code, r.issues[0]!.message, r.issues[0]!.messageEn);
      }
    }
    if (!adaKonversi && akDasar === null && konvTeks === '' && galatBaris.length === 0) {
      salah('predikat', 'baris-tanpa-isi', 'Baris tanpa konversi (tahun, predikat), AK Dasar, atau AK konvensional.', 'A row without a konversi (tahun, predikat), AK Dasar or conventional AK.');
    }
    const ada = nip === null ? undefined : guru.get(nip);
    if (ada !== undefined && nama !== null && ada.nama !== nama) {
      salah('nama', 'data-pegawai-berbeda', `Nama "${nama}" berbeda dengan baris ${ada.barisPertama} ("${ada.nama}") untuk NIP yang sama.`, `Name "${nama}" differs from line ${ada.barisPertama} ("${ada.nama}") for the same NIP.`);
    }
    if (ada !== undefined && rekam !== null) {
      const r = rekam;
      if (ada.rekam.some(({ r: y }) => y.tahun === r.tahun && y.bulanMulai <= r.bulanAkhir && r.bulanMulai <= y.bulanAkhir)) {
        salah('bulanMulai', 'periode-tumpang-tindih', `Bulan ${r.bulanMulai}–${r.bulanAkhir} ${r.tahun} sudah ada di baris lain untuk NIP ini.`, `Months ${r.bulanMulai}–${r.bulanAkhir} ${r.tahun} are already in another row for this NIP.`);
      }
    }
    if (ada?.akDasar !== undefined && akDasar !== null) salah('akDasar', 'ak-dasar-ganda', `AK Dasar sudah diberikan di baris ${ada.akDasar.baris}.`, `AK Dasar was already given on line ${ada.akDasar.baris}.`);
    if (ada?.integrasi !== undefined && integrasi !== null) salah('akKonvensional', 'integrasi-ganda', `AK konvensional sudah diberikan di baris ${ada.integrasi.baris}.`, `Conventional AK was already given on line ${ada.integrasi.baris}.`);
    if (galatBaris.length > 0 || nip === null || nama === null || golongan === null || !golongan.success || jenjang === null) {
      for (const g of galatBaris) tolak(g);
      return;
    }
    const unit = sel('unitKerja');
    const g: Guru = ada ?? { nip, nama, golongan: golongan.data, jenjang, unitKerja: unit, terakhir: -1, barisPertama: baris.baris, rekam: [], akDasar: undefined, integrasi: undefined };
    if (ada === undefined) guru.set(nip, g);
    const kapan = rekam === null ? -1 : rekam.tahun * 12 + rekam.bulanAkhir;
    if (kapan >= g.terakhir) {
      g.golongan = golongan.data;
      g.jenjang = jenjang;
      g.terakhir = kapan;
      if (unit !== '') g.unitKerja = unit;
    }
    if (rekam !== null) {
      g.rekam.push({ r: rekam, baris: baris.baris });
      terima(nip, nama, unit, 'konversi', rekam, null, asumsi);
      if (denganSiasn) {
        const pnsId = sel('pnsId');
        const rwJabatanId = sel('rwJabatanId');
        const nomorSk = sel('nomorSk');
        const tanggalSk = tanggal(sel('tanggalSk'));
        const kosong = SIASN.find((m) => sel(m) === '');
        if (kosong !== undefined) {
          tolak({ baris: baris.baris, nip, nama, kolom: kolom(kosong), nilai: '', kode: 'kolom-kosong', pesan: `Kolom ${kolom(kosong)} kosong: isian SIASN baris ini dilewati (PAK tetap dihitung).`, pesanEn: `Column ${kolom(kosong)} is empty: this row's SIASN body is skipped (its PAK stands).`, jenis: 'siasn' });
        } else if (tanggalSk === null) {
          tolak({ baris: baris.baris, nip, nama, kolom: kolom('tanggalSk'), nilai: sel('tanggalSk'), kode: 'tanggal-tidak-valid', pesan: `Tanggal SK "${sel('tanggalSk')}" bukan tanggal (yyyy-mm-dd atau dd-mm-yyyy): isian SIASN dilewati.`, pesanEn: `SK date "${sel('tanggalSk')}" is not a date (yyyy-mm-dd or dd-mm-yyyy): SIASN body skipped.`, jenis: 'siasn' });
        } else {
          const body = toAngkaKreditSiasn({ pnsId, rwJabatanId, nomorSk, tanggalSk, rekam });
          if (body.success) siasn.push(`${JSON.stringify({ baris: baris.baris, nip, body: body.data })}\n`);
          else {
            const i = body.issues[0]!;
            tolak({ baris: baris.baris, nip, nama, kolom: i.path.join('.'), nilai: '', kode: i.code, pesan: formatIssue(i), pesanEn: formatIssue(i, { bahasa: 'en' }), jenis: 'siasn' });
          }
        }
      }
    }
    if (akDasar !== null) {
      g.akDasar = { nilai: akDasar, baris: baris.baris };
      if (rekam === null) terima(nip, nama, unit, 'ak-dasar', null, akDasar, asumsi);
    }
    if (integrasi !== null) {
      g.integrasi = { hasil: integrasi, baris: baris.baris };
      if (rekam === null && akDasar === null) terima(nip, nama, unit, 'integrasi', null, integrasi.akIntegrasi, asumsi);
    }
  }

  // Per NIP, grouped by unit kerja: the akumulasi and the Penetapan of the current jenjang, a page per guru.
  const a = (s: string) => new Angka(formatAngkaKredit(s));
  const ringkasan: unknown[][] = [];
  const unit = new Map<string, { guru: number; baris: number; ak: string[]; pangkat: number; jenjang: number }>();
  const pak: Record<string, Uint8Array> = {};
  const urutan = [...guru.values()].sort((x, y) => (x.unitKerja < y.unitKerja ? -1 : x.unitKerja > y.unitKerja ? 1 : x.nip < y.nip ? -1 : x.nip > y.nip ? 1 : 0));
  for (const g of urutan) {
    const kini = g.rekam.filter((x) => x.r.jenjang === g.jenjang).map((x) => x.r);
    const pegawai = { nama: g.nama, nip: g.nip, golongan: g.golongan, jenjang: g.jenjang, ...(g.unitKerja === '' ? {} : { unitKerja: g.unitKerja }) };
    const akumulasi = createPakAkumulasi({ pegawai, rekam: kini });
    const penetapan = createPakPenetapan({
      pegawai,
      konversi: kini,
      ...(g.akDasar === undefined ? {} : { akDasar: g.akDasar.nilai }),
      ...(g.integrasi === undefined || g.integrasi.hasil.jenjang !== g.jenjang ? {} : { integrasi: g.integrasi.hasil }),
    });
    if (!penetapan.success || !akumulasi.success) {
      const issues = !penetapan.success ? penetapan.issues : !akumulasi.success ? akumulasi.issues : [];
      for (const i of issues) tolak({ baris: g.barisPertama, nip: g.nip, nama: g.nama, kolom: i.path.join('.'), nilai: '', kode: i.code, pesan: formatIssue(i), pesanEn: formatIssue(i, { bahasa: 'en' }), jenis: 'guru' });
      continue;
    }
    const p: PakPenetapan = penetapan.data;
    const k = (x: PakPenetapan['kenaikanPangkat']) => (x === null ? ['', '', ''] : [x.ke, x.syarat, a(x.selisih)]);
    const kj = p.kenaikanJenjang;
    ringkasan.push([
      p.pegawai.unitKerja ?? '', p.pegawai.nip, p.pegawai.nama, p.pegawai.golongan, p.pegawai.jenjang, kini.length,
      a(p.akDasar), p.integrasi === null ? '' : a(p.integrasi.akIntegrasi), a(p.akKonversi), a(p.akKumulatif),
      ...k(p.kenaikanPangkat), ...k(kj),
      kj === null || kj.predikatCukup === null ? '' : kj.predikatCukup ? 'ya' : 'tidak',
      kj === null ? '' : kj.prasyarat.join(' '),
    ]);
    const s = unit.get(g.unitKerja) ?? { guru: 0, baris: 0, ak: [], pangkat: 0, jenjang: 0 };
    s.guru += 1;
    s.baris += kini.length;
    s.ak.push(p.akKonversi);
    if (p.kenaikanPangkat?.akCukup === true) s.pangkat += 1;
    if (kj?.akCukup === true) s.jenjang += 1;
    unit.set(g.unitKerja, s);
    pak[`pak/${g.nip}.html`] = strToU8(formatPakHtml([akumulasi.data, p], { judul: `PAK ${g.nama} ${g.nip}` }));
  }
  const ringkasanUnit: RingkasanUnit[] = [...unit].map(([u, s]) => ({ unitKerja: u, guru: s.guru, baris: s.baris, akKonversi: formatAngkaKredit(sumDesimal(s.ak).toJSON()), memenuhiPangkat: s.pangkat, memenuhiJenjang: s.jenjang }));

  const d = dialekKeluaran(b.dialek);
  const berkas: Record<string, Uint8Array> = {
    'ringkasan.csv': tabelCsv(KOLOM_RINGKASAN, ringkasan, d),
    'ringkasan-unit.csv': tabelCsv(KOLOM_RINGKASAN_UNIT, ringkasanUnit.map((u) => [u.unitKerja, u.guru, u.baris, new Angka(u.akKonversi), u.memenuhiPangkat, u.memenuhiJenjang]), d),
    'diterima.csv': tabelCsv(KOLOM_DITERIMA, diterima, d),
    'galat.csv': tabelCsv(KOLOM_GALAT, galat.map((g) => [g.baris, g.nip, g.nama, g.kolom, g.nilai, g.kode, pilih(g.pesan, g.pesanEn), g.jenis]), d),
    ...(denganSiasn ? { 'siasn-angkakredit.jsonl': strToU8(siasn.join('')) } : {}),
    ...pak,
  };
  const zip = zipSync(berkas, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
  const daftar = Object.keys(berkas);
  tabel.sort((x, y) => x.baris - y.baris);
  return {
    jenis: 'selesai',
    hasil: {
      namaBerkas,
      dialek: uraianDialek(b.dialek, bahasa),
      barisData: n,
      diterima: diterima.length,
      ditolak: barisDitolak.size,
      siasnDilewati: barisSiasn.size,
      guru: guru.size,
      pak: Object.keys(pak).length,
      siasn: siasn.length,
      kolomDipakai: cocok.dipakai,
      kolomDiabaikan: cocok.diabaikan,
      unit: ringkasanUnit,
      tabel,
      zip: zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer,
      isiZip: daftar,
    },
  };
}
