import { deepFreeze } from '../core/freeze';
import type { DasarKetentuan } from './dasar';
import { variasiTingkatI } from './ejaan';
import type { Jenjang, Predikat } from './kode';
import type { AturanAngkaKredit, Entri, EntriGolongan, EntriPredikat, Ketentuan } from './types';
import { open, reg } from './sumber';

/**
 * The predikat matrix of PermenPANRB 6/2022 (the `matriksPredikat` of every built-in rule set), on its own so that
 * {@link predikatKinerja} carries no more data than it needs: `[hasilKerja][perilakuKerja]` → predikat.
 *
 * @internal
 */
export const MATRIKS_PREDIKAT: Ketentuan['matriksPredikat'] = /* @__PURE__ */ (() => {
  const baris = (bawah: Predikat, sesuai: Predikat, atas: Predikat) =>
    Object.freeze({ 'di-bawah-ekspektasi': bawah, 'sesuai-ekspektasi': sesuai, 'di-atas-ekspektasi': atas });
  return Object.freeze({
    'di-atas-ekspektasi': baris('kurang', 'baik', 'sangat-baik'),
    'sesuai-ekspektasi': baris('kurang', 'baik', 'baik'),
    'di-bawah-ekspektasi': baris('sangat-kurang', 'butuh-perbaikan', 'butuh-perbaikan'),
  });
})();

/**
 * The numbers of every built-in rule set that angka kredit reads, on their own so that {@link angkaKredit} carries no more
 * data than it needs (PermenPANRB 1/2023: koefisien tahunan per jenjang and persentase per predikat). The full rule
 * set adds the labels to these same numbers.
 *
 * @category Ketentuan
 * @example
 * ATURAN_ANGKA_KREDIT.jenjang[1]; //=> { kode: 'ahli-muda', koefisienTahunan: '25' }
 */
export const ATURAN_ANGKA_KREDIT: AturanAngkaKredit = /* @__PURE__ */ (() => {
  // Frozen entry by entry (not with deepFreeze) so that angkaKredit alone stays within its 2 kB budget.
  const entri = <T extends object>(xs: T[]): readonly T[] => Object.freeze(xs.map((x) => Object.freeze(x)));
  return Object.freeze({
    jenjang: entri([
      { kode: 'ahli-pertama', koefisienTahunan: '12.5' },
      { kode: 'ahli-muda', koefisienTahunan: '25' },
      { kode: 'ahli-madya', koefisienTahunan: '37.5' },
      { kode: 'ahli-utama', koefisienTahunan: '50' },
    ] as const),
    predikat: entri([
      { kode: 'sangat-baik', persentase: 150 },
      { kode: 'baik', persentase: 100 },
      { kode: 'butuh-perbaikan', persentase: 75 },
      { kode: 'kurang', persentase: 50 },
      { kode: 'sangat-kurang', persentase: 25 },
    ] as const),
  });
})();

/**
 * Jenjang spellings as real files write them. The modern titles (`Guru Ahli Muda`, SIASN's `GURU AHLI PERTAMA`) and the
 * legacy guru titles whose jenjang is settled: Kepmenpan 84/1993 titles (`Guru Madya Tingkat I` III/b, `Guru Dewasa` /
 * `Guru Dewasa Tingkat I` III/c–d, `Guru Pembina` / `Guru Pembina Tingkat I` IV/a–b, `Guru Utama Muda` IV/c, `Guru
 * Utama Madya` IV/d, `Guru Utama` IV/e) and PermenPAN-RB 16/2009's `Guru Pertama`, each confirmed by the `jenjang`
 * column of SIASN's jabatan fungsional reference (rumahASN `docs/siasn/jab_fungsional_siasn.csv`; black-coffee04/ws-siasn-php
 * `src/Data/Referensi/jabatanFungsional.json.gz`) except `Guru Utama Muda` (SIASN: MU, status X; 84/1993: IV/c, so
 * ahli madya). Titles whose jenjang depends on the regulation they were written under (`Guru Madya`, `Guru Muda`) are
 * not aliases: {@link JABATAN_GURU_AMBIGU}. Spelled with `Tk.`/`Tingkat.` they fold to these (the label parser treats
 * `.` as a space).
 */
const tingkatI = variasiTingkatI;
const LABEL_JENJANG: Record<Jenjang, Omit<Entri, 'kode'>> = /* @__PURE__ */ (() => ({
  'ahli-pertama': {
    label: 'Ahli Pertama',
    labelEn: 'First Expert',
    alias: ['Guru Ahli Pertama', 'Guru Pertama', ...tingkatI('Guru Madya')],
  },
  'ahli-muda': {
    label: 'Ahli Muda',
    labelEn: 'Junior Expert',
    alias: ['Guru Ahli Muda', 'Guru Dewasa', ...tingkatI('Guru Dewasa')],
  },
  'ahli-madya': {
    label: 'Ahli Madya',
    labelEn: 'Intermediate Expert',
    alias: ['Guru Ahli Madya', 'Guru Pembina', ...tingkatI('Guru Pembina'), 'Guru Utama Muda'],
  },
  'ahli-utama': {
    label: 'Ahli Utama',
    labelEn: 'Senior Expert',
    alias: ['Guru Ahli Utama', 'Guru Utama Madya', 'Guru Utama'],
  },
}))();

const LABEL_PREDIKAT: Record<Predikat, Omit<EntriPredikat, 'kode' | 'persentase'>> = {
  'sangat-baik': { label: 'Sangat Baik', labelEn: 'Outstanding', alias: [], kuadranSiasn: 1 },
  baik: { label: 'Baik', labelEn: 'Good', alias: [], kuadranSiasn: 2 },
  'butuh-perbaikan': { label: 'Butuh Perbaikan', labelEn: 'Needs improvement', alias: ['Cukup'], kuadranSiasn: 3 },
  kurang: { label: 'Kurang/Misconduct', labelEn: 'Poor/Misconduct', alias: ['Kurang', 'Misconduct'], kuadranSiasn: 4 },
  'sangat-kurang': { label: 'Sangat Kurang', labelEn: 'Very poor', alias: [], kuadranSiasn: 5 },
};

/**
 * Golongan spellings as forms and exports write them (docs/sumber.md#ejaan-dalam-berkas): the ruang with a space, a dash, nothing or a
 * slash between (`IV b`, `IV-b`, `IVb`, `iv/b`, `IV/B`: the label parser folds case, `-`, `_` and spaces), and the
 * pangkat with "Tingkat I" abbreviated (`Pembina Tk.I`, `Pembina Tk. I`, `PEMBINA TK. I`: `.` folds to a space) or
 * with an Arabic 1 (`Penata Muda Tingkat 1`, as in school databases). Pangkat names: SIASN's golongan reference
 * (rumahASN `docs/siasn/siasn_golongan.csv`; black-coffee04/ws-siasn-php `golonganPns.json.gz`).
 */
const golongan = (
  kode: EntriGolongan['kode'],
  pangkat: string,
  jenjang: Jenjang,
  akKenaikanPangkat: string | null,
  akKenaikanJenjang: string | null,
): EntriGolongan => {
  const [gol = '', ruang = ''] = kode.split('/');
  const pangkatTk = pangkat.endsWith(' Tingkat I') ? tingkatI(pangkat.slice(0, -' Tingkat I'.length)) : [pangkat];
  return {
    kode,
    label: kode,
    labelEn: kode,
    alias: [`${gol} ${ruang}`, `${gol}${ruang}`, ...new Set([pangkat, ...pangkatTk])],
    pangkat,
    jenjang,
    akKenaikanPangkat,
    akKenaikanJenjang,
  };
};
const GOLONGAN: readonly EntriGolongan[] = /* @__PURE__ */ (() => [
  golongan('III/a', 'Penata Muda', 'ahli-pertama', '50', null),
  golongan('III/b', 'Penata Muda Tingkat I', 'ahli-pertama', '50', '100'),
  golongan('III/c', 'Penata', 'ahli-muda', '100', null),
  golongan('III/d', 'Penata Tingkat I', 'ahli-muda', '100', '200'),
  golongan('IV/a', 'Pembina', 'ahli-madya', '150', null),
  golongan('IV/b', 'Pembina Tingkat I', 'ahli-madya', '150', null),
  golongan('IV/c', 'Pembina Utama Muda', 'ahli-madya', '150', '450'),
  golongan('IV/d', 'Pembina Utama Madya', 'ahli-utama', '200', null),
  golongan('IV/e', 'Pembina Utama', 'ahli-utama', null, null),
])();

/**
 * The base every built-in rule set takes its angka kredit side from: the rules of the ASN and its jabatan fungsional,
 * the same in every year from 2023. PermenPANRB 6/2022 (Pengelolaan Kinerja Pegawai ASN): the ratings, the predikat
 * and their matrix, the pola distribusi; PermenPANRB 1/2023 (Jabatan Fungsional): the koefisien per jenjang, the
 * persentase per predikat, the golongan with their AK thresholds; PerBKN 3/2023: AK Integrasi and AK Dasar.
 *
 * @internal
 */
export const DASAR_ASN: DasarKetentuan<
  | 'dokumen'
  | 'jenjang'
  | 'golongan'
  | 'rating'
  | 'predikat'
  | 'matriksPredikat'
  | 'integrasiAk'
  | 'akDasar'
  | 'polaDistribusi'
> = /* @__PURE__ */ (() =>
  deepFreeze({
    dokumen: [
      {
        id: 'permenpanrb-6-2022',
        judul: 'Peraturan Menteri PANRB Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai ASN',
      },
      { id: 'permenpanrb-1-2023', judul: 'Peraturan Menteri PANRB Nomor 1 Tahun 2023 tentang Jabatan Fungsional' },
      { id: 'perbkn-3-2023', judul: 'Peraturan BKN Nomor 3 Tahun 2023 (contoh konversi angka kredit periodik)' },
    ],
    jenjang: ATURAN_ANGKA_KREDIT.jenjang.map((j) => ({ ...j, ...LABEL_JENJANG[j.kode] })),
    golongan: GOLONGAN,
    rating: [
      { kode: 'di-atas-ekspektasi', label: 'Di Atas Ekspektasi', labelEn: 'Above expectations', alias: ['Di Atas'] },
      { kode: 'sesuai-ekspektasi', label: 'Sesuai Ekspektasi', labelEn: 'Meets expectations', alias: ['Sesuai'] },
      {
        kode: 'di-bawah-ekspektasi',
        label: 'Di Bawah Ekspektasi',
        labelEn: 'Below expectations',
        alias: ['Di Bawah'],
      },
    ],
    predikat: ATURAN_ANGKA_KREDIT.predikat.map((p) => ({ ...p, ...LABEL_PREDIKAT[p.kode] })),
    matriksPredikat: MATRIKS_PREDIKAT,
    integrasiAk: {
      nilaiDasar: { 'ahli-pertama': '100', 'ahli-muda': '200', 'ahli-madya': '400', 'ahli-utama': '850' },
      rentang: {
        'III/a': ['0', '50'],
        'III/b': ['50', '100'],
        'III/c': ['0', '100'],
        'III/d': ['100', '200'],
        'IV/a': ['0', '150'],
        'IV/b': ['150', '300'],
        'IV/c': ['300', '450'],
        'IV/d': ['0', '200'],
        'IV/e': null,
      },
    },
    akDasar: {
      'III/a': '0',
      'III/b': '50',
      'III/c': '0',
      'III/d': '100',
      'IV/a': '0',
      'IV/b': '150',
      'IV/c': '300',
      'IV/d': '0',
      'IV/e': '200',
    },
    polaDistribusi: {
      istimewa: [{ predikat: ['sangat-baik'], maksPersen: 70 }],
      baik: [
        { predikat: ['baik'], maksPersen: 70 },
        { predikat: ['butuh-perbaikan', 'kurang'], minJumlah: 1 },
      ],
      'butuh-perbaikan': [
        { predikat: ['butuh-perbaikan'], minPersen: 60 },
        { predikat: ['sangat-baik'], maksPersen: 10 },
      ],
      kurang: [
        { predikat: ['kurang'], minPersen: 60 },
        { predikat: ['butuh-perbaikan'], minPersen: 10 },
        { predikat: ['sangat-baik'], maksPersen: 10 },
      ],
      'sangat-kurang': [
        { predikat: ['sangat-kurang'], minPersen: 60 },
        { predikat: ['kurang', 'butuh-perbaikan'], minPersen: 10 },
        { predikat: ['sangat-baik'], maksPersen: 0 },
      ],
    },
    sumber: {
      jenjang: reg(['permenpanrb-1-2023'], 'Koefisien angka kredit tahunan jabatan fungsional keahlian.'),
      golongan: reg(
        ['permenpanrb-1-2023'],
        'Angka kredit kumulatif untuk kenaikan pangkat dan jenjang, kategori keahlian.',
      ),
      rating: reg(['permenpanrb-6-2022']),
      predikat: reg(
        ['permenpanrb-6-2022'],
        'Persentase dari PermenPANRB 1/2023; "Cukup" pada panduan adalah alias Butuh Perbaikan.',
      ),
      matriksPredikat: reg(['permenpanrb-6-2022'], 'Kuadran kinerja pegawai.'),
      integrasiAk: open(
        ['perbkn-3-2023'],
        'AK Integrasi = akumulasi AK konvensional sampai 31 Desember 2022 dikurangi nilai dasar (paparan BKN; tinggi). Nilai dasar per jenjang: Ahli Pertama 100, Ahli Muda 200, Ahli Madya 400 (formulir: 550,63 − 400 = 150,63 pada IV/b), Ahli Utama 850 (sedang); pada sebagian kasus bergantung golongan pengangkatan pertama: berikan nilai dasar sebagai masukan. Rentang per golongan dari jenjang kumulatif lama (sedang); di luar rentang tidak ada tindak lanjut AK Integrasi (bukan dipotong). IV/e tanpa rentang.',
      ),
      akDasar: open(
        ['perbkn-3-2023'],
        'AK Dasar diberikan saat masuk jenjang pada golongan di atas golongan terendahnya (perpindahan, penyesuaian, promosi; PerBKN 3/2023 Pasal 7 ayat (2), Lampiran II angka 2). Hanya III/d = 100 yang tertulis (contoh lampiran: masuk Ahli Muda III/d, 3 tahun Baik: 100% × 25 × 3 = 75, dengan AK Dasar 100 jumlah 175). Golongan lain diturunkan dari jenjang kumulatif pangkat (III/b 50, IV/b 150, IV/c 300, IV/e 200; golongan terendah jenjang 0): terbuka sampai bersumber.',
      ),
      polaDistribusi: open(
        ['permenpanrb-6-2022'],
        'Pola distribusi sebagaimana diceritakan ulang oleh sumber sekunder (panduan pola distribusi predikat kinerja pegawai); belum dicocokkan dengan teks lampiran. "Sebagian besar (maksimal 70%)" dikodekan sebagai batas atas 70% saja.',
      ),
    },
  }))();
