import { Html, html } from './html';
import { jenisGambar, type KopSurat } from './kop-surat';
import { periksaCetakan, type OpsiPakHtml } from './opsi-cetak';
import {
  TANDA_TANGAN,
  halamanDokumen,
  type Akhir,
  type Blok,
  type Halaman,
  type Isi,
  type Potong,
  type Sel,
} from './tata-letak';
import type { DokumenPak } from '../pak/schema';

export type { OpsiPakHtml } from './opsi-cetak';

const GAYA = `@page { size: A4; margin: 18mm 18mm 20mm 18mm; }
* { box-sizing: border-box; }
html { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 11pt; color: #000; }
body { margin: 0; }
.halaman { width: 174mm; margin: 0 auto; }
.halaman + .halaman { break-before: page; page-break-before: always; }
h1 { font-size: 12pt; text-align: center; margin: 0; line-height: 1.35; }
.nomor { text-align: center; margin: 1mm 0 3mm; }
h2 { font-size: 11pt; margin: 3mm 0 1mm; }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt; }
td, th { border: 0.3mm solid #000; padding: 0.6mm 2mm; vertical-align: top; }
th { font-weight: bold; text-align: center; }
td.no { width: 9mm; text-align: center; }
td.label { width: 58mm; }
td.angka, th.angka { text-align: right; white-space: nowrap; }
tr.jumlah td { font-weight: bold; }
.catatan { font-size: 9.5pt; margin-top: 2mm; }
.catatan.asumsi { border: 0.3mm solid #000; padding: 1mm 2mm; margin: 0 0 3mm; }
.kop { text-align: center; font-weight: bold; text-transform: uppercase; margin: 0 0 3mm; padding-bottom: 2mm; border-bottom: 0.6mm solid #000; }
.kop-surat { display: flex; align-items: center; gap: 4mm; margin: 0 0 3mm; padding-bottom: 2mm; border-bottom: 1.6mm double #000; }
.kop-surat .logo { width: 20mm; height: 22mm; object-fit: contain; flex: none; }
.kop-teks { flex: 1; text-align: center; line-height: 1.2; }
.kop-surat .logo + .kop-teks { margin-right: 20mm; }
.kop-teks .pemerintah { font-size: 13pt; font-weight: bold; text-transform: uppercase; }
.kop-teks .instansi { font-size: 15pt; font-weight: bold; text-transform: uppercase; }
.kop-teks .alamat { font-size: 9.5pt; }
div.draf { border: 0.5mm solid #000; padding: 1.5mm 3mm; margin: 0 0 3mm; font-weight: bold; text-align: center; }
.halaman.draf { position: relative; }
.halaman.draf::after { content: "DRAF"; position: absolute; top: 40%; left: 0; right: 0; text-align: center; font-size: 90pt; font-weight: bold; color: rgba(0, 0, 0, 0.12); transform: rotate(-30deg); pointer-events: none; }
.catatan-tte { font-size: 8.5pt; margin-top: 6mm; border-top: 0.2mm solid #000; padding-top: 1mm; }
.kepala { margin: 0 0 2mm; }
.kepala td { border: 0; padding: 0; }
.kepala td.kanan { text-align: right; }
.isian { display: inline-block; min-width: 45mm; height: 1.1em; border-bottom: 0.2mm solid #000; vertical-align: bottom; }
.isian.pendek { min-width: 25mm; }
.akhir { display: flex; justify-content: space-between; align-items: flex-end; gap: 6mm; margin-top: 3mm; break-inside: avoid; }
.ttd { width: 78mm; line-height: 1.3; }
.ttd .ruang { height: 15mm; }
.ttd.tte .ruang { height: 20mm; }
.tembusan { width: 88mm; font-size: 9.5pt; line-height: 1.3; }
.tembusan ol { margin: 0; padding-left: 6mm; }
@media screen { body { background: #ddd; padding: 8mm 0; } .halaman { background: #fff; padding: 18mm; width: 210mm; min-height: 297mm; margin: 0 auto 8mm; } }`;

/** The stylesheet as it goes inside `<style>`: CSS, not HTML text (a character reference there is not decoded). */
const GAYA_HTML = new Html(GAYA);

/** The bytes of a file as base64, for a `data:` URL (no Buffer: this runs in the browser too). */
function base64(data: Uint8Array): string {
  let biner = '';
  for (let i = 0; i < data.length; i += 0x8000) biner += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(biner);
}

const MIME = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml' } as const;

function potong(p: Potong): Html | string {
  return typeof p === 'string'
    ? p
    : p.isian === 'pendek'
      ? html`<span class="isian pendek"></span>`
      : html`<span class="isian"></span>`;
}
const teks = (i: Isi): Html => html`${i.map(potong)}`;

/**
 * The letterhead of the Tata Naskah Dinas: the logo at the left, the government line, the instansi, the address and
 * contacts centred, a rule under them. Without any of those, the document's instansi alone.
 */
function kopHtml(kop: KopSurat | undefined, instansi: string | undefined, logo: Html | null): Html {
  const nama = kop?.instansi ?? instansi;
  const kontak = [
    kop?.telepon === undefined ? null : `Telepon ${kop.telepon}`,
    kop?.laman === undefined ? null : `Laman ${kop.laman}`,
    kop?.email === undefined ? null : `Pos-el ${kop.email}`,
  ].filter((x): x is string => x !== null);
  if (
    kop === undefined ||
    (kop.pemerintah === undefined && kop.alamat === undefined && kontak.length === 0 && logo === null)
  ) {
    return nama === undefined ? html`` : html`<p class="kop">${nama}</p>`;
  }
  return html`<header class="kop-surat">${logo ?? ''}<div class="kop-teks">${kop.pemerintah === undefined ? '' : html`<div class="pemerintah">${kop.pemerintah}</div>`}${nama === undefined ? '' : html`<div class="instansi">${nama}</div>`}${kop.alamat === undefined ? '' : html`<div class="alamat">${kop.alamat}</div>`}${kontak.length === 0 ? '' : html`<div class="alamat">${kontak.join(', ')}</div>`}</div></header>`;
}

function selHtml(s: Sel, tag: 'td' | 'th', kelas: string | undefined): Html {
  const k = [kelas, s.kanan === true ? 'angka' : undefined].filter((x) => x !== undefined).join(' ');
  const atribut = html`${k === '' ? '' : html` class="${k}"`}${s.rentang === undefined ? '' : html` colspan="${s.rentang}"`}`;
  return tag === 'th' ? html`<th${atribut}>${teks(s.isi)}</th>` : html`<td${atribut}>${teks(s.isi)}</td>`;
}

function blokHtml(b: Blok): Html {
  switch (b.jenis) {
    case 'judul':
      return html`<h1>${b.baris.map((x, i) => html`${i > 0 ? html`<br>` : ''}${x}`)}</h1>`;
    case 'nomor':
      return html`<p class="nomor">${teks(b.isi)}</p>`;
    case 'kepala':
      return html`<table class="kepala"><tr><td>${teks(b.kiri)}</td><td class="kanan">${teks(b.kanan)}</td></tr></table>`;
    case 'subjudul':
      return html`<h2>${b.teks}</h2>`;
    case 'paragraf':
      return html`<p>${b.teks}</p>`;
    case 'tabel': {
      const kelasSel = (j: number, s: Sel): string | undefined =>
        b.kelas === 'perorangan' && j === 1 ? 'label' : s.tengah === true && j === 0 ? 'no' : undefined;
      const baris = b.baris.map(
        (r, i) =>
          html`<tr${b.jumlah === true && i === b.baris.length - 1 ? html` class="jumlah"` : ''}>${r.map((s, j) => selHtml(s, 'td', kelasSel(j, s)))}</tr>`,
      );
      return html`<table>${b.kepala === undefined ? '' : html`<tr>${b.kepala.map((s) => selHtml({ ...s, tengah: false }, 'th', undefined))}</tr>`}${baris}</table>`;
    }
  }
}

function akhirHtml(a: Akhir, tte: boolean): Html {
  return html`<div class="akhir">
<div class="tembusan">
<div><strong>ASLI</strong> Penetapan Angka Kredit untuk: Jabatan Fungsional yang bersangkutan.</div>
<div>Tembusan disampaikan kepada:</div>
<ol>${a.tembusan.map((t) => html`<li>${teks(t)}</li>`)}</ol>
</div>
<div class="ttd${tte ? ' tte' : ''}">
<div>Ditetapkan di ${teks(a.tempat)}</div>
<div>pada tanggal ${teks(a.tanggal)}</div>
${
  tte
    ? html`<div>${TANDA_TANGAN.tte}</div>
`
    : ''
}<div>${a.jabatan},</div>
<div class="ruang"></div>
<div><strong>${teks(a.nama)}</strong></div>
<div>${teks(a.pangkat)}</div>
<div>NIP ${teks(a.nip)}</div>
</div>
</div>${
    tte
      ? html`
<p class="catatan-tte">${TANDA_TANGAN.catatanTte}</p>`
      : ''
  }`;
}

function halamanHtml(
  h: Halaman,
  o: { kop: KopSurat | undefined; logo: Html | null; tte: boolean; draf: boolean },
  catatan: string,
): Html {
  return html`<section class="halaman${o.draf ? ' draf' : ''}">
${
  o.draf
    ? html`<div class="draf">${TANDA_TANGAN.draf}</div>
`
    : ''
}${kopHtml(o.kop, h.instansi, o.logo)}${
  catatan === ''
    ? ''
    : html`<p class="catatan asumsi"><strong>Catatan:</strong> ${catatan}</p>
`
}${h.blok.map(blokHtml)}
${akhirHtml(h.akhir, o.tte)}
</section>
`;
}

/**
 * The print-ready HTML of PAK documents (`PakKonversi`, `PakAkumulasi`, `PakPenetapan` from the main entry): one A4
 * page per document in the layout of PerBKN 3/2023's lampiran forms, under the letterhead of the Tata Naskah Dinas
 * (`opsi.kop`: the logo, the government line, the instansi, the address and contacts, a rule under them): the nomor,
 * instansi and masa penilaian; "Keterangan perorangan" (nama with gelar, NIP, nomor seri Karpeg, tempat/tanggal
 * lahir, jenis kelamin, pangkat/golongan ruang/TMT, jabatan/TMT, unit kerja); the figures; the tembusan and the
 * signature block for a wet or an electronic signature (`opsi.tandaTangan`). A page break between documents, no
 * script, no network, no external font; the logo is embedded. A field the document does not carry prints as an
 * empty line to fill in by hand; an AK Integrasi that was not computed prints as absent ("— (tidak ada)"), not as 0.
 * Every value from the documents is escaped. Angka kredit are rounded once by the display policy (2 decimals,
 * half-up) with a decimal comma; nothing else (no exact value, no rule-set id) is printed on the document. Throws
 * `KinerjaError` `argumen-tidak-valid` (with the schema issues) for anything that is not a PAK document, and for a
 * logo that is not a PNG, JPEG or SVG.
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
  const c = periksaCetakan(dokumen, opsi, 'formatPakHtml');
  const data = c.kop?.logo?.data;
  const jenis = data === undefined ? null : jenisGambar(data);
  const logo =
    data === undefined || jenis === null
      ? null
      : html`<img class="logo" alt="Logo" src="data:${MIME[jenis]};base64,${base64(data)}">`;
  const o = { kop: c.kop, logo, tte: c.tte, draf: c.draf };
  return html`<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>${c.judul}</title>
<style>${GAYA_HTML}</style>
</head>
<body>
${c.dokumen.map((d, i) => halamanHtml(halamanDokumen(d), o, c.catatan[i] ?? ''))}</body>
</html>
`.isi;
}
