// "Simpan atau bagikan": the link of the calculation, several named scenarios kept on this device (export and import
// as a JSON file, to move them to another phone or keep a copy), and clearing what is stored (the link's state too).
import type { Keadaan } from './hitung';
import { el, medan, pilihan, unduh } from './dom';
import {
  ambil,
  bacaParameter,
  bacaSkenario,
  keadaanAwal,
  KUNCI_IDENTITAS,
  KUNCI_KEADAAN,
  KUNCI_SKENARIO,
  type Skenario,
  simpan,
  tulisParameter,
  tulisSkenario,
} from './keadaan';
import { t } from './teks';

export interface OpsiSkenario {
  readonly tautan: HTMLInputElement;
  readonly status: HTMLElement;
  readonly keadaan: () => Keadaan;
  /** Shows this state and keeps it as the calculation on this device. */
  readonly pasang: (s: Keadaan) => void;
  readonly tahunIni: number;
}

export function bagianSkenario(o: OpsiSkenario): HTMLElement {
  const { tautan, status } = o;
  let daftar: Skenario = bacaSkenario(ambil(KUNCI_SKENARIO));
  const nama = el('input', { type: 'text', autocomplete: 'off', maxlength: 80 });
  const pilih = el('select', {});
  const wadahDaftar = el('div', { id: 'skenario-daftar' });
  const tulis = (baru: Skenario) => {
    daftar = baru;
    simpan(KUNCI_SKENARIO, JSON.stringify(daftar));
    gambar();
  };
  function gambar(): void {
    const nama2 = Object.keys(daftar).sort((a, b) => a.localeCompare(b, 'id'));
    pilih.replaceChildren(...nama2.map((n, i) => pilihan(n, n, i === 0)));
    wadahDaftar.replaceChildren(
      nama2.length === 0
        ? el('p', { class: 'bantuan' }, t('skenarioKosong'))
        : el(
            'div',
            {},
            medan('skenario-pilih', t('skenarioPilih'), pilih),
            el(
              'div',
              { class: 'tombol-baris' },
              el(
                'button',
                {
                  type: 'button',
                  id: 'skenario-buka',
                  onclick: () => {
                    const x = daftar[pilih.value];
                    if (x === undefined) return;
                    const dasar = keadaanAwal(o.tahunIni);
                    o.pasang(bacaParameter(new URLSearchParams(x), dasar, o.tahunIni));
                  },
                },
                t('skenarioBuka'),
              ),
              el(
                'button',
                {
                  type: 'button',
                  id: 'skenario-hapus',
                  class: 'kedua',
                  onclick: () => {
                    const { [pilih.value]: _, ...sisa } = daftar;
                    tulis(sisa);
                    status.textContent = t('skenarioDihapus');
                  },
                },
                t('skenarioHapus'),
              ),
            ),
          ),
    );
  }
  gambar();
  const impor = el('input', {
    type: 'file',
    accept: '.json,application/json',
    onchange: (e: Event) => {
      const f = (e.target as HTMLInputElement).files?.[0];
      if (f === undefined) return;
      void f.text().then((teks) => {
        const baru = bacaSkenario(teks);
        const n = Object.keys(baru).length;
        if (n === 0) status.textContent = t('skenarioImporGagal');
        else {
          tulis({ ...daftar, ...baru });
          status.textContent = t('skenarioDiimpor', { n: String(n) });
        }
      });
    },
  });
  return el(
    'section',
    { 'aria-labelledby': 'judul-tautan', id: 'bagian-simpan' },
    el('h2', { id: 'judul-tautan' }, t('tautanJudul')),
    el('p', { class: 'bantuan' }, t('tautanPengantar')),
    medan('tautan', t('tautanLabel'), tautan),
    el(
      'div',
      { class: 'tombol-baris' },
      el(
        'button',
        {
          type: 'button',
          id: 'tautan-salin',
          onclick: () => {
            tautan.select();
            void navigator.clipboard?.writeText(tautan.value).then(
              () => (status.textContent = t('tautanTersalin')),
              () => undefined,
            );
          },
        },
        t('tautanSalin'),
      ),
    ),
    el('h3', {}, t('skenarioJudul')),
    el('p', { class: 'bantuan' }, t('skenarioPengantar')),
    el('div', { class: 'baris-medan' }, medan('skenario-nama', t('skenarioNama'), nama)),
    el(
      'div',
      { class: 'tombol-baris' },
      el(
        'button',
        {
          type: 'button',
          id: 'skenario-simpan',
          onclick: () => {
            const n = nama.value.trim();
            if (n === '') {
              status.textContent = t('skenarioIsiNama');
              nama.focus();
              return;
            }
            tulis({ ...daftar, [n.slice(0, 80)]: tulisParameter(o.keadaan()).toString() });
            status.textContent = t('skenarioDisimpan', { n });
          },
        },
        t('skenarioSimpan'),
      ),
    ),
    wadahDaftar,
    el(
      'div',
      { class: 'tombol-baris' },
      el(
        'button',
        {
          type: 'button',
          id: 'skenario-ekspor',
          class: 'kedua',
          onclick: () =>
            unduh('skenario-kinerja-guru.json', new Blob([tulisSkenario(daftar)], { type: 'application/json' })),
        },
        t('skenarioEkspor'),
      ),
    ),
    medan('skenario-impor', t('skenarioImpor'), impor),
    el(
      'div',
      { class: 'tombol-baris' },
      el(
        'button',
        {
          type: 'button',
          id: 'hapus-simpanan',
          class: 'kedua',
          onclick: () => {
            try {
              localStorage.removeItem(KUNCI_KEADAAN);
              localStorage.removeItem(KUNCI_IDENTITAS);
            } catch {
              /* nothing stored */
            }
            // The link's state goes too, or a reload would bring the figures back.
            history.replaceState(null, '', `${location.pathname}${location.search}#kalkulator`);
            location.reload();
          },
        },
        t('hapus'),
      ),
    ),
    status,
  );
}
