// One layout of the PAK documents, drawn by two renderers (HTML in pak-html.ts, PDF in pak-pdf.ts): what each page
// says, in order, with the widths of its tables; the renderers decide only how it looks. The fields and their order
// are those of PerBKN 3/2023's lampiran forms (Konversi Predikat Kinerja ke Angka Kredit, Akumulasi Angka Kredit,
// Penetapan Angka Kredit).
import { formatAngkaKredit } from '../penilaian/angka-kredit';
import type { RekamAngkaKredit } from '../penilaian/rekam-ak';
import type { DokumenPak, KenaikanPak, PakAkumulasi, PakKonversi, PakPenetapan, PegawaiPak } from '../pak/schema';
import { LABEL_JENJANG, LABEL_PREDIKAT, NAMA_BULAN, PANGKAT } from './label';

/** An empty line to fill in by hand: long (a name, a place) or short (a date). */
export interface Isian {
  readonly isian: 'panjang' | 'pendek';
}
/** A piece of printed text: words, or an empty line to fill in. */
export type Potong = string | Isian;
/** The content of a field or a cell: its pieces in order. */
export type Isi = readonly Potong[];

export const PANJANG: Isian = { isian: 'panjang' };
export const PENDEK: Isian = { isian: 'pendek' };

/** A table cell. */
export interface Sel {
  readonly isi: Isi;
  /** Right-aligned (a figure). */
  readonly kanan?: boolean;
  /** Centred (a row number, a header). */
  readonly tengah?: boolean;
  /** Columns it spans. */
  readonly rentang?: number;
}

/** A part of a page, top to bottom. */
export type Blok =
  | { readonly jenis: 'judul'; readonly baris: readonly string[] }
  | { readonly jenis: 'nomor'; readonly isi: Isi }
  | { readonly jenis: 'kepala'; readonly kiri: Isi; readonly kanan: Isi }
  | { readonly jenis: 'subjudul'; readonly teks: string }
  | {
      readonly jenis: 'tabel';
      /** Column widths in millimetres (they add up to the text width, 174 mm). */
      readonly lebar: readonly number[];
      readonly kepala?: readonly Sel[];
      readonly baris: readonly (readonly Sel[])[];
      /** The last row is a total (bold). */
      readonly jumlah?: boolean;
      /** A label table (no, label, value): the label column is not a header. */
      readonly kelas?: 'perorangan';
    }
  | { readonly jenis: 'paragraf'; readonly teks: string };

/** The closing of a page: the copies on the left, the signature block on the right. */
export interface Akhir {
  readonly tembusan: readonly Isi[];
  readonly tempat: Isi;
  readonly tanggal: Isi;
  readonly jabatan: string;
  readonly nama: Isi;
  readonly pangkat: Isi;
  readonly nip: Isi;
}

/** One page: one document. */
export interface Halaman {
  /** The instansi of the heading (the letterhead's instansi line when no letterhead text gives one). */
  readonly instansi: string | undefined;
  readonly blok: readonly Blok[];
  readonly akhir: Akhir;
}

/** An angka kredit as the PAK shows it: rounded once by the display policy, with a decimal comma. */
export function ak(nilai: string): string {
  return formatAngkaKredit(nilai).replace('.', ',');
}

/** A date as the form writes it: "15 Januari 2026". */
export function tanggalPanjang(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${NAMA_BULAN[Number(m) - 1] ?? m} ${y}`;
}

function periode(r: RekamAngkaKredit): string {
  const a = NAMA_BULAN[r.bulanMulai - 1];
  const b = NAMA_BULAN[r.bulanAkhir - 1];
  return r.bulanMulai === r.bulanAkhir ? `${a} ${r.tahun}` : `${a} s.d. ${b} ${r.tahun}`;
}

const isi = (v: string | undefined, kosong: Isian = PANJANG): Isi => [v === undefined ? kosong : v];
const sel = (v: Isi | string, o: Omit<Sel, 'isi'> = {}): Sel => ({ isi: typeof v === 'string' ? [v] : v, ...o });

/**
 * The name as the form prints it: with the gelar before and after it when the pegawai has them, unless the name is
 * already written with them ("Dra. Siti Aminah, M.Pd." is not printed "Dra. Dra. …").
 */
function namaLengkap(p: PegawaiPak): string {
  const kecil = p.nama.toLowerCase();
  const depan = p.gelarDepan !== undefined && !kecil.startsWith(p.gelarDepan.toLowerCase()) ? `${p.gelarDepan} ` : '';
  const belakang =
    p.gelarBelakang !== undefined &&
    !kecil.replace(/[\s.,]+$/, '').endsWith(p.gelarBelakang.toLowerCase().replace(/[\s.,]+$/, ''))
      ? `, ${p.gelarBelakang}`
      : '';
  return `${depan}${p.nama}${belakang}`;
}

/** The sex as the form prints it. */
const JENIS_KELAMIN = { 'laki-laki': 'Laki-laki', perempuan: 'Perempuan' } as const;

/**
 * "I. Keterangan perorangan", in the order and with the labels of PerBKN 3/2023's lampiran ("Contoh Penetapan Angka
 * Kredit": Nama, NIP, Nomor Seri KARPEG, Tempat/Tgl. Lahir, Jenis Kelamin, Pangkat/Golongan Ruang/TMT, Jabatan/TMT,
 * Unit Kerja). A field the pegawai does not have is an empty line.
 */
function perorangan(p: PegawaiPak): Blok[] {
  const lahir: Isi =
    p.tempatLahir === undefined && p.tanggalLahir === undefined
      ? [PANJANG]
      : [p.tempatLahir ?? PENDEK, ', ', p.tanggalLahir === undefined ? PENDEK : tanggalPanjang(p.tanggalLahir)];
  const baris: [string, Isi][] = [
    ['Nama', [namaLengkap(p)]],
    ['NIP', [p.nip]],
    ['Nomor Seri KARPEG', isi(p.karpeg)],
    ['Tempat/Tgl. Lahir', lahir],
    ['Jenis Kelamin', isi(p.jenisKelamin === undefined ? undefined : JENIS_KELAMIN[p.jenisKelamin])],
    [
      'Pangkat/Golongan Ruang/TMT',
      [
        `${PANGKAT[p.golongan]}, ${p.golongan} / `,
        p.tmtGolongan === undefined ? PENDEK : tanggalPanjang(p.tmtGolongan),
      ],
    ],
    [
      'Jabatan/TMT',
      [
        `${p.jabatan ?? `Guru ${LABEL_JENJANG[p.jenjang]}`} / `,
        p.tmtJabatan === undefined ? PENDEK : tanggalPanjang(p.tmtJabatan),
      ],
    ],
    ['Unit Kerja', isi(p.unitKerja)],
  ];
  return [
    { jenis: 'subjudul', teks: 'I. KETERANGAN PERORANGAN' },
    {
      jenis: 'tabel',
      kelas: 'perorangan',
      lebar: [9, 58, 107],
      baris: baris.map(([l, v], i) => [sel(String(i + 1), { tengah: true }), sel(l), sel(v)]),
    },
  ];
}

function akhir(d: DokumenPak): Akhir {
  const p = d.penetap;
  const tembusan = d.tembusan ?? [];
  return {
    tembusan: tembusan.length === 0 ? [[PANJANG], [PANJANG], [PANJANG]] : tembusan.map((t) => [t]),
    tempat: isi(d.tempat),
    tanggal: isi(d.tanggal === undefined ? undefined : tanggalPanjang(d.tanggal)),
    jabatan: p?.jabatan ?? 'Pejabat yang berwenang menetapkan angka kredit',
    nama: isi(p?.nama),
    pangkat: isi(p?.pangkat),
    nip: isi(p?.nip),
  };
}

function kepala(d: DokumenPak, baris: readonly string[], masa: string | undefined): Blok[] {
  return [
    { jenis: 'judul', baris },
    { jenis: 'nomor', isi: ['NOMOR: ', ...isi(d.nomor)] },
    {
      jenis: 'kepala',
      kiri: ['Instansi: ', ...isi(d.pegawai.instansi ?? d.instansi)],
      kanan: ['Masa Penilaian: ', ...isi(masa)],
    },
  ];
}

/** The span of several periods: "Januari 2024 s.d. Desember 2025". */
function masaRekam(baris: readonly RekamAngkaKredit[]): string | undefined {
  const a = baris[0];
  const b = baris[baris.length - 1];
  if (a === undefined || b === undefined) return undefined;
  return baris.length === 1
    ? periode(a)
    : `${NAMA_BULAN[a.bulanMulai - 1]} ${a.tahun} s.d. ${NAMA_BULAN[b.bulanAkhir - 1]} ${b.tahun}`;
}

const LEBAR_KONVERSI = [9, 50, 33, 24, 28, 30];
const KEPALA_KONVERSI: readonly Sel[] = [
  sel('No', { tengah: true }),
  sel('Periode', { tengah: true }),
  sel('Predikat', { tengah: true }),
  sel('Persentase', { kanan: true }),
  sel('Koefisien per tahun', { kanan: true }),
  sel('Angka kredit', { kanan: true }),
];

function barisKonversi(r: RekamAngkaKredit, no: number): Sel[] {
  return [
    sel(String(no), { tengah: true }),
    sel(periode(r)),
    sel(LABEL_PREDIKAT[r.predikat]),
    sel(`${String(r.persentase).replace('.', ',')}%`, { kanan: true }),
    sel(ak(r.koefisienTahunan), { kanan: true }),
    sel(ak(r.angkaKredit), { kanan: true }),
  ];
}

function halamanKonversi(d: PakKonversi): Blok[] {
  return [
    ...kepala(d, ['KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT'], periode(d.rekam)),
    ...perorangan(d.pegawai),
    { jenis: 'subjudul', teks: 'II. KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT' },
    { jenis: 'tabel', lebar: LEBAR_KONVERSI, kepala: KEPALA_KONVERSI, baris: [barisKonversi(d.rekam, 1)] },
  ];
}

function halamanAkumulasi(d: PakAkumulasi): Blok[] {
  return [
    ...kepala(d, ['AKUMULASI ANGKA KREDIT'], masaRekam(d.baris)),
    ...perorangan(d.pegawai),
    { jenis: 'subjudul', teks: 'II. AKUMULASI ANGKA KREDIT KONVERSI' },
    {
      jenis: 'tabel',
      lebar: LEBAR_KONVERSI,
      kepala: KEPALA_KONVERSI,
      baris: [
        ...d.baris.map((r, i) => barisKonversi(r, i + 1)),
        [sel('Jumlah angka kredit', { rentang: 5 }), sel(ak(d.total), { kanan: true })],
      ],
      jumlah: true,
    },
  ];
}

function kalimatKenaikan(k: KenaikanPak): Sel[] {
  const tujuan =
    k.jenis === 'pangkat'
      ? `pangkat ${PANGKAT[k.ke]}, ${k.ke}`
      : `jenjang Guru ${LABEL_JENJANG[k.jenjang]} (${PANGKAT[k.ke]}, ${k.ke})`;
  const lebih = k.selisih.startsWith('-') ? `kekurangan ${ak(k.selisih.slice(1))}` : `kelebihan ${ak(k.selisih)}`;
  const predikat =
    k.predikatCukup === null
      ? ''
      : k.predikatCukup
        ? '; predikat terakhir memenuhi'
        : '; predikat terakhir belum memenuhi';
  const lain = k.prasyarat
    .map((p) => ({ 'uji-kompetensi': 'uji kompetensi', formasi: 'formasi', 'masa-kerja': 'masa kerja' })[p])
    .join(', ');
  return [
    sel(`Kenaikan ${tujuan}`),
    sel(ak(k.syarat), { kanan: true }),
    sel(`${k.akCukup ? 'Memenuhi' : 'Belum memenuhi'}, ${lebih}${predikat}. Syarat lain: ${lain}.`),
  ];
}

function halamanPenetapan(d: PakPenetapan): Blok[] {
  const rentang =
    d.konversi.length === 0 ? '' : ` (${d.konversi[0]?.tahun}–${d.konversi[d.konversi.length - 1]?.tahun})`;
  // An AK Integrasi that was not computed (no conventional AK given) is absent, not 0.
  const rincian: [string, string | null][] = [
    ['AK Dasar yang diberikan', d.akDasar],
    ['AK Integrasi (angka kredit sampai 31 Desember 2022)', d.integrasi === null ? null : d.integrasi.akIntegrasi],
    [`AK Konversi predikat kinerja${rentang}`, d.akKonversi],
  ];
  // The next pangkat and the next jenjang, once when they are the same promotion (same golongan, same threshold;
  // every other field follows from those two).
  const sama =
    d.kenaikanJenjang?.ke === d.kenaikanPangkat?.ke && d.kenaikanJenjang?.syarat === d.kenaikanPangkat?.syarat;
  const kenaikan = (sama ? [d.kenaikanPangkat] : [d.kenaikanPangkat, d.kenaikanJenjang]).filter(
    (k): k is KenaikanPak => k !== null,
  );
  return [
    ...kepala(d, ['PENETAPAN ANGKA KREDIT'], masaRekam(d.konversi)),
    ...perorangan(d.pegawai),
    { jenis: 'subjudul', teks: 'II. PENETAPAN ANGKA KREDIT' },
    {
      jenis: 'tabel',
      lebar: [9, 125, 40],
      kepala: [sel('No', { tengah: true }), sel('Uraian', { tengah: true }), sel('Angka kredit', { kanan: true })],
      baris: [
        ...rincian.map(([l, v], i) => [
          sel(String(i + 1), { tengah: true }),
          sel(l),
          sel(v === null ? '— (tidak ada)' : ak(v), { kanan: true }),
        ]),
        [sel(''), sel('Jumlah angka kredit kumulatif dalam jenjang'), sel(ak(d.akKumulatif), { kanan: true })],
      ],
      jumlah: true,
    },
    { jenis: 'subjudul', teks: 'III. KENAIKAN PANGKAT DAN JENJANG' },
    kenaikan.length === 0
      ? { jenis: 'paragraf', teks: 'Pangkat dan jenjang tertinggi: tidak ada kenaikan berikutnya.' }
      : {
          jenis: 'tabel',
          lebar: [62, 30, 82],
          kepala: [
            sel('Kenaikan', { tengah: true }),
            sel('AK kumulatif minimal', { kanan: true }),
            sel('Keterangan', { tengah: true }),
          ],
          baris: kenaikan.map(kalimatKenaikan),
        },
  ];
}

/** The page of one document. */
export function halamanDokumen(d: DokumenPak): Halaman {
  const blok =
    d.jenis === 'konversi' ? halamanKonversi(d) : d.jenis === 'akumulasi' ? halamanAkumulasi(d) : halamanPenetapan(d);
  return { instansi: d.instansi, blok, akhir: akhir(d) };
}

/** The text of the signature block for a wet signature or an electronic one (TTE). */
export const TANDA_TANGAN = {
  /** Above the jabatan in an electronic signature block. */
  tte: 'Ditandatangani secara elektronik oleh:',
  /** The note at the foot of a page signed electronically. */
  catatanTte:
    'Dokumen ini ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara.',
  /** The draft mark of a guru whose rows are not all accepted. */
  draf: 'DRAF: data guru ini belum lengkap; bukan untuk ditandatangani.',
} as const;
