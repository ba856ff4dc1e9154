// The operator's file check, loaded only when the operator opens it (its own chunk; the reader, the XLSX code and the
// ZIP code are in the worker's chunks). Drop a CSV or XLSX: the worker reads and checks it with the package's reader
// and the library; the page shows the rows, the refusals with line, column and message, the summary per unit kerja,
// and offers every output in one ZIP. Nothing is uploaded: the file's bytes go from the file picker to the worker.
import { MEDAN_BERKAS, type PetaKolom } from 'pengelolaan-kinerja/berkas';
import { el, medan, pilihan, unduh } from './dom';
import { labelMedan } from './medan';
import type { BarisGuru, BarisTabel, HasilOlah, Jawaban, KolomKurang, Permintaan, StatusBaris } from './protokol';
import { getBahasa } from './teks';

const ID = {
  judul: 'Periksa berkas operator',
  pengantar:
    'Letakkan berkas CSV atau XLSX dinas (ekspor SIASN, e-Kinerja, atau templat sendiri). Berkas diperiksa sama seperti oleh program baris perintah pengelolaan-kinerja: hasil per guru (angka kredit, lengkap atau ditunda dengan alasannya), baris yang ditolak dengan nomor baris, kolom dan pesannya, ringkasan per unit kerja, halaman PAK dan isian SIASN.',
  privasi: 'Berkas dibaca di perangkat ini dan tidak diunggah ke mana pun.',
  pilih: 'Pilih berkas CSV atau XLSX',
  seret: 'atau seret berkas ke kotak ini.',
  membaca: 'Membaca {n}…',
  kemajuan: 'Kemajuan membaca berkas',
  dibaca: '{p}% dibaca',
  selesai: 'Selesai: {n} baris data diperiksa.',
  ditolakJudul: 'Berkas tidak dapat dibaca',
  ringkasan: 'Ringkasan',
  barisData: 'baris data',
  diterima: 'diterima',
  ditolak: 'ditolak',
  siasnDilewati: 'tanpa isian SIASN',
  guru: 'guru',
  pak: 'halaman PAK',
  siasn: 'isian SIASN',
  dialek: 'Bentuk berkas (keluaran ditulis sama)',
  kolomDipakai: 'Kolom dipakai',
  kolomDiabaikan: 'Kolom diabaikan',
  tidakAda: 'tidak ada',
  unitJudul: 'Per unit kerja',
  unit: 'Unit kerja',
  baris: 'Baris',
  akKonversi: 'AK konversi',
  memenuhiPangkat: 'AK cukup untuk pangkat',
  memenuhiJenjang: 'AK cukup untuk jenjang',
  unduhJudul: 'Unduh keluaran',
  unduh: 'Unduh semua keluaran (ZIP)',
  isiZip: 'Isi ZIP: {x}',
  tabelJudul: 'Baris berkas',
  saring: 'Cari (NIP, nama, unit, pesan)',
  status: 'Tampilkan',
  kolomStatus: 'Status',
  semua: 'Semua',
  statusDiterima: 'Diterima',
  statusDitolak: 'Ditolak',
  statusSiasn: 'Diterima, tanpa isian SIASN',
  kolom: 'Kolom',
  nilai: 'Nilai tertulis',
  pesan: 'Pesan',
  nip: 'NIP',
  nama: 'Nama',
  ak: 'AK',
  urutkan: 'Urutkan menurut {k}',
  halaman: 'Baris {a}–{b} dari {n}',
  sebelumnya: 'Sebelumnya',
  berikutnya: 'Berikutnya',
  galatPekerja: 'Pemeriksa berkas berhenti tanpa hasil. Muat ulang halaman lalu coba lagi.',
  petaJudul: 'Petakan kolom',
  petaPengantar:
    'Pilih kolom berkas untuk tiap data, lalu periksa lagi. Peta kolom dapat diunduh dan dipakai lagi untuk berkas berikutnya dengan program baris perintah.',
  petaPilih: '— pilih kolom —',
  petaPeriksa: 'Periksa lagi dengan peta kolom ini',
  petaUnduh: 'Unduh peta kolom (JSON)',
  tabel: 'Tabel',
  tahapBaca: 'Membaca berkas',
  tahapBaris: 'Memeriksa baris',
  tahapGuru: 'Menghitung PAK per guru',
  tahapTabel: 'Menyusun tabel',
  tahapZip: 'Membuat ZIP',
  tahapBarisN: 'Memeriksa baris: {p}%',
  tahapGuruN: 'Menghitung PAK per guru: {n} halaman',
  guruJudul: 'Hasil per guru',
  guruSaring: 'Cari (NIP, nama, unit kerja)',
  statusLengkap: 'Lengkap',
  statusDitunda: 'Ditunda',
  akIntegrasiDasar: 'AK integrasi / dasar',
  akJumlah: 'Jumlah AK',
  keterangan: 'Status dan alasan',
  pangkatBerikut: 'Menuju pangkat berikut',
  jenjangBerikut: 'Menuju jenjang berikut',
  kurang: 'kurang {x}',
  lebih: 'cukup, lebih {x}',
  dokumen: 'PAK',
  bukaPak: 'Buka PAK {n}',
  barisKe: 'baris {b}',
  petaSemua: 'Petakan kolom (semua data)',
  petaTidakDipakai: '— tidak dipakai —',
  tutup: 'Tutup',
  denganPdf: 'Buat juga PDF PAK tiap guru (dibuat setelah tabel; berkas besar: beberapa menit)',
  pdfJalan: 'Membuat PDF per guru: {n} dari {t}',
  pdfSelesai: 'PDF per guru: {n} dibuat.',
  pdfGagal: 'PDF tidak dapat dibuat. ZIP berisi keluaran lainnya; muat ulang halaman lalu coba lagi untuk PDF.',
} as const;

const EN: Record<keyof typeof ID, string> = {
  judul: "Operator's file check",
  pengantar:
    "Drop the dinas's CSV or XLSX file (a SIASN or e-Kinerja export, or your own template). It is checked as the pengelolaan-kinerja command line checks it: results per teacher (angka kredit, complete or on hold with the reason), refused rows with line, column and message, the summary per unit kerja, PAK pages and SIASN bodies.",
  privasi: 'The file is read on this device and is not uploaded anywhere.',
  pilih: 'Choose a CSV or XLSX file',
  seret: 'or drag a file onto this box.',
  membaca: 'Reading {n}…',
  kemajuan: 'Progress reading the file',
  dibaca: '{p}% read',
  selesai: 'Done: {n} data rows checked.',
  ditolakJudul: 'The file cannot be read',
  ringkasan: 'Summary',
  barisData: 'data rows',
  diterima: 'accepted',
  ditolak: 'refused',
  siasnDilewati: 'without SIASN body',
  guru: 'teachers',
  pak: 'PAK pages',
  siasn: 'SIASN bodies',
  dialek: 'How the file is written (outputs follow it)',
  kolomDipakai: 'Columns used',
  kolomDiabaikan: 'Columns ignored',
  tidakAda: 'none',
  unitJudul: 'Per unit kerja',
  unit: 'Unit kerja',
  baris: 'Line',
  akKonversi: 'AK konversi',
  memenuhiPangkat: 'AK enough for pangkat',
  memenuhiJenjang: 'AK enough for jenjang',
  unduhJudul: 'Download the outputs',
  unduh: 'Download every output (ZIP)',
  isiZip: 'In the ZIP: {x}',
  tabelJudul: 'Rows of the file',
  saring: 'Search (NIP, name, unit, message)',
  status: 'Show',
  kolomStatus: 'Status',
  semua: 'All',
  statusDiterima: 'Accepted',
  statusDitolak: 'Refused',
  statusSiasn: 'Accepted, without SIASN body',
  kolom: 'Column',
  nilai: 'Value as written',
  pesan: 'Message',
  nip: 'NIP',
  nama: 'Name',
  ak: 'AK',
  urutkan: 'Sort by {k}',
  halaman: 'Rows {a}–{b} of {n}',
  sebelumnya: 'Previous',
  berikutnya: 'Next',
  galatPekerja: 'The file checker stopped without a result. Reload the page and try again.',
  petaJudul: 'Map the columns',
  petaPengantar:
    "Choose the file's column for each field, then check again. The column map can be downloaded and used again for the next file with the command line.",
  petaPilih: '— choose a column —',
  petaPeriksa: 'Check again with this column map',
  petaUnduh: 'Download the column map (JSON)',
  tabel: 'Table',
  tahapBaca: 'Reading the file',
  tahapBaris: 'Checking rows',
  tahapGuru: 'Computing PAK per teacher',
  tahapTabel: 'Building tables',
  tahapZip: 'Making the ZIP',
  tahapBarisN: 'Checking rows: {p}%',
  tahapGuruN: 'Computing PAK per teacher: {n} pages',
  guruJudul: 'Results per teacher',
  guruSaring: 'Search (NIP, name, work unit)',
  statusLengkap: 'Complete',
  statusDitunda: 'On hold',
  akIntegrasiDasar: 'AK integrasi / dasar',
  akJumlah: 'Total AK',
  keterangan: 'Status and reason',
  pangkatBerikut: 'To the next pangkat',
  jenjangBerikut: 'To the next jenjang',
  kurang: 'short by {x}',
  lebih: 'enough, {x} over',
  dokumen: 'PAK',
  bukaPak: 'Open the PAK of {n}',
  barisKe: 'line {b}',
  petaSemua: 'Map the columns (every field)',
  petaTidakDipakai: '— not used —',
  tutup: 'Close',
  denganPdf: "Make each teacher's PAK as PDF too (made after the tables; a large file: a few minutes)",
  pdfJalan: 'Making the PDF per teacher: {n} of {t}',
  pdfSelesai: 'PDF per teacher: {n} made.',
  pdfGagal: 'The PDFs could not be made. The ZIP holds the other outputs; reload the page and try again for the PDFs.',
};

function t(k: keyof typeof ID, isi: Record<string, string> = {}): string {
  return (getBahasa() === 'en' ? EN[k] : ID[k]).replace(/\{(\w+)\}/g, (m, x: string) => isi[x] ?? m);
}

const PER_HALAMAN = 100;
let pekerja: Worker | null = null;
/**
 * A worker made ahead, while the view waits for a file: its module is fetched, compiled and run before the file is
 * given. Made when the file is given, that work took a core for about 0,2 s, and the page's answer to a key with it.
 */
let siaga: Worker | null = null;

const buatPekerja = () => new Worker(new URL('./pekerja.ts', import.meta.url), { type: 'module' });

/** The next run's worker, made when the page is idle (a worker that fails to load is dropped, and made again). */
function siapkanPekerja(): void {
  const buat = () => {
    if (siaga !== null) return;
    const w = buatPekerja();
    w.onerror = () => {
      if (siaga === w) siaga = null;
    };
    siaga = w;
  };
  if ('requestIdleCallback' in window) requestIdleCallback(buat, { timeout: 1000 });
  else setTimeout(buat, 200);
}

/** The worker made ahead, or a new one. */
function ambilPekerja(): Worker {
  const w = siaga ?? buatPekerja();
  siaga = null;
  return w;
}
/** The last run as the page holds it: the summary, the per-guru lines, and the per-row lines once they have come. */
interface Tampilan {
  readonly h: HasilOlah;
  readonly perGuru: BarisGuru[];
  readonly tabel: BarisTabel[];
  /** Every per-row line has come. */
  lengkap: boolean;
}
let hasil: Tampilan | null = null;
let berjalan = false;
let berkasTerakhir: File | null = null;

/** A figure of the run with the language's decimal mark (the worker gives the library's exact decimal). */
const angka = (x: string) => (getBahasa() === 'id' ? x.replace('.', ',') : x);
/** One collator for every sort: `localeCompare(x, 'id')` would build one per comparison (seconds on 10 000 rows). */
const banding = new Intl.Collator('id').compare;
const nomor = (x: string) => (x === '' ? Number.NEGATIVE_INFINITY : Number(x));

function labelStatus(s: StatusBaris): string {
  return s === 'diterima' ? t('statusDiterima') : s === 'ditolak' ? t('statusDitolak') : t('statusSiasn');
}

interface Kolom<T> {
  readonly k: string;
  readonly l: string;
  readonly angka?: boolean;
  /** The value sorted on. */
  readonly nilai: (x: T) => string | number;
  /** The cell's content (default: the value). */
  readonly isi?: (x: T) => Node | string;
  readonly kelas?: (x: T) => string | null;
}

interface OpsiTabel<T> {
  readonly id: string;
  readonly judul: string;
  readonly baris: readonly T[];
  readonly kolom: readonly Kolom<T>[];
  readonly cari: (x: T) => string;
  readonly saringLabel: string;
  readonly status?: { readonly pilihan: readonly (readonly [string, string])[]; readonly nilai: (x: T) => string };
  readonly atribut: (x: T) => Record<string, string | number>;
  readonly urutAwal: string;
  /** Print every row, not the page on screen (the per-guru table). */
  readonly cetakSemua?: boolean;
}

/** Rows added to a table per frame: each frame builds and lays out a few rows, so input is answered between them. */
const PER_BINGKAI = 20;

/** The next frame (or, in a hidden tab where frames do not come, the next task). */
const bingkaiBerikut = (f: () => void) =>
  document.hidden ? void setTimeout(f, 0) : void requestAnimationFrame(() => f());

/** After the tasks queued now and the next frame (its layout and paint): a frame's callbacks run before its layout. */
const setelahGambar = (f: () => void) => setTimeout(() => bingkaiBerikut(() => setTimeout(f, 0)), 0);

/**
 * Each row's sort key for one column, computed once: a number as it is, a text by its rank among the column's
 * distinct values in Indonesian collation. A sort then compares numbers (a collator over 10 000 texts on every click
 * would hold the page for a tenth of a second).
 */
function kunciUrut<T>(baris: readonly T[], kol: Kolom<T>): Map<T, number> {
  const nilai = baris.map((b) => kol.nilai(b));
  const kunci = new Map<T, number>();
  if (nilai.every((x) => typeof x === 'number')) {
    baris.forEach((b, i) => kunci.set(b, nilai[i] as number));
    return kunci;
  }
  const teks = nilai.map(String);
  // In code-unit order first (fast, and for most names close to the collation), so the collator's sort only mends it:
  // a sort of a nearly sorted array compares each value about once.
  const beda = [...new Set(teks)].map((x) => [x.toLowerCase(), x] as const);
  beda.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const peringkat = new Map(
    beda
      .map((x) => x[1])
      .sort(banding)
      .map((x, i) => [x, i]),
  );
  baris.forEach((b, i) => kunci.set(b, peringkat.get(teks[i]!)!));
  return kunci;
}

/**
 * A table to search, filter by status and sort (buttons in the headers, aria-sort), in pages of 100. The page's rows
 * are added a few per frame (`aria-busy` on the table meanwhile; every row at once when printing).
 */
function tabelCari<T>(o: OpsiTabel<T>): HTMLElement {
  let urut = { k: o.urutAwal, naik: true };
  let saring = '';
  let status = '';
  let halaman = 0;
  let semuaHalaman = false;
  let giliran = 0;
  const kunci = new Map<string, Map<T, number>>();
  const kunciKolom = (kol: Kolom<T>) => {
    const k = kunci.get(kol.k) ?? kunciUrut(o.baris, kol);
    kunci.set(kol.k, k);
    return k;
  };
  let teksCari: string[] | null = null;
  const tbody = el('tbody');
  const thead = el('thead');
  const tabel = el('table', { id: `tabel-${o.id}` }, thead, tbody);
  const info = el('p', { role: 'status', id: `${o.id}-info` });
  const sebelum = el(
    'button',
    { type: 'button', id: `${o.id}-sebelumnya`, onclick: () => ((halaman -= 1), gambar()) },
    t('sebelumnya'),
  );
  const sesudah = el(
    'button',
    { type: 'button', id: `${o.id}-berikutnya`, onclick: () => ((halaman += 1), gambar()) },
    t('berikutnya'),
  );
  const barisTr = (b: T) =>
    el(
      'tr',
      o.atribut(b),
      o.kolom.map((c) =>
        el(
          'td',
          { class: [c.angka === true ? 'angka' : '', c.kelas?.(b) ?? ''].join(' ').trim() || null },
          c.isi === undefined ? String(c.nilai(b)) : c.isi(b),
        ),
      ),
    );
  /** The rows on screen: the first few now, the rest a few per frame; a newer drawing stops an older one. */
  function isiBaris(tampil: readonly T[]): void {
    const ini = ++giliran;
    tbody.replaceChildren();
    let i = 0;
    const langkah = () => {
      if (ini !== giliran) return;
      const n = semuaHalaman ? tampil.length : PER_BINGKAI;
      tbody.append(...tampil.slice(i, i + n).map(barisTr));
      i += n;
      if (i < tampil.length) bingkaiBerikut(langkah);
      else tabel.removeAttribute('aria-busy');
    };
    tabel.setAttribute('aria-busy', 'true');
    langkah();
  }
  function tersaring(): T[] {
    const q = saring.trim().toLowerCase();
    teksCari ??= q === '' ? null : o.baris.map((b) => o.cari(b).toLowerCase());
    if (q === '' && status === '') return [...o.baris];
    return o.baris.filter(
      (b, i) => (status === '' || o.status?.nilai(b) === status) && (q === '' || teksCari![i]!.includes(q)),
    );
  }
  function gambar(): void {
    const daftar = tersaring();
    const kol = o.kolom.find((c) => c.k === urut.k) ?? o.kolom[0]!;
    const k = kunciKolom(kol);
    // Ties by the first column, its keys computed at the first tie only.
    let k0: Map<T, number> | undefined;
    const seri = (a: T, b: T) => {
      k0 ??= kunciKolom(o.kolom[0]!);
      return k0.get(a)! - k0.get(b)!;
    };
    const arah = urut.naik ? 1 : -1;
    daftar.sort((a, b) => (k.get(a)! - k.get(b)!) * arah || seri(a, b));
    const n = daftar.length;
    halaman = Math.max(0, Math.min(halaman, Math.ceil(n / PER_HALAMAN) - 1));
    const awal = semuaHalaman ? 0 : halaman * PER_HALAMAN;
    const tampil = semuaHalaman ? daftar : daftar.slice(awal, awal + PER_HALAMAN);
    thead.replaceChildren(
      el(
        'tr',
        {},
        o.kolom.map((c) =>
          el(
            'th',
            {
              scope: 'col',
              class: c.angka === true ? 'angka' : null,
              'aria-sort': urut.k === c.k ? (urut.naik ? 'ascending' : 'descending') : null,
            },
            el(
              'button',
              {
                type: 'button',
                class: 'urut',
                'data-kolom': c.k,
                'aria-label': t('urutkan', { k: c.l }),
                onclick: () => ((urut = { k: c.k, naik: urut.k === c.k ? !urut.naik : true }), (halaman = 0), gambar()),
              },
              c.l,
              el('span', { class: 'panah', 'aria-hidden': 'true' }, urut.k === c.k ? (urut.naik ? ' ▲' : ' ▼') : ''),
            ),
          ),
        ),
      ),
    );
    isiBaris(tampil);
    info.textContent =
      n === 0
        ? t('halaman', { a: '0', b: '0', n: '0' })
        : t('halaman', { a: String(awal + 1), b: String(awal + tampil.length), n: String(n) });
    sebelum.disabled = halaman === 0;
    sesudah.disabled = awal + PER_HALAMAN >= n;
  }
  if (o.cetakSemua === true) {
    window.addEventListener('beforeprint', () => ((semuaHalaman = true), gambar()));
    window.addEventListener('afterprint', () => ((semuaHalaman = false), gambar()));
  }
  const cari = el('input', {
    type: 'search',
    autocomplete: 'off',
    oninput: (e: Event) => ((saring = (e.target as HTMLInputElement).value), (halaman = 0), gambar()),
  });
  const pilihStatus =
    o.status === undefined
      ? null
      : el(
          'select',
          {
            onchange: (e: Event) => ((status = (e.target as HTMLSelectElement).value), (halaman = 0), gambar()),
          },
          pilihan('', t('semua'), true),
          o.status.pilihan.map(([v, l]) => pilihan(v, l, false)),
        );
  // The first rows in a task of their own: the section is on screen first, then the sort keys and rows.
  tabel.setAttribute('aria-busy', 'true');
  setTimeout(gambar, 0);
  return el(
    'section',
    { 'aria-labelledby': `judul-${o.id}`, id: `bagian-${o.id}` },
    el('h2', { id: `judul-${o.id}` }, o.judul),
    el(
      'div',
      { class: 'baris-medan cari-baris' },
      medan(`${o.id}-saring`, o.saringLabel, cari),
      pilihStatus === null ? null : medan(`${o.id}-status`, t('status'), pilihStatus),
    ),
    el('div', { class: 'gulir', tabindex: 0, role: 'region', 'aria-label': `${t('tabel')}: ${o.judul}` }, tabel),
    el('div', { class: 'tombol-baris' }, sebelum, sesudah, info),
  );
}

function tabelBaris(semua: readonly BarisTabel[]): HTMLElement {
  const teks = (k: keyof BarisTabel) => ({ nilai: (b: BarisTabel) => String(b[k]) });
  return tabelCari<BarisTabel>({
    id: 'baris',
    judul: t('tabelJudul'),
    baris: semua,
    saringLabel: t('saring'),
    cari: (b) => `${b.nip} ${b.nama} ${b.unitKerja} ${b.pesan} ${b.nilai}`,
    status: {
      pilihan: [
        ['diterima', t('statusDiterima')],
        ['ditolak', t('statusDitolak')],
        ['siasn-dilewati', t('statusSiasn')],
      ],
      nilai: (b) => b.status,
    },
    atribut: (b) => ({ 'data-baris': b.baris, 'data-status': b.status }),
    urutAwal: 'baris',
    kolom: [
      { k: 'baris', l: t('baris'), angka: true, nilai: (b) => b.baris },
      { k: 'status', l: t('kolomStatus'), nilai: (b) => labelStatus(b.status) },
      { k: 'nip', l: t('nip'), ...teks('nip') },
      { k: 'nama', l: t('nama'), ...teks('nama') },
      { k: 'unitKerja', l: t('unit'), ...teks('unitKerja') },
      { k: 'kolom', l: t('kolom'), ...teks('kolom') },
      { k: 'nilai', l: t('nilai'), ...teks('nilai') },
      { k: 'pesan', l: t('pesan'), ...teks('pesan') },
      {
        k: 'ak',
        l: t('ak'),
        angka: true,
        nilai: (b) => nomor(b.ak),
        isi: (b) => (b.akTampil === '' ? '' : angka(b.akTampil)),
      },
    ],
  });
}

/** Excess or shortfall to the next step, from the library's selisih (negative: short). */
function selisih(ke: string, x: string): string {
  if (ke === '') return '–';
  return `${ke}: ${x.startsWith('-') ? t('kurang', { x: angka(x.slice(1)) }) : t('lebih', { x: angka(x) })}`;
}

/** A guru's document, asked of the worker that keeps the run's files. The tab is opened on the click itself (a tab
 * opened later, when the bytes arrive, would be blocked as a pop-up), then pointed at the bytes. */
function bukaDokumen(jalur: string): void {
  const w = pekerja;
  if (w === null) return;
  const nama = jalur.replace(/^pak\//, '');
  const jenis = nama.endsWith('.pdf') ? 'application/pdf' : 'text/html';
  const tab = window.open('', '_blank');
  const lama = w.onmessage;
  w.onmessage = (e: MessageEvent<Jawaban>) => {
    if (e.data.jenis !== 'dokumen' || e.data.nama !== jalur) return lama?.call(w, e);
    w.onmessage = lama;
    const blob = new Blob([e.data.isi], { type: jenis });
    if (tab === null) return unduh(nama, blob);
    const url = URL.createObjectURL(blob);
    tab.location.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  w.postMessage({ jenis: 'dokumen', nama: jalur } satisfies Permintaan);
}

/** One line per guru: the table an operator reads first. */
function tabelGuru(h: HasilOlah, perGuru: readonly BarisGuru[]): HTMLElement {
  const akAwal = (g: BarisGuru) => (g.akIntegrasi !== '' ? g.akIntegrasi : g.akDasar);
  return tabelCari<BarisGuru>({
    id: 'guru',
    judul: t('guruJudul'),
    baris: perGuru,
    saringLabel: t('guruSaring'),
    cari: (g) => `${g.nip} ${g.nama} ${g.unitKerja}`,
    status: {
      pilihan: [
        ['lengkap', t('statusLengkap')],
        ['ditunda', t('statusDitunda')],
      ],
      nilai: (g) => g.status,
    },
    atribut: (g) => ({ 'data-nip': g.nip, 'data-status': g.status, 'data-jumlah': g.akKumulatif }),
    urutAwal: 'nama',
    cetakSemua: true,
    kolom: [
      { k: 'nip', l: t('nip'), nilai: (g) => g.nip },
      { k: 'nama', l: t('nama'), nilai: (g) => g.nama },
      { k: 'unit', l: t('unit'), nilai: (g) => g.unitKerja },
      {
        k: 'awal',
        l: t('akIntegrasiDasar'),
        angka: true,
        nilai: (g) => nomor(akAwal(g)),
        isi: (g) => angka(akAwal(g)),
      },
      {
        k: 'konversi',
        l: t('akKonversi'),
        angka: true,
        nilai: (g) => nomor(g.akKonversi),
        isi: (g) => angka(g.akKonversi),
      },
      {
        k: 'jumlah',
        l: t('akJumlah'),
        angka: true,
        nilai: (g) => nomor(g.akKumulatif),
        isi: (g) => el('strong', {}, angka(g.akKumulatif)),
      },
      {
        k: 'status',
        l: t('keterangan'),
        nilai: (g) => g.status,
        kelas: (g) => g.status,
        isi: (g) =>
          el(
            'span',
            {},
            g.status === 'lengkap' ? t('statusLengkap') : t('statusDitunda'),
            g.alasan.length === 0
              ? ''
              : el(
                  'ul',
                  { class: 'alasan' },
                  g.alasan.slice(0, 5).map((a) => el('li', {}, `${t('barisKe', { b: String(a.baris) })}: ${a.pesan}`)),
                ),
          ),
      },
      {
        k: 'pangkat',
        l: t('pangkatBerikut'),
        nilai: (g) => nomor(g.pangkatSelisih),
        isi: (g) => selisih(g.pangkatKe, g.pangkatSelisih),
      },
      {
        k: 'jenjang',
        l: t('jenjangBerikut'),
        nilai: (g) => nomor(g.jenjangSelisih),
        isi: (g) => selisih(g.jenjangKe, g.jenjangSelisih),
      },
      {
        k: 'dokumen',
        l: t('dokumen'),
        nilai: (g) => h.dokumen[g.nip]?.length ?? 0,
        isi: (g) =>
          el(
            'span',
            { class: 'tombol-dok' },
            (h.dokumen[g.nip] ?? []).map((d) =>
              el(
                'button',
                {
                  type: 'button',
                  class: 'kedua buka-pak',
                  'data-berkas': d.replace(/^pak\//, ''),
                  'aria-label': `${d.endsWith('.pdf') ? 'PDF' : 'HTML'}: ${t('bukaPak', { n: g.nama || g.nip })}`,
                  onclick: () => bukaDokumen(d),
                },
                d.endsWith('.pdf') ? 'PDF' : 'HTML',
              ),
            ),
          ),
      },
    ],
  });
}

/** The section of the per-row table: its rows, once they have all come from the worker. */
function bagianBaris(x: Tampilan): HTMLElement {
  if (x.lengkap) return tabelBaris(x.tabel);
  return el(
    'section',
    { 'aria-labelledby': 'judul-baris', id: 'bagian-baris', 'aria-busy': 'true' },
    el('h2', { id: 'judul-baris' }, t('tabelJudul')),
    el('p', { class: 'bantuan' }, t('tahapTabel')),
  );
}

/**
 * The results: the summary and the per-guru table first; the downloads, the units, the column map and the per-row table
 * (its lines when they have come) in a task of their own once the first screen is drawn, then `sudah`, once they are
 * drawn too. Each task stays short enough for input to be answered between them.
 */
function tampilkanHasil(
  wadah: HTMLElement,
  x: Tampilan,
  ulang: (peta: PetaKolom) => void,
  sudah: () => void = () => {},
): void {
  const h = x.h;
  const kartu = (n: number, l: string, id: string) => el('li', { id }, el('strong', {}, String(n)), l);
  const guru = tabelGuru(h, x.perGuru);
  wadah.replaceChildren(
    el(
      'section',
      { 'aria-labelledby': 'judul-ringkasan' },
      el('h2', { id: 'judul-ringkasan' }, `${t('ringkasan')}: ${h.namaBerkas}`),
      el(
        'ul',
        { class: 'ringkas' },
        kartu(h.guru, t('guru'), 'jumlah-guru'),
        kartu(h.barisData, t('barisData'), 'jumlah-baris'),
        kartu(h.diterima, t('diterima'), 'jumlah-diterima'),
        kartu(h.ditolak, t('ditolak'), 'jumlah-ditolak'),
        kartu(h.siasnDilewati, t('siasnDilewati'), 'jumlah-siasn-dilewati'),
        kartu(h.pak, t('pak'), 'jumlah-pak'),
        kartu(h.siasn, t('siasn'), 'jumlah-siasn'),
      ),
    ),
    guru,
  );
  setelahGambar(() => {
    // A newer file or drawing has replaced these results meanwhile: nothing to add to.
    if (!guru.isConnected) return;
    wadah.append(bagianUnduh(h), bagianUnit(h), formPetaSemua(h, ulang), bagianBaris(x));
    if (x.lengkap) wadah.dataset['keadaan'] = 'selesai';
    setelahGambar(sudah);
  });
}

/** The ZIP to download, what it holds, and the summary the CLI prints for the same run. */
function bagianUnduh(h: HasilOlah): HTMLElement {
  return el(
    'section',
    { 'aria-labelledby': 'judul-unduh', id: 'bagian-unduh' },
    el('h2', { id: 'judul-unduh' }, t('unduhJudul')),
    el(
      'button',
      {
        type: 'button',
        id: 'unduh-zip',
        onclick: (e: Event) => mintaZip(h, e.currentTarget as HTMLButtonElement),
      },
      t('unduh'),
    ),
    el(
      'p',
      { class: 'bantuan' },
      t('isiZip', {
        x:
          h.isiZip.filter((f) => !f.includes('/')).join(', ') +
          (h.pak > 0 ? `, pak/<nip>.html (${h.pak})` : '') +
          (h.pdf > 0 ? `, pak/<nip>.pdf (${h.pdf})` : ''),
      }),
    ),
    el(
      'ul',
      { class: 'ringkasan-cli', id: 'ringkasan-cli' },
      h.ringkasanCli.map((b) => el('li', {}, b)),
    ),
    el('p', {}, el('strong', {}, `${t('dialek')}: `), h.dialek),
    el('p', {}, el('strong', {}, `${t('kolomDipakai')}: `), h.kolomDipakai.join(', ') || t('tidakAda')),
    el('p', {}, el('strong', {}, `${t('kolomDiabaikan')}: `), h.kolomDiabaikan.join(', ') || t('tidakAda')),
  );
}

/** The summary per unit kerja (nothing when the file names none). */
function bagianUnit(h: HasilOlah): HTMLElement {
  return h.unit.length === 0
    ? el('span')
    : el(
        'section',
        { 'aria-labelledby': 'judul-unit' },
        el('h2', { id: 'judul-unit' }, t('unitJudul')),
        el(
          'div',
          { class: 'gulir', tabindex: 0, role: 'region', 'aria-label': `${t('tabel')}: ${t('unitJudul')}` },
          el(
            'table',
            { id: 'tabel-unit' },
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                [t('unit'), t('guru'), t('baris'), t('akKonversi'), t('memenuhiPangkat'), t('memenuhiJenjang')].map(
                  (x, i) => el('th', { scope: 'col', class: i > 0 ? 'angka' : null }, x),
                ),
              ),
            ),
            el(
              'tbody',
              {},
              h.unit.map((u) =>
                el(
                  'tr',
                  {},
                  el('th', { scope: 'row' }, u.unitKerja || '-'),
                  el('td', { class: 'angka' }, String(u.guru)),
                  el('td', { class: 'angka' }, String(u.baris)),
                  el('td', { class: 'angka' }, angka(u.akKonversi)),
                  el('td', { class: 'angka' }, String(u.memenuhiPangkat)),
                  el('td', { class: 'angka' }, String(u.memenuhiJenjang)),
                ),
              ),
            ),
          ),
        ),
      );
}

/** The column map for every field, in the page's words: the file's column now used is chosen; change any, check again. */
function formPetaSemua(h: HasilOlah, ulang: (peta: PetaKolom) => void): HTMLElement {
  const pilih = MEDAN_BERKAS.map((m) => {
    const sekarang = h.peta.dipakai[m] ?? '';
    const sel = el(
      'select',
      { 'data-medan': m },
      pilihan('', t('petaTidakDipakai'), sekarang === ''),
      h.peta.header.filter((x) => x.trim() !== '').map((x) => pilihan(x, x, x === sekarang)),
    );
    return { m, sel, sekarang, medan: medan(`peta-semua-${m}`, labelMedan(m, getBahasa()), sel) };
  });
  return el(
    'details',
    { id: 'peta-semua', class: 'peta-semua' },
    el('summary', {}, t('petaSemua')),
    el('p', { class: 'bantuan' }, t('petaPengantar')),
    el(
      'div',
      { class: 'baris-medan' },
      pilih.map((p) => p.medan),
    ),
    el(
      'div',
      { class: 'tombol-baris' },
      el(
        'button',
        {
          type: 'button',
          id: 'peta-semua-periksa',
          onclick: () =>
            ulang(Object.fromEntries(pilih.filter((p) => p.sel.value !== '').map((p) => [p.m, p.sel.value]))),
        },
        t('petaPeriksa'),
      ),
    ),
  );
}

/** The operator's column map for a header the reader could not match: a choice per missing field, then check again. */
function formPeta(k: KolomKurang, peta: PetaKolom, ulang: (peta: PetaKolom) => void): HTMLElement {
  const pilih = k.kurang.map((m) => {
    const sel = el(
      'select',
      {},
      pilihan('', t('petaPilih'), (k.mungkin[m] ?? '') === ''),
      k.header.filter((h) => h.trim() !== '').map((h) => pilihan(h, h, h === k.mungkin[m])),
    );
    return { m, sel, medan: medan(`peta-${m}`, labelMedan(m, getBahasa()), sel) };
  });
  return el(
    'section',
    { 'aria-labelledby': 'judul-peta', id: 'peta-kolom' },
    el('h2', { id: 'judul-peta' }, t('petaJudul')),
    el('p', { class: 'bantuan' }, t('petaPengantar')),
    el(
      'div',
      { class: 'baris-medan' },
      pilih.map((p) => p.medan),
    ),
    el(
      'div',
      { class: 'tombol-baris' },
      el(
        'button',
        {
          type: 'button',
          id: 'peta-periksa',
          onclick: () =>
            ulang({
              ...peta,
              ...Object.fromEntries(pilih.filter((p) => p.sel.value !== '').map((p) => [p.m, p.sel.value])),
            }),
        },
        t('petaPeriksa'),
      ),
      el(
        'button',
        {
          type: 'button',
          id: 'peta-unduh',
          onclick: () => unduh('peta-kolom.json', new Blob([k.petaJson], { type: 'application/json' })),
        },
        t('petaUnduh'),
      ),
    ),
  );
}

/** The ZIP is made by the worker that holds the run's files, when the operator asks for it. */
function mintaZip(h: HasilOlah, tombol: HTMLButtonElement): void {
  const w = pekerja;
  if (w === null) return;
  const status = document.getElementById('berkas-status');
  tombol.disabled = true;
  if (status !== null) status.textContent = t('tahapZip');
  const lama = w.onmessage;
  w.onmessage = (e: MessageEvent<Jawaban>) => {
    if (e.data.jenis !== 'zip') return lama?.call(w, e);
    w.onmessage = lama;
    tombol.disabled = false;
    if (status !== null) status.textContent = t('selesai', { n: String(h.barisData) });
    unduh(`${h.namaBerkas.replace(/\.[^.]+$/, '')}-keluaran.zip`, new Blob([e.data.zip], { type: 'application/zip' }));
  };
  w.postMessage({ jenis: 'zip' } satisfies Permintaan);
}

const URUTAN_TAHAP = ['baca', 'baris', 'guru', 'tabel'] as const;
type LangkahTahap = (typeof URUTAN_TAHAP)[number];

/** The steps of a run, each marked done, running or to come: what the page is doing, said honestly. */
function gambarTahap(daftar: HTMLElement, sekarang: LangkahTahap | 'selesai', rinci = ''): void {
  const label: Record<LangkahTahap, string> = {
    baca: t('tahapBaca'),
    baris: t('tahapBaris'),
    guru: t('tahapGuru'),
    tabel: t('tahapTabel'),
  };
  const i = sekarang === 'selesai' ? URUTAN_TAHAP.length : URUTAN_TAHAP.indexOf(sekarang);
  daftar.hidden = false;
  daftar.replaceChildren(
    ...URUTAN_TAHAP.map((x, j) =>
      el(
        'li',
        { 'data-tahap': x, 'data-keadaan': j < i ? 'selesai' : j === i ? 'jalan' : 'nanti' },
        j === i && rinci !== '' ? rinci : label[x],
      ),
    ),
  );
}

/** The progress of a run: rows read (half the work), then the PAK pages and the tables, each step said. */
function gambarKemajuan(j: Extract<Jawaban, { jenis: 'kemajuan' | 'tahap' }>, k: Kendali): void {
  const { kemajuan, tahap, status } = k;
  if (j.jenis === 'kemajuan') {
    const p = j.total > 0 ? j.dibaca / j.total : 0;
    kemajuan.value = p * 0.5;
    const teks = t('tahapBarisN', { p: String(Math.round(p * 100)) });
    kemajuan.setAttribute('aria-valuetext', teks);
    gambarTahap(tahap, 'baris', teks);
    return;
  }
  const teks = j.tahap === 'guru' ? t('tahapGuruN', { n: String(j.n ?? 0) }) : '';
  kemajuan.value = j.tahap === 'guru' ? 0.55 : 0.9;
  kemajuan.setAttribute('aria-valuetext', teks || t('tahapTabel'));
  gambarTahap(tahap, j.tahap, teks);
  status.textContent = teks || t('tahapTabel');
}

interface Kendali {
  readonly keluaran: HTMLElement;
  /** The PDF pass's progress, said apart: the tables are done before it. */
  readonly pdf: HTMLElement;
  readonly kemajuan: HTMLProgressElement;
  readonly status: HTMLElement;
  readonly tahap: HTMLElement;
  readonly masukan: HTMLInputElement;
  /** Each guru's PDF too (the CLI's `--pdf`): made after the tables; a few minutes for 2 500 guru. */
  readonly denganPdf: HTMLInputElement;
}

function periksa(berkas: File, k: Kendali, peta: PetaKolom = {}): void {
  if (berjalan) return;
  berkasTerakhir = berkas;
  const { keluaran, kemajuan, status, tahap, masukan } = k;
  pekerja?.terminate();
  pekerja = ambilPekerja();
  berjalan = true;
  masukan.disabled = true;
  k.denganPdf.disabled = true;
  const selesai = () => {
    berjalan = false;
    masukan.disabled = false;
    k.denganPdf.disabled = false;
    siapkanPekerja();
  };
  keluaran.replaceChildren();
  k.pdf.textContent = '';
  delete keluaran.dataset['keadaan'];
  hasil = null;
  kemajuan.value = 0;
  kemajuan.hidden = false;
  status.textContent = t('membaca', { n: berkas.name });
  gambarTahap(tahap, 'baca');
  const w = pekerja;
  const ulang = (baru: PetaKolom) => periksa(berkas, k, baru);
  const lanjut = () => w.postMessage({ jenis: 'lanjut' } satisfies Permintaan);
  // The run's result comes in pieces (protokol.ts): per-guru lines, the summary, then per-row lines.
  let perGuru: BarisGuru[] = [];
  // Progress is drawn once per frame, the latest of what came (the worker says more often than a screen shows).
  let kemajuanBaru: Extract<Jawaban, { jenis: 'kemajuan' | 'tahap' }> | null = null;
  let pdfBaru: Extract<Jawaban, { jenis: 'pdf' }> | null = null;
  const gambarNanti = () =>
    bingkaiBerikut(() => {
      if (kemajuanBaru !== null) gambarKemajuan(kemajuanBaru, k);
      if (pdfBaru !== null)
        k.pdf.textContent = pdfBaru.gagal
          ? t('pdfGagal')
          : pdfBaru.selesai
            ? t('pdfSelesai', { n: String(pdfBaru.n) })
            : t('pdfJalan', { n: String(pdfBaru.n), t: String(pdfBaru.total) });
      kemajuanBaru = null;
      pdfBaru = null;
    });
  w.onmessage = (e: MessageEvent<Jawaban>) => {
    const j = e.data;
    if (j.jenis === 'kemajuan' || j.jenis === 'tahap' || j.jenis === 'pdf') {
      if (kemajuanBaru === null && pdfBaru === null) gambarNanti();
      if (j.jenis === 'pdf') pdfBaru = j;
      else kemajuanBaru = j;
      return;
    }
    // A later step draws its own state: progress still to draw from before it is dropped.
    kemajuanBaru = null;
    if (j.jenis === 'zip' || j.jenis === 'dokumen') return;
    if (j.jenis === 'guru') {
      perGuru = perGuru.concat(j.baris);
      return;
    }
    if (j.jenis === 'selesai') {
      hasil = { h: j.hasil, perGuru, tabel: [], lengkap: false };
      kemajuan.value = 0.95;
      // The worker waits (protokol.ts `lanjut`) until the results are on screen.
      tampilkanHasil(keluaran, hasil, ulang, lanjut);
      return;
    }
    if (j.jenis === 'baris') {
      if (hasil === null) return;
      const x = hasil;
      x.tabel.push(...j.baris);
      if (!j.akhir) return;
      x.lengkap = true;
      // The worker stays after a result: it holds the run's files for the ZIP (ended by the next file).
      selesai();
      kemajuan.value = 1;
      kemajuan.removeAttribute('aria-valuetext');
      gambarTahap(tahap, 'selesai');
      status.textContent = t('selesai', { n: String(x.h.barisData) });
      // The view may have been drawn again meanwhile: the section on screen now is the one replaced.
      document.getElementById('bagian-baris')?.replaceWith(bagianBaris(x));
      if (x.h.pdf > 0) setelahGambar(lanjut);
      const wadah = document.getElementById('berkas-hasil');
      if (wadah !== null) wadah.dataset['keadaan'] = 'selesai';
      return;
    }
    w.terminate();
    if (pekerja === w) pekerja = null;
    selesai();
    kemajuan.value = 1;
    tahap.hidden = true;
    status.textContent = t('ditolakJudul');
    keluaran.replaceChildren(
      el(
        'div',
        { class: 'galat', id: 'berkas-ditolak', role: 'alert' },
        el('h2', {}, t('ditolakJudul')),
        el(
          'ul',
          {},
          j.pesan.map((p) => el('li', {}, p)),
        ),
      ),
    );
    keluaran.dataset['keadaan'] = 'selesai';
    if (j.kolom !== undefined && j.kolom.kurang.length > 0) keluaran.append(formPeta(j.kolom, peta, ulang));
  };
  w.onerror = (e) => {
    e.preventDefault();
    w.terminate();
    selesai();
    tahap.hidden = true;
    status.textContent = t('galatPekerja');
    keluaran.replaceChildren(el('p', { class: 'galat', role: 'alert' }, t('galatPekerja')));
  };
  void berkas.arrayBuffer().then((bytes) => {
    const p: Permintaan = {
      jenis: 'periksa',
      nama: berkas.name,
      bytes,
      bahasa: getBahasa(),
      peta,
      pdf: k.denganPdf.checked,
    };
    w.postMessage(p, [bytes]);
  });
}

export function tampilkanBerkas(wadah: HTMLElement): void {
  const keluaran = el('div', { id: 'berkas-hasil' });
  const kemajuan = el('progress', { id: 'kemajuan', max: 1, value: 0, 'aria-label': t('kemajuan'), hidden: true });
  const status = el('p', { role: 'status', id: 'berkas-status', class: 'status' });
  const pdf = el('p', { role: 'status', id: 'berkas-pdf', class: 'status' });
  const tahap = el('ol', { class: 'tahap', id: 'tahap', hidden: true });
  const masukan = el('input', {
    type: 'file',
    id: 'berkas-masukan',
    accept:
      '.csv,.txt,.tsv,.xlsx,.xls,.htm,.html,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    onchange: (e: Event) => {
      const f = (e.target as HTMLInputElement).files?.[0];
      if (f !== undefined) periksa(f, k);
    },
  });
  const denganPdf = el('input', { type: 'checkbox', id: 'berkas-dengan-pdf', checked: true });
  const k: Kendali = { keluaran, pdf, kemajuan, status, tahap, masukan, denganPdf };
  if (!berjalan) siapkanPekerja();
  const zona = el(
    'div',
    { class: 'jatuhkan', id: 'zona-berkas' },
    el('label', { for: 'berkas-masukan' }, el('strong', {}, t('pilih'))),
    el('div', {}, masukan),
    el('p', {}, t('seret')),
    el('div', { class: 'pilihan' }, denganPdf, el('label', { for: 'berkas-dengan-pdf' }, t('denganPdf'))),
  );
  zona.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (!berjalan) zona.classList.add('aktif');
  });
  zona.addEventListener('dragleave', () => zona.classList.remove('aktif'));
  zona.addEventListener('drop', (e) => {
    e.preventDefault();
    zona.classList.remove('aktif');
    const f = e.dataTransfer?.files[0];
    if (f !== undefined) periksa(f, k);
  });
  wadah.replaceChildren(
    el('h1', {}, t('judul')),
    el('p', { class: 'pengantar' }, t('pengantar')),
    el('p', { class: 'privasi' }, el('strong', {}, t('privasi'))),
    zona,
    kemajuan,
    tahap,
    status,
    pdf,
    keluaran,
  );
  if (hasil !== null) {
    const h = hasil;
    tampilkanHasil(keluaran, h, (p) => {
      if (berkasTerakhir !== null) periksa(berkasTerakhir, k, p);
    });
  }
}
