// The teacher's view, "Kapan saya naik pangkat?": the form, the library's figures, the projection chart and the
// printable PAK page. State: the URL fragment and local storage (keadaan.ts).
import {
  formatAngkaKredit,
  formatLabel,
  getGolongan,
  getJenjang,
  GOLONGAN,
  JENJANG,
  KETENTUAN_2026,
  PREDIKAT,
  type KenaikanPak,
  type Predikat,
} from 'pengelolaan-kinerja';
import { el, medan, pilihan, unduh } from './dom';
import { bagianSkenario } from './skenario';
import { grafik } from './grafik';
import {
  dokumenPak,
  hitung,
  ketentuanTahun,
  periodeTahun,
  type Hasil,
  type Identitas,
  type Keadaan,
  type MedanAngka,
} from './hitung';
import {
  bacaIdentitas,
  hashKalkulator,
  KUNCI_IDENTITAS,
  KUNCI_KEADAAN,
  simpan,
  TAHUN_PERTAMA,
  tulisParameter,
} from './keadaan';
import { getBahasa, t } from './teks';

let s: Keadaan;
let tahunIni = 2026;
let identitas: Identitas;
let hasilTerakhir: Hasil | null = null;
let wadahTahun: HTMLElement;
let wadahHasil: HTMLElement;
let wadahPak: HTMLElement;
let tautan: HTMLInputElement;
let status: HTMLElement;
let ringkas: HTMLElement;
let ringkasAtas: HTMLElement;
let wadahProyeksi: HTMLElement;
/** While a shared link is open and the teacher has not chosen: its state is shown, not stored over their own. */
let simpanDitahan = false;

/** An angka kredit as the page shows it: rounded once by the library's display policy, the language's decimal mark. */
export function angka(x: string): string {
  const r = formatAngkaKredit(x);
  return getBahasa() === 'id' ? r.replace('.', ',') : r;
}

/** An exact value as the library writes it (`150.63`, `25/12`), with the language's decimal mark. */
function tepat(x: string): string {
  return getBahasa() === 'id' ? x.replace('.', ',') : x;
}

/** A figure as the teacher typed it or a link wrote it, with the language's decimal mark. */
function tampilAngka(x: string): string {
  return getBahasa() === 'id' ? x.replace('.', ',') : x;
}

const BULAN_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const BULAN_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export function namaBulan(b: number): string {
  return (getBahasa() === 'id' ? BULAN_ID : BULAN_EN)[b - 1] ?? String(b);
}

/** A whole figure with the language's thousands separator (2 000 / 2,000). */
function ribuan(n: number): string {
  return n.toLocaleString(getBahasa() === 'id' ? 'id-ID' : 'en-GB').replace(/\./g, '\u00a0');
}

const ID_MEDAN: Record<MedanAngka, string> = {
  akKonvensional: 'ak-konvensional',
  nilaiDasar: 'nilai-dasar',
  akDasar: 'ak-dasar',
};

/** A field's message next to it, and aria-invalid on the field, or neither. */
function tandaiMedan(id: string, pesan: string | null): void {
  const kontrol = document.getElementById(id);
  if (kontrol === null) return;
  const gid = `${id}-galat`;
  let p = document.getElementById(gid);
  if (pesan === null) {
    kontrol.removeAttribute('aria-invalid');
    p?.remove();
  } else {
    kontrol.setAttribute('aria-invalid', 'true');
    if (p === null) {
      p = el('p', { id: gid, class: 'galat-medan' });
      kontrol.after(p);
    }
    p.textContent = pesan;
  }
  const lain = (kontrol.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x !== '' && x !== gid);
  if (pesan !== null) lain.push(gid);
  if (lain.length === 0) kontrol.removeAttribute('aria-describedby');
  else kontrol.setAttribute('aria-describedby', lain.join(' '));
}

function labelGolongan(g: (typeof GOLONGAN)[number]): string {
  return `${getGolongan(g).pangkat}, ${g}`;
}

function labelJenjang(j: (typeof JENJANG)[number]): string {
  return formatLabel(getJenjang(j), { bahasa: getBahasa() });
}

function labelPredikat(p: Predikat, tahun?: number): string {
  const k = tahun === undefined ? null : ketentuanTahun(tahun, getBahasa()).ketentuan;
  const e = (k ?? KETENTUAN_2026).predikat.find((x) => x.kode === p);
  return e === undefined ? p : formatLabel(e, { bahasa: getBahasa() });
}

function ubah(baru: Partial<Keadaan>, tahunBerubah = false): void {
  s = { ...s, ...baru };
  if (!simpanDitahan) simpan(KUNCI_KEADAAN, tulisParameter(s).toString());
  history.replaceState(null, '', hashKalkulator(s));
  tautan.value = location.href;
  if (tahunBerubah) {
    isiTahun();
    isiProyeksi();
  }
  sinkronkan();
  perbarui();
}

/** The parts of the form that follow the state: the sub-fields of the chosen start, the golongan of 2022. */
function sinkronkan(): void {
  const f = (id: string) => document.getElementById(id);
  f('isian-integrasi')?.toggleAttribute('hidden', s.mulai !== 'integrasi');
  f('isian-perpindahan')?.toggleAttribute('hidden', s.mulai !== 'perpindahan');
  const g22 = f('golongan-2022') as HTMLSelectElement | null;
  if (g22 !== null && g22.value !== s.golongan2022) g22.value = s.golongan2022;
}

function select(
  nilai: readonly { v: string; l: string }[],
  dipilih: string,
  onchange: (v: string) => void,
): HTMLSelectElement {
  const e = el(
    'select',
    { onchange: (ev: Event) => onchange((ev.target as HTMLSelectElement).value) },
    nilai.map((x) => pilihan(x.v, x.l, x.v === dipilih)),
  );
  return e;
}

function input(nilai: string, oninput: (v: string) => void, atribut: Record<string, string> = {}): HTMLInputElement {
  const e = el('input', {
    type: 'text',
    value: nilai,
    ...atribut,
    oninput: (ev: Event) => oninput((ev.target as HTMLInputElement).value),
  });
  return e;
}

const daftarGolongan = () => GOLONGAN.map((g) => ({ v: g, l: labelGolongan(g) }));

function formulir(): HTMLElement {
  const tahunPilihan = (min: number, maks: number) =>
    Array.from({ length: maks - min + 1 }, (_, i) => ({ v: String(min + i), l: String(min + i) }));
  const radio = (v: Keadaan['mulai'], label: string) =>
    el(
      'div',
      { class: 'pilihan' },
      el('input', {
        type: 'radio',
        name: 'mulai',
        id: `mulai-${v}`,
        value: v,
        checked: s.mulai === v,
        onchange: () => ubah({ mulai: v }),
      }),
      el('label', { for: `mulai-${v}` }, label),
    );
  const integrasi = el(
    'div',
    { id: 'isian-integrasi', class: 'sub', hidden: s.mulai !== 'integrasi' },
    medan(
      'ak-konvensional',
      t('akKonvensional'),
      input(tampilAngka(s.akKonvensional), (v) => ubah({ akKonvensional: v }), {
        inputmode: 'decimal',
        autocomplete: 'off',
      }),
      t('akKonvensionalBantuan'),
    ),
    medan(
      'golongan-2022',
      t('golongan2022'),
      select(daftarGolongan(), s.golongan2022, (v) => ubah({ golongan2022: v as Keadaan['golongan'] })),
    ),
    medan(
      'nilai-dasar',
      t('nilaiDasar'),
      input(tampilAngka(s.nilaiDasar), (v) => ubah({ nilaiDasar: v }), {
        inputmode: 'decimal',
        autocomplete: 'off',
      }),
    ),
  );
  const angkaDasar = input(
    s.akDasar === 'golongan' ? '' : tampilAngka(s.akDasar),
    (v) => ubah({ akDasar: v.trim() === '' ? 'golongan' : v }),
    { inputmode: 'decimal', autocomplete: 'off' },
  );
  const perpindahan = el(
    'div',
    { id: 'isian-perpindahan', class: 'sub', hidden: s.mulai !== 'perpindahan' },
    medan('ak-dasar', t('akDasarNilai'), angkaDasar, t('akDasarBantuan')),
  );
  wadahTahun = el('div', { id: 'tahun-predikat' });
  const bulan = Array.from({ length: 12 }, (_, i) => ({ v: String(i + 1), l: namaBulan(i + 1) }));
  wadahProyeksi = el('div', { id: 'proyeksi-tahun', class: 'baris-medan' });
  return el(
    'form',
    { id: 'form-kalkulator', onsubmit: (e: Event) => e.preventDefault(), novalidate: true },
    el(
      'fieldset',
      {},
      el('legend', {}, t('kepegawaian')),
      medan(
        'golongan',
        t('golongan'),
        select(daftarGolongan(), s.golongan, (v) =>
          ubah({
            golongan: v as Keadaan['golongan'],
            ...(s.mulai === 'integrasi' ? {} : { golongan2022: v as Keadaan['golongan'] }),
          }),
        ),
      ),
      medan(
        'jenjang',
        t('jenjang'),
        select(
          [{ v: '', l: t('jenjangIkut') }, ...JENJANG.map((j) => ({ v: j, l: labelJenjang(j) }))],
          s.jenjang,
          (v) => ubah({ jenjang: v as Keadaan['jenjang'] }),
        ),
      ),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, t('awalAk')),
      radio('integrasi', t('mulaiIntegrasi')),
      integrasi,
      radio('perpindahan', t('mulaiPerpindahan')),
      perpindahan,
      radio('baru', t('mulaiBaru')),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, t('predikatJudul')),
      el('p', { class: 'bantuan' }, t('predikatPengantar')),
      el(
        'div',
        { class: 'baris-medan' },
        medan(
          'tahun-awal',
          t('tahunAwal'),
          select(tahunPilihan(TAHUN_PERTAMA, tahunIni), String(s.tahunAwal), (v) =>
            ubah({ tahunAwal: Number(v), tahunAkhir: Math.max(Number(v), s.tahunAkhir) }, true),
          ),
        ),
        medan(
          'bulan-awal',
          t('bulanAwal'),
          select(bulan, String(s.bulanAwal), (v) => ubah({ bulanAwal: Number(v) }, true)),
        ),
        medan(
          'tahun-akhir',
          t('tahunAkhir'),
          select(tahunPilihan(TAHUN_PERTAMA, tahunIni), String(s.tahunAkhir), (v) =>
            ubah({ tahunAkhir: Number(v), tahunAwal: Math.min(Number(v), s.tahunAwal) }, true),
          ),
        ),
        medan(
          'bulan-akhir',
          t('bulanAkhir'),
          select(bulan, String(s.bulanAkhir), (v) => ubah({ bulanAkhir: Number(v) }, true)),
        ),
      ),
      wadahTahun,
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, t('proyeksiJudul')),
      el('p', { class: 'bantuan' }, t('proyeksiPredikat')),
      wadahProyeksi,
    ),
  );
}

/** The projection's predikat, one per coming year; the last choice holds for the years after it. */
function isiProyeksi(): void {
  const TAHUN = 5;
  wadahProyeksi.replaceChildren(
    ...Array.from({ length: TAHUN }, (_, i) => {
      const tahun = s.tahunAkhir + 1 + i;
      const dipilih = s.proyeksi[Math.min(i, s.proyeksi.length - 1)] ?? 'baik';
      return medan(
        i === 0 ? 'predikat-proyeksi' : `predikat-proyeksi-${i}`,
        i === TAHUN - 1 ? t('proyeksiSeterusnya', { t: String(tahun) }) : String(tahun),
        select(
          PREDIKAT.map((p) => ({ v: p, l: labelPredikat(p) })),
          dipilih,
          (v) => {
            const baru = Array.from(
              { length: TAHUN },
              (_, j) => s.proyeksi[Math.min(j, s.proyeksi.length - 1)] ?? 'baik',
            );
            // A year changed: the later years follow it until the teacher chooses them too.
            const lama = baru[i];
            for (let j = i; j < TAHUN; j++) if (j === i || baru[j] === lama) baru[j] = v as Predikat;
            while (baru.length > 1 && baru[baru.length - 1] === baru[baru.length - 2]) baru.pop();
            ubah({ proyeksi: baru });
          },
        ),
      );
    }),
  );
}

/** One row per year: a predikat per period of the year's rule set, or the library's message for a year it refuses. */
function isiTahun(): void {
  wadahTahun.replaceChildren();
  for (let tahun = s.tahunAwal; tahun <= s.tahunAkhir; tahun++) {
    const { ketentuan, galat } = ketentuanTahun(tahun, getBahasa());
    if (ketentuan === null) {
      wadahTahun.append(
        el(
          'div',
          { class: 'tahun galat', role: 'note' },
          el('strong', {}, t('galatTahun', { t: String(tahun) })),
          ' ',
          galat,
        ),
      );
      continue;
    }
    const n = ketentuan.periode.rentangBulan.length;
    // The year's labels as its rule set writes them, with the other spellings the teacher may see (e.g. "Cukup").
    const daftar = ketentuan.predikat.map((p) => {
      const lain = p.alias.filter((a) => !formatLabel(p).includes(a));
      return {
        v: p.kode,
        l: formatLabel(p, { bahasa: getBahasa() }) + (lain.length === 0 ? '' : ` (${lain.join(', ')})`),
      };
    });
    const dipilih = s.predikat[String(tahun)] ?? [];
    const kotak = periodeTahun(ketentuan, tahun, s).map((p) => {
      const label = n === 1 ? `${tahun} · ${t('tahunan')}` : `${tahun} · ${t('semester')} ${p.ke}`;
      const pilih = select(daftar, dipilih[p.ke - 1] ?? 'baik', (v) => {
        const lama = [...(s.predikat[String(tahun)] ?? [])];
        for (let i = 0; i < n; i++) lama[i] = lama[i] ?? 'baik';
        lama[p.ke - 1] = v as Predikat;
        ubah({ predikat: { ...s.predikat, [String(tahun)]: lama } });
      });
      return medan(`predikat-${tahun}-${p.ke}`, label, pilih, `${namaBulan(p.a)}–${namaBulan(p.b)}`);
    });
    wadahTahun.append(el('div', { class: 'tahun' }, kotak));
  }
}

function kalimatSelisih(selisih: string): string {
  return selisih.startsWith('-')
    ? t('kekurangan', { x: angka(selisih.slice(1)) })
    : t('kelebihan', { x: angka(selisih) });
}

function barisKenaikan(k: KenaikanPak, id: string): HTMLElement {
  const tujuan =
    k.jenis === 'pangkat'
      ? t('kenaikanPangkat', { ke: labelGolongan(k.ke) })
      : t('kenaikanJenjang', { ke: labelGolongan(k.ke), jenjang: labelJenjang(k.jenjang) });
  const predikat = k.predikatCukup === null ? '' : `; ${k.predikatCukup ? t('predikatCukup') : t('predikatKurang')}`;
  return el(
    'li',
    { id, 'data-selisih': k.selisih, 'data-syarat': k.syarat, class: k.akCukup ? 'cukup' : 'kurang' },
    el('h4', {}, tujuan),
    el('p', {}, `${t('syaratAk')}: `, el('strong', {}, angka(k.syarat))),
    el(
      'p',
      {},
      `${k.akCukup ? t('memenuhi') : t('belumMemenuhi')}: `,
      el('strong', {}, kalimatSelisih(k.selisih)),
      `${predikat}.`,
    ),
  );
}

function tabelGulir(label: string, ...isi: HTMLElement[]): HTMLElement {
  return el(
    'div',
    { class: 'gulir', tabindex: 0, role: 'region', 'aria-label': t('tabelGulir', { x: label }) },
    el('table', {}, isi),
  );
}

function bagianHasil(h: Hasil): HTMLElement[] {
  const bagian: HTMLElement[] = [];
  const galat = [
    ...(Object.keys(h.salah).length > 0 ? [t('perbaikiIsian')] : []),
    ...h.tahun.filter((x) => x.galat !== null).map((x) => `${t('galatTahun', { t: String(x.tahun) })} ${x.galat}`),
    ...h.periode.filter((p) => p.galat !== null).map((p) => `${p.tahun}: ${p.galat}`),
    ...h.galatIntegrasi,
    ...h.galatPenetapan,
  ];
  if (galat.length > 0) {
    bagian.push(
      el(
        'div',
        { class: 'galat', id: 'galat-hasil', role: 'alert' },
        el('h3', {}, t('galatJudul')),
        el(
          'ul',
          {},
          galat.map((g) => el('li', {}, g)),
        ),
      ),
    );
  }
  const rekam = h.periode.filter((p) => p.rekam !== null);
  if (rekam.length > 0) {
    bagian.push(
      el(
        'section',
        { 'aria-labelledby': 'judul-konversi' },
        el('h3', { id: 'judul-konversi' }, t('konversiJudul')),
        tabelGulir(
          t('konversiJudul'),
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              [
                t('kolomPeriode'),
                t('kolomPredikat'),
                t('kolomPersentase'),
                t('kolomKoefisien'),
                t('kolomBulan'),
                t('kolomAk'),
                t('kolomTepat'),
              ].map((x, i) => el('th', { scope: 'col', class: i >= 2 ? 'angka' : null }, x)),
            ),
          ),
          el(
            'tbody',
            {},
            rekam.map((p) => {
              const r = p.rekam!;
              const label = p.jumlahPeriode === 1 ? String(p.tahun) : `${p.tahun} ${t('semester')} ${p.ke}`;
              return el(
                'tr',
                { 'data-ak': r.angkaKredit },
                el('th', { scope: 'row' }, label),
                el('td', {}, labelPredikat(r.predikat, r.tahun)),
                el('td', { class: 'angka' }, `${r.persentase}%`),
                el('td', { class: 'angka' }, angka(r.koefisienTahunan)),
                el('td', { class: 'angka' }, String(r.bulanAkhir - r.bulanMulai + 1)),
                el('td', { class: 'angka' }, angka(r.angkaKredit)),
                el('td', { class: 'angka' }, tepat(r.angkaKredit)),
              );
            }),
          ),
        ),
      ),
    );
  }
  if (h.akumulasi !== null) {
    bagian.push(
      el(
        'section',
        { 'aria-labelledby': 'judul-akumulasi' },
        el('h3', { id: 'judul-akumulasi' }, t('akumulasiJudul')),
        el(
          'p',
          {},
          `${t('jumlahKonversi')}: `,
          el('strong', { id: 'ak-akumulasi', 'data-tepat': h.akumulasi.total }, angka(h.akumulasi.total)),
          ` (${tepat(h.akumulasi.total)})`,
        ),
      ),
    );
  }
  const p = h.penetapan;
  if (p !== null) {
    const k = ketentuanTahun(s.tahunAkhir, getBahasa()).ketentuan ?? KETENTUAN_2026;
    const bulat = k.kebijakan.pembulatanTampilan;
    const baris = (id: string, label: string, nilai: string, kuat = false) =>
      el(
        'tr',
        { id, 'data-tepat': nilai, class: kuat ? 'jumlah' : null },
        el('th', { scope: 'row' }, label),
        el('td', { class: 'angka' }, angka(nilai)),
        el('td', { class: 'angka' }, tepat(nilai)),
      );
    const integrasi = h.integrasi;
    bagian.push(
      el(
        'section',
        { 'aria-labelledby': 'judul-penetapan' },
        el('h3', { id: 'judul-penetapan' }, t('penetapanJudul')),
        h.integrasiTidakDihitung === null
          ? null
          : el(
              'p',
              { class: 'catatan-penting', id: 'integrasi-tidak-dihitung' },
              `${t('integrasiTidakDihitung')} ${h.integrasiTidakDihitung}`,
            ),
        tabelGulir(
          t('penetapanJudul'),
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              el('th', { scope: 'col' }, t('kolomUraian')),
              el('th', { scope: 'col', class: 'angka' }, t('kolomAk')),
              el('th', { scope: 'col', class: 'angka' }, t('kolomTepat')),
            ),
          ),
          el(
            'tbody',
            {},
            baris('ak-dasar-hasil', t('akDasarBaris'), p.akDasar),
            // An integrasi not computed is absent, not 0 (as the PAK page prints it).
            p.integrasi === null
              ? el(
                  'tr',
                  { id: 'ak-integrasi', 'data-tepat': '' },
                  el('th', { scope: 'row' }, t('akIntegrasiBaris')),
                  el('td', { class: 'angka' }, '—'),
                  el('td', { class: 'angka' }, t('tidakAdaNilai')),
                )
              : baris('ak-integrasi', t('akIntegrasiBaris'), p.integrasi.akIntegrasi),
            baris('ak-konversi', t('akKonversiBaris'), p.akKonversi),
            baris('ak-kumulatif', t('akKumulatif'), p.akKumulatif, true),
          ),
        ),
        integrasi === null || p.integrasi === null
          ? null
          : el(
              'p',
              { class: 'catatan' },
              t('integrasiRumus', {
                ak: tepat(integrasi.akKumulatif),
                nd: tepat(integrasi.nilaiDasar),
                hasil: tepat(integrasi.akIntegrasi),
                min: tepat(integrasi.rentang[0]),
                maks: tepat(integrasi.rentang[1]),
              }),
            ),
        el(
          'p',
          { class: 'catatan', id: 'pembulatan' },
          t('pembulatan', {
            d: String(bulat.desimal),
            mode: bulat.mode === 'half-up' ? t('modeHalfUp') : bulat.mode,
            k: p.ketentuan,
          }),
        ),
      ),
    );
    const sama =
      p.kenaikanJenjang?.ke === p.kenaikanPangkat?.ke && p.kenaikanJenjang?.syarat === p.kenaikanPangkat?.syarat;
    const kenaikan = (sama ? [p.kenaikanPangkat] : [p.kenaikanPangkat, p.kenaikanJenjang]).filter(
      (x): x is KenaikanPak => x !== null,
    );
    const prasyarat = [...new Set(kenaikan.flatMap((x) => x.prasyarat))];
    bagian.push(
      el(
        'section',
        { 'aria-labelledby': 'judul-kenaikan' },
        el('h3', { id: 'judul-kenaikan' }, t('kenaikanJudul')),
        kenaikan.length === 0
          ? el('p', {}, t('tidakAdaKenaikan'))
          : el(
              'ul',
              { class: 'kartu' },
              kenaikan.map((x, i) => barisKenaikan(x, i === 0 ? 'kenaikan-pangkat' : 'kenaikan-jenjang')),
            ),
        prasyarat.length === 0
          ? null
          : el(
              'div',
              { class: 'syarat-lain', id: 'syarat-lain' },
              el('h4', {}, t('syaratLainJudul')),
              el('p', {}, t('syaratLainPengantar')),
              el(
                'ul',
                {},
                prasyarat.map((x) => el('li', { 'data-kode': x }, t(x))),
              ),
            ),
      ),
    );
  }
  if (h.proyeksi !== null) {
    const label =
      s.proyeksi.length === 1
        ? labelPredikat(s.proyeksi[0] ?? 'baik')
        : s.proyeksi.map((p, i) => `${s.tahunAkhir + 1 + i} ${labelPredikat(p)}`).join(', ');
    bagian.push(
      el(
        'section',
        { 'aria-labelledby': 'judul-proyeksi' },
        el('h3', { id: 'judul-proyeksi' }, `${t('proyeksiJudul')}: ${label}`),
        h.proyeksi.kenaikan.length === 0
          ? el('p', {}, t('proyeksiTidakAda'))
          : el(
              'ol',
              { id: 'daftar-proyeksi' },
              h.proyeksi.kenaikan.map((k) => {
                // Said as the PAK Penetapan counts: cumulative AK within the jenjang against the cumulative threshold.
                const titik = h.proyeksi!.titik.find((x) => x.kenaikan === k);
                const ak = titik?.akTepat ?? k.akPangkat;
                const syarat =
                  k.jenis === 'jenjang' && k.syaratJenjang !== null && titik?.syaratPangkatTepat != null
                    ? Number(k.syaratJenjang) > Number(titik.syaratPangkatTepat)
                      ? k.syaratJenjang
                      : titik.syaratPangkatTepat
                    : (titik?.syaratPangkatTepat ?? k.syaratPangkat);
                return el(
                  'li',
                  { 'data-ke': k.ke, 'data-periode': `${k.periode.tahun}-${k.periode.ke}`, 'data-ak': ak },
                  t('proyeksiKalimat', {
                    jenis: k.jenis === 'jenjang' ? t('proyeksiJenisJenjang') : t('proyeksiJenisPangkat'),
                    ke: labelGolongan(k.ke),
                    periode:
                      ketentuanTahun(k.periode.tahun, getBahasa()).ketentuan?.periode.rentangBulan.length === 1
                        ? String(k.periode.tahun)
                        : `${k.periode.tahun} ${t('semester')} ${k.periode.ke}`,
                    ak: angka(ak),
                    syarat: angka(syarat),
                  }),
                );
              }),
            ),
        grafik(h.proyeksi.titik, label, tepat),
        el('p', { class: 'catatan' }, t('proyeksiCatatan')),
      ),
    );
  } else if (h.galatProyeksi !== null) {
    bagian.push(el('p', { class: 'galat' }, h.galatProyeksi));
  }
  return bagian;
}

/** The first thing a teacher reads (on a phone, in the first screen): the AK kumulatif and the next kenaikan. */
function isiRingkasAtas(h: Hasil): void {
  const p = h.penetapan;
  if (p === null) {
    ringkasAtas.replaceChildren(el('p', { class: 'kosong' }, t('ringkasBelum')));
    return;
  }
  const naik = p.kenaikanPangkat ?? p.kenaikanJenjang;
  const kapan = h.proyeksi?.kenaikan[0];
  ringkasAtas.replaceChildren(
    el(
      'p',
      { class: 'besar' },
      `${t('akKumulatif')}: `,
      el('strong', { id: 'ringkas-ak', 'data-tepat': p.akKumulatif }, angka(p.akKumulatif)),
    ),
    naik === null
      ? el('p', {}, t('tidakAdaKenaikan'))
      : el(
          'p',
          { id: 'ringkas-naik' },
          `${naik.jenis === 'pangkat' ? t('kenaikanPangkat', { ke: naik.ke }) : t('kenaikanJenjang', { ke: naik.ke, jenjang: labelJenjang(naik.jenjang) })}: `,
          el('strong', {}, kalimatSelisih(naik.selisih)),
          kapan === undefined ? '' : ` · ${t('ringkasKapan', { p: String(kapan.periode.tahun), ke: kapan.ke })}`,
        ),
  );
}

function perbarui(): void {
  hasilTerakhir = hitung(s, getBahasa());
  const h = hasilTerakhir;
  for (const m of Object.keys(ID_MEDAN) as MedanAngka[]) {
    const x = h.salah[m];
    const pesan =
      x !== undefined
        ? t(x.kode === 'format' ? 'salahFormat' : 'salahRentang', { min: ribuan(x.min), maks: ribuan(x.maks) })
        : m === 'akKonvensional' && h.galatIntegrasi.length > 0
          ? h.galatIntegrasi.join(' ')
          : null;
    tandaiMedan(ID_MEDAN[m], pesan);
  }
  wadahHasil.replaceChildren(el('h2', { id: 'judul-hasil' }, t('hasilJudul')), ...bagianHasil(h));
  isiRingkasAtas(h);
  // One short line for screen readers (a live region), not the whole section on every keystroke.
  const p = h.penetapan;
  ringkas.textContent = p === null ? t('galatJudul') : `${t('akKumulatif')}: ${angka(p.akKumulatif)}`;
  perbaruiPak(false);
}

let pakTerbuka = false;

/** The PAK page: built by pengelolaan-kinerja/cetak in an isolated frame (no script in it), printable as A4. */
function perbaruiPak(buka: boolean): void {
  if (buka) pakTerbuka = true;
  const keluaran = wadahPak.querySelector('#pak-keluaran') as HTMLElement;
  keluaran.replaceChildren();
  if (!pakTerbuka || hasilTerakhir === null || hasilTerakhir.penetapan === null) return;
  if (identitas.nama.trim() === '' || identitas.nip.trim() === '') {
    keluaran.append(el('p', { class: 'galat', role: 'alert' }, t('pakIsiIdentitas')));
    return;
  }
  const { dokumen, galat } = dokumenPak(s, hasilTerakhir, identitas, getBahasa());
  if (galat.length > 0) {
    keluaran.append(
      el(
        'div',
        { class: 'galat', role: 'alert' },
        el(
          'ul',
          {},
          galat.map((g) => el('li', {}, g)),
        ),
      ),
    );
    return;
  }
  void import('pengelolaan-kinerja/cetak').then(({ formatPakHtml }) => {
    if (keluaran.isConnected) tampilkanPak(keluaran, formatPakHtml(dokumen));
  });
}

/** The PAK page (from pengelolaan-kinerja/cetak, loaded the first time a teacher asks for it) in a frame. */
function tampilkanPak(keluaran: HTMLElement, halaman: string): void {
  keluaran.replaceChildren();
  const bingkai = el('iframe', {
    title: t('pakBingkai'),
    class: 'pak',
    id: 'pak-bingkai',
    sandbox: 'allow-same-origin allow-modals',
  });
  bingkai.srcdoc = halaman;
  keluaran.append(
    el(
      'div',
      { class: 'tombol-baris' },
      el('button', { type: 'button', id: 'pak-cetak', onclick: () => bingkai.contentWindow?.print() }, t('pakCetak')),
      el(
        'button',
        {
          type: 'button',
          id: 'pak-unduh',
          onclick: () =>
            unduh(`PAK-${identitas.nip.replace(/\D/g, '')}.html`, new Blob([halaman], { type: 'text/html' })),
        },
        t('pakUnduh'),
      ),
    ),
    bingkai,
  );
}

function bagianPak(): HTMLElement {
  const ubahId = (k: keyof Identitas) => (v: string) => {
    identitas = { ...identitas, [k]: v };
    simpan(KUNCI_IDENTITAS, JSON.stringify(identitas));
    if (pakTerbuka) perbaruiPak(false);
  };
  return el(
    'section',
    { 'aria-labelledby': 'judul-pak', id: 'bagian-pak' },
    el('h2', { id: 'judul-pak' }, t('pakJudul')),
    el('p', { class: 'bantuan' }, t('pakPengantar')),
    el(
      'div',
      { class: 'baris-medan' },
      medan('nama', t('nama'), input(identitas.nama, ubahId('nama'), { autocomplete: 'name' })),
      medan('nip', t('nip'), input(identitas.nip, ubahId('nip'), { inputmode: 'numeric', autocomplete: 'off' })),
      medan(
        'unit-kerja',
        t('unitKerja'),
        input(identitas.unitKerja, ubahId('unitKerja'), { autocomplete: 'organization' }),
      ),
      medan('instansi', t('instansi'), input(identitas.instansi, ubahId('instansi'), { autocomplete: 'off' })),
    ),
    el('button', { type: 'button', id: 'pak-tampilkan', onclick: () => perbaruiPak(true) }, t('pakTampilkan')),
    el('div', { id: 'pak-keluaran' }),
  );
}

/** How the calculator was opened: from this device's saved state, or from a shared link (and whether that link
 * differs from what is saved here), with what the link held that the page could not use. */
export interface Pembukaan {
  readonly dariTautan: boolean;
  readonly bedaDariSimpanan: boolean;
  readonly catatan: readonly string[];
}

/** Builds the calculator into `wadah` with the given state. */
export function tampilkanKalkulator(
  wadah: HTMLElement,
  keadaan: Keadaan,
  tahun: number,
  buka: Pembukaan = { dariTautan: false, bedaDariSimpanan: false, catatan: [] },
  ulang: () => void = () => undefined,
): void {
  s = keadaan;
  tahunIni = tahun;
  identitas = bacaIdentitas();
  simpanDitahan = buka.bedaDariSimpanan;
  wadahHasil = el('section', { id: 'hasil', 'aria-labelledby': 'judul-hasil' });
  ringkas = el('p', { role: 'status', class: 'visually-hidden', id: 'ringkasan-hasil' });
  ringkasAtas = el('div', { id: 'ringkas-atas', class: 'ringkas-atas' });
  wadahPak = bagianPak();
  const form = formulir();
  tautan = el('input', { type: 'text', readonly: true, value: location.href, class: 'tautan' });
  status = el('p', { role: 'status', class: 'status' });
  const keadaanIni = () => s;
  const pasangKeadaan = (baru: Keadaan) => {
    simpanDitahan = false;
    s = baru;
    simpan(KUNCI_KEADAAN, tulisParameter(s).toString());
    history.replaceState(null, '', hashKalkulator(s));
    ulang();
  };
  wadah.replaceChildren(
    ...[
      el('h1', { id: 'judul-kalkulator' }, t('kalkulatorJudul')),
      buka.catatan.length === 0
        ? null
        : el(
            'div',
            { class: 'galat', id: 'catatan-tautan', role: 'alert' },
            el('p', {}, t('tautanCatatan')),
            el(
              'ul',
              {},
              buka.catatan.map((c) => el('li', {}, c)),
            ),
          ),
      simpanDitahan
        ? el(
            'div',
            { class: 'catatan-penting', id: 'tautan-beda', role: 'region', 'aria-label': t('tautanBedaJudul') },
            el('p', {}, t('tautanBeda')),
            el(
              'div',
              { class: 'tombol-baris' },
              el('button', { type: 'button', id: 'tautan-pakai', onclick: () => pasangKeadaan(s) }, t('tautanPakai')),
              el(
                'button',
                {
                  type: 'button',
                  id: 'tautan-tolak',
                  class: 'kedua',
                  onclick: () => {
                    simpanDitahan = false;
                    history.replaceState(null, '', '#kalkulator');
                    ulang();
                  },
                },
                t('tautanTolak'),
              ),
            ),
          )
        : null,
      ringkasAtas,
      el('p', { class: 'pengantar' }, t('kalkulatorPengantar')),
      el('div', { class: 'dua-kolom' }, form, wadahHasil),
      ringkas,
      wadahPak,
      bagianSkenario({ tautan, status, keadaan: keadaanIni, pasang: pasangKeadaan, tahunIni }),
    ].filter((x): x is HTMLElement => x !== null),
  );
  isiTahun();
  isiProyeksi();
  if (!simpanDitahan) simpan(KUNCI_KEADAAN, tulisParameter(s).toString());
  history.replaceState(null, '', hashKalkulator(s));
  tautan.value = location.href;
  perbarui();
}
