// The page: the teacher's calculator (loaded at once) and the operator's file check (loaded only when opened: its
// reader, worker and ZIP code are separate chunks). Bahasa Indonesia first, English on a button.
import type { Bahasa } from 'pengelolaan-kinerja';
import './gaya.css';
import { el } from './dom';
import { tampilkanKalkulator, type Pembukaan } from './kalkulator';
import {
  ambil,
  bacaParameter,
  type CatatanTautan,
  keadaanAwal,
  KUNCI_BAHASA,
  KUNCI_KEADAAN,
  simpan,
  tulisParameter,
} from './keadaan';
import { pasangPekerjaLayanan } from './pasang';
import { getBahasa, setBahasa, t } from './teks';

type Tampilan = 'kalkulator' | 'berkas';

const tahunIni = new Date().getFullYear();
const akar = document.getElementById('app') as HTMLElement;

function tampilanDariHash(): Tampilan {
  return location.hash.startsWith('#berkas') ? 'berkas' : 'kalkulator';
}

/** A link's parameter the page could not use, said in words. */
function kalimatCatatan(c: CatatanTautan): string {
  return t('tautanTidakDikenal', { apa: t(`apa-${c.apa}` as const), x: c.nilai, d: c.dipakai });
}

/** The calculator's state: a shared link first, then what this browser kept, then the defaults. A link that
 * differs from the calculation kept here is shown without replacing it, until the teacher chooses. */
function keadaanSekarang() {
  const dasar = keadaanAwal(tahunIni);
  const hash = location.hash;
  const tersimpan = ambil(KUNCI_KEADAAN);
  const dariSimpanan = tersimpan === null ? dasar : bacaParameter(new URLSearchParams(tersimpan), dasar, tahunIni);
  if (!hash.startsWith('#kalkulator?')) {
    return { keadaan: dariSimpanan, buka: { dariTautan: false, bedaDariSimpanan: false, catatan: [] } };
  }
  const catatan: CatatanTautan[] = [];
  const keadaan = bacaParameter(new URLSearchParams(hash.slice('#kalkulator?'.length)), dasar, tahunIni, catatan);
  const buka: Pembukaan = {
    dariTautan: true,
    bedaDariSimpanan:
      tersimpan !== null && tulisParameter(keadaan).toString() !== tulisParameter(dariSimpanan).toString(),
    catatan: catatan.map(kalimatCatatan),
  };
  return { keadaan, buka };
}

let isi: HTMLElement;

async function tampilkan(tampilan: Tampilan): Promise<void> {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    if (a.dataset['tampilan'] === tampilan) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (tampilan === 'kalkulator') {
    const { keadaan, buka } = keadaanSekarang();
    tampilkanKalkulator(isi, keadaan, tahunIni, buka, () => void tampilkan('kalkulator'));
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
    pemberitahuan,
    el('a', { href: '#isi', class: 'lewati', onclick: (e: Event) => (e.preventDefault(), isi.focus()) }, t('lewati')),
    el(
      'header',
      {},
      el('div', { class: 'kepala' }, el('p', { class: 'nama-situs' }, t('judul')), tombolBahasa),
      el(
        'details',
        { class: 'privasi', id: 'privasi' },
        el('summary', {}, el('strong', {}, t('privasi'))),
        el('p', { class: 'privasi-rinci' }, t('privasiRinci')),
      ),
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

/** "A new version is ready" and "ready offline": a bar at the top, kept across language switches. */
const pemberitahuan = el('div', { id: 'pemberitahuan', role: 'status', class: 'pemberitahuan' });
let pesanBaru: (() => void) | null = null;
function beritahu(): void {
  if (pesanBaru === null) return;
  const perbarui = pesanBaru;
  pemberitahuan.replaceChildren(
    el('p', {}, t('versiBaru')),
    el('button', { type: 'button', id: 'versi-muat', onclick: () => perbarui() }, t('versiMuat')),
    el('button', { type: 'button', class: 'kedua', onclick: () => pemberitahuan.replaceChildren() }, t('versiNanti')),
  );
}

setBahasa(ambil(KUNCI_BAHASA) === 'en' ? 'en' : 'id');
bangun();
pasangPekerjaLayanan(
  (perbarui) => {
    pesanBaru = perbarui;
    beritahu();
  },
  () => {
    pemberitahuan.replaceChildren(el('p', { id: 'siap-luring' }, t('siapLuring')));
    setTimeout(() => pemberitahuan.querySelector('#siap-luring')?.remove(), 8000);
  },
);
