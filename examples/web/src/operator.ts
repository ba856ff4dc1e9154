// The operator's file check, loaded only when the operator opens it (its own chunk; the reader, the XLSX code and the
// ZIP code are in the worker's chunks). Drop a CSV or XLSX: the worker reads and checks it with the package's reader
// and the library; the page shows the rows, the refusals with line, column and message, the summary per unit kerja,
// and offers every output in one ZIP. Nothing is uploaded: the file's bytes go from the file picker to the worker.
import { el, medan, pilihan, unduh } from './dom';
import type { PetaKolom } from 'pengelolaan-kinerja/berkas';
import type { BarisTabel, HasilOlah, Jawaban, KolomKurang, Permintaan, StatusBaris } from './protokol';
import { getBahasa } from './teks';

const ID = {
  judul: 'Periksa berkas operator',
  pengantar:
    'Letakkan berkas CSV atau XLSX dinas (ekspor SIASN, e-Kinerja, atau templat sendiri). Berkas dibaca dengan pembaca dan pemeriksaan yang sama dengan perintah npx pengelolaan-kinerja pak: baris diterima, baris ditolak dengan nomor baris, kolom dan pesannya, ringkasan per unit kerja, halaman PAK dan isian SIASN.',
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
    'Pilih kolom berkas yang berisi tiap data yang belum ditemukan, lalu periksa lagi. Peta kolom yang sama dapat dipakai perintah npx pengelolaan-kinerja dengan --kolom.',
  petaPilih: '— pilih kolom —',
  petaPeriksa: 'Periksa lagi dengan peta kolom ini',
  petaUnduh: 'Unduh peta kolom (JSON)',
} as const;

const EN: Record<keyof typeof ID, string> = {
  judul: "Operator's file check",
  pengantar:
    "Drop the dinas's CSV or XLSX file (a SIASN or e-Kinerja export, or your own template). It is read with the same reader and checks as the command npx pengelolaan-kinerja pak: accepted rows, refused rows with line, column and message, the summary per unit kerja, PAK pages and SIASN bodies.",
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
    "Choose the file's column that holds each field not found, then check again. The same column map works with the npx pengelolaan-kinerja command's --kolom.",
  petaPilih: '— choose a column —',
  petaPeriksa: 'Check again with this column map',
  petaUnduh: 'Download the column map (JSON)',
};

function t(k: keyof typeof ID, isi: Record<string, string> = {}): string {
  return (getBahasa() === 'en' ? EN[k] : ID[k]).replace(/\{(\w+)\}/g, (m, x: string) => isi[x] ?? m);
}

const PER_HALAMAN = 100;
let pekerja: Worker | null = null;
let hasil: HasilOlah | null = null;

function labelStatus(s: StatusBaris): string {
  return s === 'diterima' ? t('statusDiterima') : s === 'ditolak' ? t('statusDitolak') : t('statusSiasn');
}

/** The table of rows: a filter, a status choice, sortable columns (buttons in the headers, aria-sort), pages of 100. */
function tabelBaris(semua: readonly BarisTabel[]): HTMLElement {
  type Kunci = 'baris' | 'status' | 'nip' | 'nama' | 'unitKerja' | 'kolom' | 'nilai' | 'pesan' | 'ak';
  const kolom: { k: Kunci; l: string; angka?: boolean }[] = [
    { k: 'baris', l: t('baris'), angka: true },
    { k: 'status', l: t('kolomStatus') },
    { k: 'nip', l: t('nip') },
    { k: 'nama', l: t('nama') },
    { k: 'unitKerja', l: t('unit') },
    { k: 'kolom', l: t('kolom') },
    { k: 'nilai', l: t('nilai') },
    { k: 'pesan', l: t('pesan') },
    { k: 'ak', l: t('ak'), angka: true },
  ];
  let urut: { k: Kunci; naik: boolean } = { k: 'baris', naik: true };
  let saring = '';
  let status: '' | StatusBaris = '';
  let halaman = 0;
  const tbody = el('tbody');
  const thead = el('thead');
  const info = el('p', { role: 'status', id: 'tabel-info' });
  const sebelum = el(
    'button',
    { type: 'button', id: 'tabel-sebelumnya', onclick: () => ((halaman -= 1), gambar()) },
    t('sebelumnya'),
  );
  const sesudah = el(
    'button',
    { type: 'button', id: 'tabel-berikutnya', onclick: () => ((halaman += 1), gambar()) },
    t('berikutnya'),
  );
  function gambar(): void {
    const q = saring.trim().toLowerCase();
    const hasilSaring = semua.filter(
      (b) =>
        (status === '' || b.status === status) &&
        (q === '' || `${b.nip} ${b.nama} ${b.unitKerja} ${b.pesan} ${b.nilai}`.toLowerCase().includes(q)),
    );
    const arah = urut.naik ? 1 : -1;
    const k = urut.k;
    hasilSaring.sort((a, b) => {
      const x = a[k];
      const y = b[k];
      const c =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : k === 'ak'
            ? Number(x || -1) - Number(y || -1)
            : String(x).localeCompare(String(y), 'id');
      return c * arah || a.baris - b.baris;
    });
    const n = hasilSaring.length;
    halaman = Math.max(0, Math.min(halaman, Math.ceil(n / PER_HALAMAN) - 1));
    const awal = halaman * PER_HALAMAN;
    const tampil = hasilSaring.slice(awal, awal + PER_HALAMAN);
    thead.replaceChildren(
      el(
        'tr',
        {},
        kolom.map((c) =>
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
              urut.k === c.k ? (urut.naik ? ' ▲' : ' ▼') : '',
            ),
          ),
        ),
      ),
    );
    tbody.replaceChildren(
      ...tampil.map((b) =>
        el(
          'tr',
          { 'data-baris': b.baris, 'data-status': b.status },
          el('td', { class: 'angka' }, String(b.baris)),
          el('td', {}, labelStatus(b.status)),
          el('td', {}, b.nip),
          el('td', {}, b.nama),
          el('td', {}, b.unitKerja),
          el('td', {}, b.kolom),
          el('td', {}, b.nilai),
          el('td', {}, b.pesan),
          el(
            'td',
            { class: 'angka', 'data-tepat': b.ak },
            b.akTampil === '' ? '' : getBahasa() === 'id' ? b.akTampil.replace('.', ',') : b.akTampil,
          ),
        ),
      ),
    );
    info.textContent =
      n === 0
        ? t('halaman', { a: '0', b: '0', n: '0' })
        : t('halaman', { a: String(awal + 1), b: String(awal + tampil.length), n: String(n) });
    sebelum.disabled = halaman === 0;
    sesudah.disabled = awal + PER_HALAMAN >= n;
  }
  const cari = el('input', {
    type: 'search',
    autocomplete: 'off',
    oninput: (e: Event) => ((saring = (e.target as HTMLInputElement).value), (halaman = 0), gambar()),
  });
  const pilihStatus = el(
    'select',
    {
      onchange: (e: Event) => (
        (status = (e.target as HTMLSelectElement).value as '' | StatusBaris), (halaman = 0), gambar()
      ),
    },
    pilihan('', t('semua'), true),
    pilihan('diterima', t('statusDiterima'), false),
    pilihan('ditolak', t('statusDitolak'), false),
    pilihan('siasn-dilewati', t('statusSiasn'), false),
  );
  gambar();
  return el(
    'section',
    { 'aria-labelledby': 'judul-tabel' },
    el('h2', { id: 'judul-tabel' }, t('tabelJudul')),
    el(
      'div',
      { class: 'baris-medan' },
      medan('tabel-saring', t('saring'), cari),
      medan('tabel-status', t('status'), pilihStatus),
    ),
    el(
      'div',
      { class: 'gulir', tabindex: 0, role: 'region', 'aria-labelledby': 'judul-tabel' },
      el('table', { id: 'tabel-baris' }, thead, tbody),
    ),
    el('div', { class: 'tombol-baris' }, sebelum, sesudah, info),
  );
}

function tampilkanHasil(wadah: HTMLElement, h: HasilOlah): void {
  const angka = (x: string) => (getBahasa() === 'id' ? x.replace('.', ',') : x);
  const kartu = (n: number, l: string, id: string) => el('li', { id }, el('strong', {}, String(n)), l);
  wadah.replaceChildren(
    el(
      'section',
      { 'aria-labelledby': 'judul-ringkasan' },
      el('h2', { id: 'judul-ringkasan' }, `${t('ringkasan')}: ${h.namaBerkas}`),
      el(
        'ul',
        { class: 'ringkas' },
        kartu(h.barisData, t('barisData'), 'jumlah-baris'),
        kartu(h.diterima, t('diterima'), 'jumlah-diterima'),
        kartu(h.ditolak, t('ditolak'), 'jumlah-ditolak'),
        kartu(h.siasnDilewati, t('siasnDilewati'), 'jumlah-siasn-dilewati'),
        kartu(h.guru, t('guru'), 'jumlah-guru'),
        kartu(h.pak, t('pak'), 'jumlah-pak'),
        kartu(h.siasn, t('siasn'), 'jumlah-siasn'),
      ),
      el(
        'ul',
        { class: 'ringkasan-cli', id: 'ringkasan-cli' },
        h.ringkasanCli.map((b) => el('li', {}, b)),
      ),
      el('p', {}, el('strong', {}, `${t('dialek')}: `), h.dialek),
      el('p', {}, el('strong', {}, `${t('kolomDipakai')}: `), h.kolomDipakai.join(', ') || t('tidakAda')),
      el('p', {}, el('strong', {}, `${t('kolomDiabaikan')}: `), h.kolomDiabaikan.join(', ') || t('tidakAda')),
    ),
    el(
      'section',
      { 'aria-labelledby': 'judul-unduh' },
      el('h2', { id: 'judul-unduh' }, t('unduhJudul')),
      el(
        'button',
        {
          type: 'button',
          id: 'unduh-zip',
          onclick: () =>
            unduh(
              `${h.namaBerkas.replace(/\.[^.]+$/, '')}-keluaran.zip`,
              new Blob([h.zip], { type: 'application/zip' }),
            ),
        },
        t('unduh'),
      ),
      el(
        'p',
        { class: 'bantuan' },
        t('isiZip', {
          x: h.isiZip.filter((f) => !f.includes('/')).join(', ') + (h.pak > 0 ? `, pak/<nip>.html (${h.pak})` : ''),
        }),
      ),
    ),
    h.unit.length === 0
      ? el('span')
      : el(
          'section',
          { 'aria-labelledby': 'judul-unit' },
          el('h2', { id: 'judul-unit' }, t('unitJudul')),
          el(
            'div',
            { class: 'gulir', tabindex: 0, role: 'region', 'aria-labelledby': 'judul-unit' },
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
        ),
    tabelBaris(h.tabel),
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
    return { m, sel, medan: medan(`peta-${m}`, m, sel) };
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

function periksa(
  berkas: File,
  keluaran: HTMLElement,
  kemajuan: HTMLProgressElement,
  status: HTMLElement,
  peta: PetaKolom = {},
): void {
  pekerja?.terminate();
  pekerja = new Worker(new URL('./pekerja.ts', import.meta.url), { type: 'module' });
  keluaran.replaceChildren();
  kemajuan.value = 0;
  kemajuan.hidden = false;
  status.textContent = t('membaca', { n: berkas.name });
  const w = pekerja;
  w.onmessage = (e: MessageEvent<Jawaban>) => {
    const j = e.data;
    if (j.jenis === 'kemajuan') {
      const p = j.total > 0 ? j.dibaca / j.total : 0;
      kemajuan.value = p;
      kemajuan.setAttribute('aria-valuetext', t('dibaca', { p: String(Math.round(p * 100)) }));
      return;
    }
    w.terminate();
    if (pekerja === w) pekerja = null;
    kemajuan.value = 1;
    if (j.jenis === 'ditolak') {
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
      if (j.kolom !== undefined && j.kolom.kurang.length > 0)
        keluaran.append(formPeta(j.kolom, peta, (baru) => periksa(berkas, keluaran, kemajuan, status, baru)));
      return;
    }
    hasil = j.hasil;
    status.textContent = t('selesai', { n: String(j.hasil.barisData) });
    tampilkanHasil(keluaran, j.hasil);
  };
  w.onerror = (e) => {
    e.preventDefault();
    w.terminate();
    status.textContent = t('galatPekerja');
    keluaran.replaceChildren(el('p', { class: 'galat', role: 'alert' }, t('galatPekerja')));
  };
  void berkas.arrayBuffer().then((bytes) => {
    const p: Permintaan = { jenis: 'periksa', nama: berkas.name, bytes, bahasa: getBahasa(), peta };
    w.postMessage(p, [bytes]);
  });
}

export function tampilkanBerkas(wadah: HTMLElement): void {
  const keluaran = el('div', { id: 'berkas-hasil' });
  const kemajuan = el('progress', { id: 'kemajuan', max: 1, value: 0, 'aria-label': t('kemajuan'), hidden: true });
  const status = el('p', { role: 'status', id: 'berkas-status', class: 'status' });
  const masukan = el('input', {
    type: 'file',
    id: 'berkas-masukan',
    accept:
      '.csv,.txt,.tsv,.xlsx,.xls,.htm,.html,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    onchange: (e: Event) => {
      const f = (e.target as HTMLInputElement).files?.[0];
      if (f !== undefined) periksa(f, keluaran, kemajuan, status);
    },
  });
  const zona = el(
    'div',
    { class: 'jatuhkan', id: 'zona-berkas' },
    el('label', { for: 'berkas-masukan' }, el('strong', {}, t('pilih'))),
    el('div', {}, masukan),
    el('p', {}, t('seret')),
  );
  zona.addEventListener('dragover', (e) => {
    e.preventDefault();
    zona.classList.add('aktif');
  });
  zona.addEventListener('dragleave', () => zona.classList.remove('aktif'));
  zona.addEventListener('drop', (e) => {
    e.preventDefault();
    zona.classList.remove('aktif');
    const f = e.dataTransfer?.files[0];
    if (f !== undefined) periksa(f, keluaran, kemajuan, status);
  });
  wadah.replaceChildren(
    el('h1', {}, t('judul')),
    el('p', {}, t('pengantar')),
    el('p', { class: 'privasi' }, el('strong', {}, t('privasi'))),
    zona,
    kemajuan,
    status,
    keluaran,
  );
  if (hasil !== null) tampilkanHasil(keluaran, hasil);
}
