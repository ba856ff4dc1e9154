// The operator's file, in the worker, through the same code as the CLI: the bytes are opened by the package's reader
// (`pengelolaan-kinerja/berkas`), then its `pakBerkas` runs on them as `npx pengelolaan-kinerja pak` does, writing its
// files into memory (a TujuanKeluaran) instead of a folder: see docs/web.md, "One implementation".
import { type Bahasa, formatAngkaKredit } from 'pengelolaan-kinerja';
import { labelMedan } from './medan';
import {
  buildPetaKolom,
  kolomWajibKurang,
  formatRingkasanPak,
  matchKolom,
  pakBerkas,
  readBerkas,
  type BarisBerkas,
  type Medan,
  type PetaKolom,
  type RingkasanGuru,
  type TujuanKeluaran,
} from 'pengelolaan-kinerja/berkas';
import { zipSync } from 'fflate';
import { bersihkan, kataPesan } from './kata';
import type { BarisGuru, BarisTabel, HasilOlah, Jawaban, KolomKurang, RingkasanUnit } from './protokol';
import { uraianDialek } from './tulis';

type Hasil =
  | {
      jenis: 'selesai';
      hasil: HasilOlah;
      perGuru: readonly BarisGuru[];
      /** The per-row table, built when asked for: after the per-guru table and the summary are sent. */
      tabel: () => Promise<readonly BarisTabel[]>;
      berkas: Record<string, Uint8Array>;
    }
  | { jenis: 'ditolak'; pesan: string[]; kolom?: KolomKurang };

/** The run's files in one ZIP (fflate). Level 1: deflate's fastest; pages and tables still shrink several times. */
export function buatZip(berkas: Record<string, Uint8Array>): ArrayBuffer {
  const zip = zipSync(berkas, { level: 1, mtime: new Date('2026-01-01T00:00:00Z') });
  return zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer;
}

const teks = new TextEncoder();

/** The run's files in memory, by their path in the output folder (for the ZIP). For an XLSX input, where the CLI
 * writes .xlsx sheets, no sheet writer is given: the tables are CSV in the dialect the reader gives an XLSX. */
function keluaranMemori(halaman: () => void): TujuanKeluaran & { isi(): Record<string, Uint8Array> } {
  const bagian = new Map<string, string[]>();
  return {
    write: (nama, isi) => {
      if (nama.startsWith('pak/')) halaman();
      bagian.set(nama, [isi]);
    },
    open: (nama) => {
      const b: string[] = [];
      bagian.set(nama, b);
      return { write: (t) => void b.push(t) };
    },
    isi: () => Object.fromEntries([...bagian].map(([nama, b]) => [nama, teks.encode(b.join(''))])),
  };
}

/** The rows of an output table, read back with the same reader (its own dialect, quotes and BOM). */
async function baca(isi: Uint8Array | undefined): Promise<BarisBerkas[]> {
  if (isi === undefined) return [];
  const r = await readBerkas(isi);
  if (!r.success) return [];
  const out: BarisBerkas[] = [];
  for await (const b of r.data.baris) if (b.rusak === undefined) out.push(b);
  return out;
}

/**
 * One line of the per-guru table from the run's own summary of the guru (`onGuru`): the figures rounded once by the
 * library's display policy, as `ringkasan.csv` writes them, and none for a held guru (they would cover part of the
 * rows: not a figure to sign); the refused lines in the page's words.
 */
function barisGuru(g: RingkasanGuru, bahasa: Bahasa): BarisGuru {
  const lengkap = g.status === 'lengkap';
  const a = (x: string | undefined) => (x === undefined || !lengkap ? '' : formatAngkaKredit(x));
  const k = (x: RingkasanGuru['kenaikanPangkat']) =>
    x === null || !lengkap ? { ke: '', selisih: '' } : { ke: x.ke, selisih: formatAngkaKredit(x.selisih) };
  const pangkat = k(g.kenaikanPangkat);
  const jenjang = k(g.kenaikanJenjang);
  return {
    nip: g.nip,
    nama: g.nama,
    unitKerja: g.unitKerja ?? '',
    golongan: g.golongan,
    jenjang: g.jenjang,
    status: g.status,
    alasan: g.alasan.map((x) => ({
      baris: x.baris,
      pesan: kataPesan(x.code, bahasa === 'en' ? x.messageEn : x.message, bahasa),
    })),
    akDasar: a(g.akDasar ?? '0'),
    akIntegrasi: a(g.akIntegrasi),
    akKonversi: a(g.akKonversi),
    akKumulatif: a(g.akKumulatif),
    pangkatKe: pangkat.ke,
    pangkatSelisih: pangkat.selisih,
    jenjangKe: jenjang.ke,
    jenjangSelisih: jenjang.selisih,
  };
}

/**
 * The largest .xlsx the page takes: 100 MB of sheet once opened (about 300 000 rows of seven columns). A tab holds the
 * compressed file, the shared strings and every output in memory; a larger workbook is refused with a message to
 * save it as CSV, which is read a piece at a time (docs/berkas.md).
 */
const BATAS_XLSX = 100_000_000;

/**
 * The per-row table: every accepted row from `diterima.csv` and every refusal from `galat.csv` (read back with the same
 * reader), in line order, each message in the page's words.
 */
async function barisTabel(
  berkas: Record<string, Uint8Array>,
  tampil: (x: string) => string,
  bahasa: Bahasa,
): Promise<BarisTabel[]> {
  const tabel: BarisTabel[] = [];
  for (const b of (await baca(berkas['diterima.csv'])).filter((x) => x.rusak === undefined)) {
    const [baris, nip, nama, unitKerja, jenis, , , , , , ak, akTepat] = b.sel;
    tabel.push({
      baris: Number(baris),
      status: 'diterima',
      nip: nip ?? '',
      nama: nama ?? '',
      unitKerja: unitKerja ?? '',
      kolom: '',
      nilai: '',
      pesan: jenis ?? '',
      ak: akTepat ?? '',
      akTampil: tampil(ak ?? ''),
    });
  }
  for (const b of (await baca(berkas['galat.csv'])).filter((x) => x.rusak === undefined)) {
    const [baris, nip, nama, kolom, nilai, kode, pesanAsli, jenis] = b.sel;
    const pesan = kataPesan(kode ?? '', pesanAsli ?? '', bahasa);
    tabel.push({
      baris: Number(baris),
      status: jenis === 'siasn' ? 'siasn-dilewati' : 'ditolak',
      nip: nip ?? '',
      nama: nama ?? '',
      unitKerja: '',
      kolom: kolom ?? '',
      nilai: nilai ?? '',
      pesan,
      ak: '',
      akTampil: '',
    });
  }
  tabel.sort((a, b) => a.baris - b.baris);
  return tabel;
}

/** The file's bytes as the reader takes them: in 256 KB chunks, as the CLI streams a file (progress follows the rows). */
function bukaBerkas(bytes: Uint8Array) {
  async function* potongan(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < bytes.byteLength; i += 256 * 1024) yield bytes.subarray(i, i + 256 * 1024);
  }
  return readBerkas(potongan(), { total: bytes.byteLength, batasXlsx: BATAS_XLSX });
}

/**
 * Each guru's PDF (`pak/<nip>.pdf`), as `npx pengelolaan-kinerja pak --pdf` writes it: the same run over the same
 * bytes with `pdf: 'per-guru'` (the PDF code, pdf-lib and the font, loaded by the package only then), keeping only the
 * PDFs. It runs after the tables are on screen, so the operator's first table does not wait for 2 500 PDFs.
 */
export async function buatPdf(
  bytes: Uint8Array,
  bahasa: Bahasa,
  peta: PetaKolom,
  lapor: (n: number) => void,
): Promise<Record<string, Uint8Array>> {
  const pdf: Record<string, Uint8Array> = {};
  const dibuka = await bukaBerkas(bytes);
  if (!dibuka.success) return pdf;
  const tujuan: TujuanKeluaran = {
    write: () => undefined,
    open: () => ({ write: () => undefined }),
    writeBytes: (nama, isi) => {
      pdf[nama] = isi;
      lapor(Object.keys(pdf).length);
    },
  };
  await pakBerkas(dibuka.data, tujuan, { bahasa, peta, html: 'tidak', pdf: 'per-guru' });
  return pdf;
}

export async function olahBerkas(
  bytes: Uint8Array,
  namaBerkas: string,
  bahasa: Bahasa,
  kirim: (j: Jawaban) => void,
  peta: PetaKolom = {},
  pdf = false,
): Promise<Hasil> {
  const lapor = (dibaca: number, total: number) => kirim({ jenis: 'kemajuan', dibaca, total });
  const pilih = (id: string, en: string) => (bahasa === 'en' ? en : id);
  const dibuka = await bukaBerkas(bytes);
  if (!dibuka.success)
    return {
      jenis: 'ditolak',
      pesan: dibuka.issues.map((i) => kataPesan(i.code, pilih(i.message, i.messageEn), bahasa)),
    };
  const masukan = dibuka.data;
  // Progress every 512 rows, and the whole file once every row is read.
  let n = 0;
  const kemajuan = {
    tiap: () => {
      n += 1;
      if (n % 512 === 0) {
        const { dibaca, total } = masukan.kemajuan();
        lapor(dibaca, total);
      }
    },
    selesai: () => {
      const { total } = masukan.kemajuan();
      lapor(total, total);
      kirim({ jenis: 'tahap', tahap: 'guru', n: 0 });
    },
  };
  // After the rows: the Penetapan and the PAK page of each guru, counted as the pages are written.
  let halaman = 0;
  const keluaran = keluaranMemori(() => {
    halaman += 1;
    if (halaman % 20 === 0) kirim({ jenis: 'tahap', tahap: 'guru', n: halaman });
  });
  // The per-guru table is the run's own summary of each guru, in output order (what ringkasan.csv is written from).
  const perGuru: BarisGuru[] = [];
  const onGuru = (g: RingkasanGuru) => void perGuru.push(barisGuru(g, bahasa));
  const r = await pakBerkas(masukan, keluaran, { bahasa, peta, html: 'per-guru', kemajuan, onGuru });
  if (!r.success) {
    const i = r.issues[0]!;
    const pesan = bersihkan(pilih(i.message, i.messageEn), bahasa).split('\n');
    if (!i.code.startsWith('kolom')) return { jenis: 'ditolak', pesan };
    // A header the reader cannot match: the page's own column map (the CLI's --kolom), filled in by the operator.
    const header = masukan.header;
    const cocok = matchKolom(header, peta);
    const kurang: Medan[] = cocok.success ? kolomWajibKurang(cocok.data, header).map((x) => x.path[0] as Medan) : [];
    const mungkin: Partial<Record<Medan, string>> = {};
    if (cocok.success)
      for (const d of cocok.data.laporan.diabaikan)
        if (d.mungkin !== undefined && mungkin[d.mungkin] === undefined) mungkin[d.mungkin] = d.kolom;
    // Said in the page's words: the fields not found, and where to choose their columns (the form below).
    const kata = kurang.map((m) => labelMedan(m, bahasa)).join(', ');
    return {
      jenis: 'ditolak',
      pesan:
        kurang.length === 0
          ? pesan
          : [
              pilih(
                `Kolom untuk data berikut tidak ditemukan: ${kata}. Pilih kolom berkas untuk tiap data di bawah, lalu periksa lagi.`,
                `No column found for: ${kata}. Choose the file's column for each below, then check again.`,
              ),
            ],
      kolom: { header, kurang, mungkin, petaJson: `${JSON.stringify(buildPetaKolom(header, peta), null, 2)}\n` },
    };
  }
  const h = r.data;
  kirim({ jenis: 'tahap', tahap: 'tabel', n: halaman });
  const berkas = keluaran.isi();
  const desimal = masukan.dialek.desimal;
  const tampil = (x: string) => (desimal === ',' ? x.replace(',', '.') : x);
  const unit: RingkasanUnit[] = (await baca(berkas['ringkasan-unit.csv'])).map((b) => ({
    unitKerja: b.sel[0] ?? '',
    guru: Number(b.sel[1]),
    baris: Number(b.sel[2]),
    akKonversi: tampil(b.sel[3] ?? ''),
    memenuhiPangkat: Number(b.sel[4]),
    memenuhiJenjang: Number(b.sel[5]),
  }));
  // Each guru's documents by name only: the bytes stay here until one is opened (2 500 pages copied to the page
  // would hold its main thread while they are cloned).
  const dokumen: Record<string, string[]> = {};
  for (const nama of Object.keys(berkas)) {
    const m = /^pak\/(\d+)\.(\w+)$/.exec(nama);
    if (m !== null) (dokumen[m[1] as string] ??= []).push(nama);
  }
  // A PDF for each guru with a page: the PDF pass (buatPdf) writes the pages of the same guru.
  if (pdf) for (const [nip, d] of Object.entries(dokumen)) if (d.includes(`pak/${nip}.html`)) d.push(`pak/${nip}.pdf`);
  return {
    jenis: 'selesai',
    berkas,
    perGuru,
    tabel: () => barisTabel(berkas, tampil, bahasa),
    hasil: {
      namaBerkas,
      dialek: uraianDialek(masukan.dialek, bahasa),
      barisData: h.diterima + h.ditolak,
      diterima: h.diterima,
      ditolak: h.ditolak,
      siasnDilewati: h.siasnDilewati,
      guru: h.guru,
      pak: Object.keys(berkas).filter((f) => f.startsWith('pak/')).length,
      siasn: h.siasn,
      kolomDipakai: h.kolom.dipakai.map((x) => `${x.kolom} → ${labelMedan(x.medan, bahasa)}`),
      kolomDiabaikan: h.kolom.diabaikan.map((x) =>
        x.mungkin === undefined
          ? x.kolom
          : `${x.kolom} (${pilih('mungkin', 'perhaps')} ${labelMedan(x.mungkin, bahasa)}?)`,
      ),
      unit,
      dokumen,
      peta: {
        header: masukan.header,
        dipakai: Object.fromEntries(h.kolom.dipakai.map((x) => [x.medan, x.kolom])),
      },
      pdf: Object.values(dokumen).filter((d) => d.some((x) => x.endsWith('.pdf'))).length,
      isiZip: Object.keys(berkas),
      ringkasanCli: formatRingkasanPak(h, { bahasa, keluar: 'ZIP' })
        .split('\n')
        .map((x) => bersihkan(x, bahasa)),
    },
  };
}
