// The fields of the operator's file in the page's words (the column map shows these, never the library's names).
import type { Bahasa } from 'pengelolaan-kinerja';
import type { Medan } from 'pengelolaan-kinerja/berkas';

const LABEL: Readonly<Record<Medan, readonly [id: string, en: string]>> = {
  nip: ['NIP', 'NIP'],
  nama: ['Nama guru', "Teacher's name"],
  golongan: ['Golongan ruang', 'Golongan'],
  jenjang: ['Jenjang jabatan', 'Jenjang'],
  jabatan: ['Nama jabatan', 'Position title'],
  predikat: ['Predikat kinerja', 'Performance predikat'],
  kuadran: ['Kuadran kinerja', 'Performance quadrant'],
  tahun: ['Tahun penilaian', 'Appraisal year'],
  bulanMulai: ['Bulan mulai', 'First month'],
  bulanSelesai: ['Bulan selesai', 'Last month'],
  semester: ['Semester', 'Semester'],
  tanggalMulai: ['Tanggal mulai penilaian', 'Appraisal start date'],
  tanggalSelesai: ['Tanggal selesai penilaian', 'Appraisal end date'],
  akDasar: ['AK Dasar', 'AK Dasar'],
  akKonvensional: ['AK kumulatif sampai 2022 (integrasi)', 'Cumulative AK up to 2022 (integrasi)'],
  golongan2022: ['Golongan pada 31 Desember 2022', 'Golongan on 31 December 2022'],
  unitKerja: ['Unit kerja (sekolah)', 'Work unit (school)'],
  pnsId: ['ID PNS (SIASN)', 'PNS ID (SIASN)'],
  rwJabatanId: ['ID riwayat jabatan (SIASN)', 'Position history ID (SIASN)'],
  nomorSk: ['Nomor SK', 'Decree number'],
  tanggalSk: ['Tanggal SK', 'Decree date'],
  gelarDepan: ['Gelar depan', 'Title before the name'],
  gelarBelakang: ['Gelar belakang', 'Title after the name'],
  tempatLahir: ['Tempat lahir', 'Place of birth'],
  tanggalLahir: ['Tanggal lahir', 'Date of birth'],
  jenisKelamin: ['Jenis kelamin', 'Sex'],
  karpeg: ['Nomor Karpeg', 'Karpeg number'],
  tmtGolongan: ['TMT golongan', 'Golongan effective date'],
  tmtJabatan: ['TMT jabatan', 'Position effective date'],
  instansi: ['Instansi', 'Agency'],
  persentase: ['Persentase predikat', 'Predikat percentage'],
  angkaKredit: ['Angka kredit tertulis', 'Angka kredit as written'],
  jumlahBulan: ['Jumlah bulan', 'Number of months'],
  koefisien: ['Koefisien per tahun', 'Annual coefficient'],
};

/** A field of the file in the page's words; a field the page does not know yet: a neutral word, never its code. */
export function labelMedan(m: string, bahasa: Bahasa): string {
  const l = (LABEL as Readonly<Record<string, readonly [string, string]>>)[m];
  return l === undefined ? (bahasa === 'en' ? 'Other field' : 'Data lain') : bahasa === 'en' ? l[1] : l[0];
}
