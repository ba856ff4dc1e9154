import type { Golongan, Jenjang, Predikat } from '../ketentuan/kode';

// Display labels of the printed PAK, kept here so a print app does not load a whole rule set; a test keeps them
// equal to the built-in rule sets' labels (test/cetak/pak-html.test.ts).

/** @internal */
export const LABEL_PREDIKAT: { readonly [P in Predikat]: string } = {
  'sangat-baik': 'Sangat Baik',
  baik: 'Baik',
  'butuh-perbaikan': 'Butuh Perbaikan',
  kurang: 'Kurang/Misconduct',
  'sangat-kurang': 'Sangat Kurang',
};

/** @internal */
export const LABEL_JENJANG: { readonly [J in Jenjang]: string } = {
  'ahli-pertama': 'Ahli Pertama',
  'ahli-muda': 'Ahli Muda',
  'ahli-madya': 'Ahli Madya',
  'ahli-utama': 'Ahli Utama',
};

/** @internal */
export const PANGKAT: { readonly [G in Golongan]: string } = {
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

/** @internal */
export const NAMA_BULAN = [
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
] as const;
