// The page: the teacher's calculator (loaded at once) and the operator's file check (loaded only when opened: its
// reader, worker and ZIP code are separate chunks). Bahasa Indonesia first, English on a button.
import type { Bahasa } from 'pengelolaan-kinerja';
import './gaya.css';
import { el } from './dom';
import { tampilkanKalkulator } from './kalkulator';
import { ambil, bacaParameter, keadaanAwal, KUNCI_BAHASA, KUNCI_KEADAAN, simpan } from './keadaan';
import { getBahasa, setBahasa, t } from './teks';

type Tampilan = 'kalkulator' | 'berkas';

const tahunIni = new Date().getFullYear();
const akar = document.getElementById('app') as HTMLElement;

function tampilanDariHash(): Tampilan {
  return location.hash.startsWith('#berkas') ? 'berkas' : 'kalkulator';
}

/** The calculator's state: a shared link first, then what this browser kept, then the defaults. */
function keadaanSekarang() {
  const dasar = keadaanAwal(tahunIni);
  const hash = location.hash;
  if (hash.startsWith('#kalkulator?'))
    return bacaParameter(new URLSearchParams(hash.slice('#kalkulator?'.length)), dasar, tahunIni);
  const tersimpan = ambil(KUNCI_KEADAAN);
  return tersimpan === null ? dasar : bacaParameter(new URLSearchParams(tersimpan), dasar, tahunIni);
}

let isi: HTMLElement;

async function tampilkan(tampilan: Tampilan): Promise<void> {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    if (a.dataset['tampilan'] === tampilan) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (tampilan === 'kalkulator') {
    tampilkanKalkulator(isi, keadaanSekarang(), tahunIni);
    return;
  }
  isi.replaceChildren(el('p', { role: 'status' }, t('berkasMemuat')));
  const { tampilkanBerkas } = await import('./operator');
  if (tampilanDariHash() === 'berkas') tampilkanBerkas(isi);
}

function bangun(): void {
  document.documentElement.lang = getBahasa();
  document.title = `${t('kalkulatorJudul')} · ${t('judul')}`;
  isi = el('main', { id: 'isi', tabindex: -1 });
  const tombolBahasa = el(
    'button',
    {
      type: 'button',
      id: 'ganti-bahasa',
      lang: getBahasa() === 'id' ? 'en' : 'id',
      'aria-label': t('gantiBahasaLabel'),
      onclick: () => {
        const b: Bahasa = getBahasa() === 'id' ? 'en' : 'id';
        setBahasa(b);
        simpan(KUNCI_BAHASA, b);
        bangun();
        document.getElementById('ganti-bahasa')?.focus();
      },
    },
    t('gantiBahasa'),
  );
  akar.replaceChildren(
    el('a', { href: '#isi', class: 'lewati', onclick: (e: Event) => (e.preventDefault(), isi.focus()) }, t('lewati')),
    el(
      'header',
      {},
      el('div', { class: 'kepala' }, el('p', { class: 'nama-situs' }, t('judul')), tombolBahasa),
      el('p', { class: 'privasi', id: 'privasi' }, el('strong', {}, t('privasi')), ' ', t('privasiRinci')),
      el(
        'nav',
        { 'aria-label': t('navigasi') },
        el('a', { href: '#kalkulator', 'data-tampilan': 'kalkulator' }, t('tabKalkulator')),
        el('a', { href: '#berkas', 'data-tampilan': 'berkas' }, t('tabBerkas')),
      ),
    ),
    isi,
  );
  void tampilkan(tampilanDariHash());
}

// The calculator rewrites its own fragment with history.replaceState, which fires no hashchange: a hashchange is
// always the user's (a link followed, a pasted address), so the view is built again from it.
window.addEventListener('hashchange', () => {
  void tampilkan(tampilanDariHash()).then(() => isi.focus());
});

setBahasa(ambil(KUNCI_BAHASA) === 'en' ? 'en' : 'id');
bangun();
