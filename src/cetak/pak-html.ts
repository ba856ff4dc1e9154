import { KinerjaError } from '../core/error';
import { formatAngkaKredit } from '../penilaian/angka-kredit';
import { fromZodIssues } from '../core/zod-issues';
import { parseSalinan } from '../core/salinan';
import { periksaOpsi } from '../core/opsi';
import type { RekamAngkaKredit } from '../penilaian/rekam-ak';
import {
  PakSchema,
  type DokumenPak,
  type KenaikanPak,
  type PakAkumulasi,
  type PakKonversi,
  type PakPenetapan,
  type PegawaiPak,
} from '../pak/schema';
import { html, type Html } from './html';
import { LABEL_JENJANG, LABEL_PREDIKAT, NAMA_BULAN, PANGKAT } from './label';

/**
 * Options of {@link formatPakHtml}.
 *
 * @category Cetak
 * @example
 * import type { OpsiPakHtml } from 'pengelolaan-kinerja/cetak';
 * const opsi: OpsiPakHtml = { judul: 'PAK Guru SMPN 1 Kupang 2026' };
 */
export interface OpsiPakHtml {
  /** The page title (the browser tab and the PDF's title); default from the first document. */
  readonly judul?: string;
  /** Marks every page as a draft ("DRAF", not to be signed): a partial PAK printed for checking. */
  readonly draf?: boolean;
  /** A note written on the page (every page; a list: one per document, `''` for none), e.g. what the reader assumed. */
  readonly catatan?: string | readonly string[];
}

/** A draft's mark: fixed, so that every printed page carries it. */
const GAYA_DRAF =
  '.draf { position: fixed; top: 45%; left: 0; right: 0; text-align: center; font-size: 48pt; font-weight: bold; color: #0003; transform: rotate(-30deg); pointer-events: none; }';

const GAYA = `@page { size: A4; margin: 18mm 18mm 20mm 18mm; }
* { box-sizing: border-box; }
html { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 11pt; color: #000; }
body { margin: 0; }
.halaman { width: 174mm; margin: 0 auto; }
.halaman + .halaman { break-before: page; page-break-before: always; }
h1 { font-size: 12pt; text-align: center; margin: 0; line-height: 1.35; }
.nomor { text-align: center; margin: 2mm 0 5mm; }
h2 { font-size: 11pt; margin: 4mm 0 1.5mm; }
table { width: 100%; border-collapse: collapse; }
td, th { border: 0.3mm solid #000; padding: 0.9mm 2mm; vertical-align: top; }
th { font-weight: bold; text-align: center; }
td.no { width: 9mm; text-align: center; }
td.label { width: 58mm; }
td.angka, th.angka { text-align: right; white-space: nowrap; }
tr.jumlah td { font-weight: bold; }
.catatan { font-size: 9.5pt; margin-top: 2mm; }
.kop { text-align: center; font-weight: bold; text-transform: uppercase; margin: 0 0 3mm; padding-bottom: 2mm; border-bottom: 0.6mm solid #000; }
.kepala { margin: 0 0 2mm; }
.kepala td { border: 0; padding: 0; }
.kepala td.kanan { text-align: right; }
.isian { display: inline-block; min-width: 45mm; height: 1.1em; border-bottom: 0.2mm solid #000; vertical-align: bottom; }
.isian.pendek { min-width: 25mm; }
.akhir { display: flex; justify-content: space-between; align-items: flex-end; gap: 6mm; margin-top: 5mm; break-inside: avoid; }
.ttd { width: 78mm; line-height: 1.4; }
.ttd .ruang { height: 16mm; }
.tembusan { width: 88mm; font-size: 9.5pt; line-height: 1.3; }
.tembusan ol { margin: 0; padding-left: 6mm; }
@media screen { body { background: #ddd; padding: 8mm 0; } .halaman { background: #fff; padding: 18mm; width: 210mm; min-height: 297mm; margin: 0 auto 8mm; } }`;

/** An angka kredit as the PAK shows it: rounded once by the display policy, with a decimal comma. */
function ak(nilai: string): string {
  return formatAngkaKredit(nilai).replace('.', ',');
}

function tanggalPanjang(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${NAMA_BULAN[Number(m) - 1] ?? m} ${y}`;
}

function periode(r: RekamAngkaKredit): string {
  const a = NAMA_BULAN[r.bulanMulai - 1];
  const b = NAMA_BULAN[r.bulanAkhir - 1];
  return r.bulanMulai === r.bulanAkhir ? `${a} ${r.tahun}` : `${a} s.d. ${b} ${r.tahun}`;
}

/** A field the document does not have: an empty line to fill in by hand (never dots standing in for data). */
const KOSONG = html`<span class="isian"></span>`;
const KOSONG_PENDEK = html`<span class="isian pendek"></span>`;

const isi = (v: string | undefined, kosong: Html = KOSONG): Html | string => (v === undefined ? kosong : v);

function judulDokumen(d: DokumenPak, baris: readonly string[], masa: string | undefined): Html {
  return html`${d.instansi === undefined ? '' : html`<p class="kop">${d.instansi}</p>`}<h1>${baris.map((b, i) => html`${i > 0 ? html`<br>` : ''}${b}`)}</h1>
<p class="nomor">NOMOR: ${isi(d.nomor)}</p>
<table class="kepala"><tr><td>Instansi: ${isi(d.pegawai.instansi ?? d.instansi)}</td><td class="kanan">Masa Penilaian: ${isi(masa)}</td></tr></table>`;
}

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

/**
 * "I. Keterangan perorangan", in the order and with the labels of PerBKN 3/2023's lampiran ("Contoh Penetapan Angka
 * Kredit": Nama, NIP, Nomor Seri KARPEG, Tempat/Tgl. Lahir, Jenis Kelamin, Pangkat/Golongan Ruang/TMT, Jabatan/TMT,
 * Unit Kerja; mirror: https://fliphtml5.com/ffcwr/kblm/Peraturan_BKN_Nomor_3_Tahun_2023/48). A field the pegawai does
 * not have is an empty line.
 */
function perorangan(p: PegawaiPak): Html {
  const lahir: Html =
    p.tempatLahir === undefined && p.tanggalLahir === undefined
      ? KOSONG
      : html`${isi(p.tempatLahir, KOSONG_PENDEK)}, ${p.tanggalLahir === undefined ? KOSONG_PENDEK : tanggalPanjang(p.tanggalLahir)}`;
  const baris: [string, Html | string][] = [
    ['Nama', namaLengkap(p)],
    ['NIP', p.nip],
    ['Nomor Seri KARPEG', isi(p.karpeg)],
    ['Tempat/Tgl. Lahir', lahir],
    [
      'Jenis Kelamin',
      p.jenisKelamin === undefined ? KOSONG : p.jenisKelamin === 'laki-laki' ? 'Laki-laki' : 'Perempuan',
    ],
    [
      'Pangkat/Golongan Ruang/TMT',
      html`${PANGKAT[p.golongan]}, ${p.golongan} / ${p.tmtGolongan === undefined ? KOSONG_PENDEK : tanggalPanjang(p.tmtGolongan)}`,
    ],
    [
      'Jabatan/TMT',
      html`${p.jabatan ?? `Guru ${LABEL_JENJANG[p.jenjang]}`} / ${p.tmtJabatan === undefined ? KOSONG_PENDEK : tanggalPanjang(p.tmtJabatan)}`,
    ],
    ['Unit Kerja', isi(p.unitKerja)],
  ];
  return html`<h2>I. KETERANGAN PERORANGAN</h2>
<table>${baris.map(([l, v], i) => html`<tr><td class="no">${i + 1}</td><td class="label">${l}</td><td>${v}</td></tr>`)}</table>`;
}

function tandaTangan(d: DokumenPak): Html {
  const p = d.penetap;
  const tembusan = d.tembusan ?? [];
  return html`<div class="akhir">
<div class="tembusan">
<div><strong>ASLI</strong> Penetapan Angka Kredit untuk: Jabatan Fungsional yang bersangkutan.</div>
<div>Tembusan disampaikan kepada:</div>
<ol>${tembusan.length === 0 ? [1, 2, 3].map(() => html`<li>${KOSONG}</li>`) : tembusan.map((t) => html`<li>${t}</li>`)}</ol>
</div>
<div class="ttd">
<div>Ditetapkan di ${isi(d.tempat)}</div>
<div>pada tanggal ${d.tanggal === undefined ? KOSONG : tanggalPanjang(d.tanggal)}</div>
<div>${p?.jabatan ?? 'Pejabat yang berwenang menetapkan angka kredit'},</div>
<div class="ruang"></div>
<div><strong>${p === undefined ? KOSONG : p.nama}</strong></div>
<div>${p?.pangkat ?? KOSONG}</div>
<div>NIP ${p === undefined ? KOSONG : p.nip}</div>
</div>
</div>`;
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

function barisKonversi(r: RekamAngkaKredit, no: number): Html {
  return html`<tr><td class="no">${no}</td><td>${periode(r)}</td><td>${LABEL_PREDIKAT[r.predikat]}</td><td class="angka">${r.persentase}%</td><td class="angka">${ak(r.koefisienTahunan)}</td><td class="angka">${ak(r.angkaKredit)}</td></tr>`;
}

const KEPALA_KONVERSI = html`<tr><th>No</th><th>Periode</th><th>Predikat</th><th class="angka">Persentase</th><th class="angka">Koefisien per tahun</th><th class="angka">Angka kredit</th></tr>`;

function halamanKonversi(d: PakKonversi): Html {
  return html`${judulDokumen(d, ['KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT'], periode(d.rekam))}
${perorangan(d.pegawai)}
<h2>II. KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT</h2>
<table>${KEPALA_KONVERSI}${barisKonversi(d.rekam, 1)}</table>
<p class="catatan">Angka kredit = koefisien per tahun × persentase predikat × jumlah bulan / 12 (PermenPANRB 1/2023); nilai tepat ${d.rekam.angkaKredit}, dibulatkan sekali untuk tampilan.</p>
${tandaTangan(d)}`;
}

function halamanAkumulasi(d: PakAkumulasi): Html {
  return html`${judulDokumen(d, ['AKUMULASI ANGKA KREDIT'], masaRekam(d.baris))}
${perorangan(d.pegawai)}
<h2>II. AKUMULASI ANGKA KREDIT KONVERSI</h2>
<table>${KEPALA_KONVERSI}${d.baris.map((r, i) => barisKonversi(r, i + 1))}<tr class="jumlah"><td colspan="5">Jumlah angka kredit</td><td class="angka">${ak(d.total)}</td></tr></table>
<p class="catatan">Jumlah dihitung dari nilai tepat tiap baris (${d.total}) lalu dibulatkan sekali.</p>
${tandaTangan(d)}`;
}

function kalimatKenaikan(k: KenaikanPak): Html {
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
  return html`<tr><td>Kenaikan ${tujuan}</td><td class="angka">${ak(k.syarat)}</td><td>${k.akCukup ? 'Memenuhi' : 'Belum memenuhi'}, ${lebih}${predikat}. Syarat lain: ${lain}.</td></tr>`;
}

function halamanPenetapan(d: PakPenetapan): Html {
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
  return html`${judulDokumen(d, ['PENETAPAN ANGKA KREDIT'], masaRekam(d.konversi))}
${perorangan(d.pegawai)}
<h2>II. PENETAPAN ANGKA KREDIT</h2>
<table><tr><th>No</th><th>Uraian</th><th class="angka">Angka kredit</th></tr>
${rincian.map(([l, v], i) => html`<tr><td class="no">${i + 1}</td><td>${l}</td><td class="angka">${v === null ? '— (tidak ada)' : ak(v)}</td></tr>`)}
<tr class="jumlah"><td></td><td>Jumlah angka kredit kumulatif dalam jenjang</td><td class="angka">${ak(d.akKumulatif)}</td></tr></table>
<h2>III. KENAIKAN PANGKAT DAN JENJANG</h2>
${kenaikan.length === 0 ? html`<p>Pangkat dan jenjang tertinggi: tidak ada kenaikan berikutnya.</p>` : html`<table><tr><th>Kenaikan</th><th class="angka">AK kumulatif minimal</th><th>Keterangan</th></tr>${kenaikan.map(kalimatKenaikan)}</table>`}
<p class="catatan">Menurut ketentuan ${d.ketentuan}; angka dibulatkan sekali untuk tampilan dari nilai tepat (jumlah ${d.akKumulatif}).</p>
${tandaTangan(d)}`;
}

function halaman(d: DokumenPak, catatan?: string): Html {
  const isi =
    d.jenis === 'konversi' ? halamanKonversi(d) : d.jenis === 'akumulasi' ? halamanAkumulasi(d) : halamanPenetapan(d);
  return html`<section class="halaman">
${
  catatan
    ? html`<p class="catatan asumsi"><strong>Catatan:</strong> ${catatan}</p>
`
    : ''
}${isi}
</section>
`;
}

/**
 * The print-ready HTML of PAK documents (`PakKonversi`, `PakAkumulasi`, `PakPenetapan` from the main entry): one A4
 * page per document in the layout of PerBKN 3/2023's lampiran forms (the issuing instansi, nomor, instansi and masa
 * penilaian; "Keterangan perorangan": nama with gelar, NIP, nomor seri Karpeg, tempat/tanggal lahir, jenis kelamin,
 * pangkat/golongan ruang/TMT, jabatan/TMT, unit kerja; the figures; the signature block with the penetap's name,
 * pangkat and NIP; the tembusan), a page break between documents, no script, no network, no external font. A field
 * the document does not carry prints as an empty line to fill in by hand; an AK Integrasi that was not computed
 * prints as absent ("— (tidak ada)"), not as 0. Every value from the documents is escaped.
 * Angka kredit are rounded once by the display policy (2 decimals, half-up) with a decimal comma; the exact value is
 * printed alongside. Throws `KinerjaError` `argumen-tidak-valid` (with the schema issues) for anything that is
 * not a PAK document.
 *
 * @param dokumen - One PAK document or several (`PakKonversi`, `PakAkumulasi`, `PakPenetapan`).
 * @param opsi - The language and the page options.
 * @returns A complete HTML page, one A4 page per document; throws `KinerjaError` `argumen-tidak-valid` for a value that
 *   is not a PAK document.
 * @category Cetak
 * @example
 * import { formatPakHtml } from 'pengelolaan-kinerja/cetak';
 * const d = unwrap(createPakKonversi({
 *   pegawai: { nama: 'Siti <Aminah>', nip: '198701012010012001', golongan: 'III/c' },
 *   rekam: createRekamAngkaKredit({ tahun: 2025, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-muda', predikat: 'sangat-baik' }),
 * }));
 * const page = formatPakHtml(d);
 * page.startsWith('<!doctype html>'); //=> true
 * page.includes('Siti &lt;Aminah&gt;'); //=> true
 * page.includes('37,50');             //=> true
 * page.includes('<td class="label">Nomor Seri KARPEG</td><td><span class="isian"></span></td>'); //=> true
 */
export function formatPakHtml(dokumen: DokumenPak | readonly DokumenPak[], opsi?: OpsiPakHtml): string {
  const { judul, draf, catatan } = periksaOpsi(opsi, 'formatPakHtml', ['judul', 'draf', 'catatan']);
  if (judul !== undefined && typeof judul !== 'string') {
    throw new KinerjaError('argumen-tidak-valid', 'opsi.judul harus berupa teks.', 'opsi.judul must be a string.');
  }
  if (
    catatan !== undefined &&
    typeof catatan !== 'string' &&
    !(Array.isArray(catatan) && catatan.every((c) => typeof c === 'string'))
  )
    throw new KinerjaError(
      'argumen-tidak-valid',
      'opsi.catatan harus teks atau daftar teks.',
      'opsi.catatan must be a text or a list of texts.',
    );
  const daftar: readonly unknown[] = Array.isArray(dokumen) ? dokumen : [dokumen];
  if (daftar.length === 0)
    throw new KinerjaError(
      'argumen-tidak-valid',
      'Berikan paling sedikit satu dokumen PAK.',
      'Give at least one PAK document.',
    );
  const sah = daftar.map((d, i) => {
    const r = parseSalinan(PakSchema, d);
    if (!r.success) {
      throw new KinerjaError(
        'argumen-tidak-valid',
        `Dokumen ${i} bukan dokumen PAK yang valid.`,
        `Document ${i} is not a valid PAK document.`,
        fromZodIssues(r.error.issues, Array.isArray(dokumen) ? [i] : []),
      );
    }
    return r.data;
  });
  const pertama = sah[0] as DokumenPak;
  const teksJudul = judul ?? `PAK ${pertama.jenis} ${pertama.pegawai.nama} ${pertama.pegawai.nip}`;
  return html`<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>${teksJudul}</title>
<style>${GAYA}</style>
${
  draf === true
    ? html`<style>${GAYA_DRAF}</style>
`
    : ''
}</head>
<body>
${
  draf === true
    ? html`<div class="draf">DRAF: belum lengkap, bukan untuk ditandatangani</div>
`
    : ''
}${sah.map((d, i) => halaman(d, typeof catatan === 'string' ? catatan : catatan?.[i]))}</body>
</html>
`.isi;
}
