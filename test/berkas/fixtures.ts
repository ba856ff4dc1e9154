// What the reader must get from each real-format fixture (test/cli/fixtures/, sources in its README.md): shared by the
// Node test and the Chromium test, so that a file the CLI reads the browser reads the same.
import type { Dialek } from '../../src/berkas';

export interface HarapanBerkas {
  readonly berkas: string;
  /** The whole file refused with this code, or read: */
  readonly ditolak?: string;
  readonly header?: readonly string[];
  readonly dialek?: Partial<Dialek>;
  /** Data rows: [line, cells] or [line, the refusal's code]. */
  readonly baris?: readonly (readonly [number, readonly string[] | string])[];
  /** Cells to check by [row index, header] when the rows are wide. */
  readonly sel?: readonly (readonly [number, string, string])[];
  readonly jumlah?: number;
  readonly prolog?: number;
}

export const HARAPAN: readonly HarapanBerkas[] = [
  {
    berkas: 'siasn-data-pegawai.csv',
    dialek: { format: 'csv', encoding: 'utf-8', bom: false, pemisah: ',', akhirBaris: '\n' },
    jumlah: 3,
    sel: [
      [0, 'NIP BARU', '197505152000032004'],
      [0, 'GELAR DEPAN', 'Dra.'],
      [1, 'JABATAN NAMA', 'Guru Dewasa Tingkat. I'],
      [2, 'JABATAN NAMA', 'Analis SDM Aparatur Ahli Muda'],
      [0, 'INSTANSI INDUK NAMA', 'Pemerintah Kota Kupang'],
    ],
  },
  {
    berkas: 'siasn-rw-angkakredit.csv',
    dialek: { format: 'csv', pemisah: ',' },
    jumlah: 3,
    sel: [
      [0, 'pns', 'A5EB03E2C1D1F6A0E040640A040252AD'],
      [2, 'kreditBaruTotal', '8.333'],
      [2, 'bulanMulaiPenailan', '9'],
    ],
  },
  {
    berkas: 'siasn-rw-skp22.csv',
    jumlah: 2,
    sel: [
      [0, 'KuadranKinerjaNilai', '2'],
      [1, 'kuadranKinerja', 'SANGAT BAIK'],
      [1, 'tahun', '2024'],
    ],
  },
  {
    berkas: 'siasn-rw-kinerjaperiodik.csv',
    jumlah: 2,
    sel: [
      [0, 'kuadranKinerjaNilai', '2'],
      [1, 'nip', '198701012010012001'],
      [1, 'koefisenId', '22'],
    ],
  },
  {
    berkas: 'template-pak-daerah.csv',
    dialek: { format: 'csv', encoding: 'utf-8', bom: true, pemisah: ';', desimal: ',', akhirBaris: '\r\n' },
    jumlah: 2,
    sel: [
      [0, 'Jumlah AK Konvensional s.d. 2022', '550,63'],
      [0, 'ID Riwayat Jabatan', '8AE483A67E2F4C1FE050640A15027A1B'],
      [1, 'NIP', "'198701012010012001"],
      [0, 'Pangkat/Gol.Ruang', 'Pembina Tk.I, IV/b'],
    ],
  },
  {
    berkas: 'excel-indonesia.csv',
    header: [
      'NIP',
      'Nama',
      'Golongan',
      'Jabatan',
      'Tanggal Mulai',
      'Tanggal Selesai',
      'Predikat',
      'AK Dasar',
      'Unit Kerja',
    ],
    dialek: { format: 'csv', encoding: 'utf-8', bom: true, pemisah: ';', desimal: ',', akhirBaris: '\r\n' },
    baris: [
      [
        2,
        [
          '197505152000032004',
          'Dra. Siti Aminah; M.Pd.',
          'IV/b',
          'Guru Ahli Madya',
          '01-09-2023',
          '31-12-2023',
          'Baik',
          '',
          'SMP Negeri 1 Kupang',
        ],
      ],
      [
        3,
        [
          '199001012015032001',
          'Maria Kase',
          'III/a',
          'Guru Ahli Pertama',
          '01/01/2024',
          '30/06/2024',
          'Sangat Baik',
          '12,5',
          'SD Negeri 1 Alak',
        ],
      ],
    ],
  },
  {
    berkas: 'unicode-text.txt',
    header: ['NIP', 'Nama', 'Golongan', 'Tahun', 'Predikat'],
    dialek: { format: 'csv', encoding: 'utf-16le', bom: true, pemisah: '\t', akhirBaris: '\r\n' },
    baris: [
      [2, ['198701012010012001', 'YOHANES BENA', 'III/d', '2024', 'Baik']],
      [3, ['199001012015032001', 'MARIA KASE', 'III/a', '2024', 'Sangat Baik']],
    ],
  },
  {
    berkas: 'windows-1252.csv',
    dialek: { format: 'csv', encoding: 'windows-1252', bom: false, pemisah: ';' },
    baris: [
      [2, ['198703122010012004', 'MUH. SYAMSU’ALAM', 'III/c', '2024', 'Baik']],
      [3, ['199001012015032001', 'Â. RENé', 'III/a', '2024', 'Baik']],
    ],
  },
  {
    berkas: 'kutip-liar.csv',
    dialek: { format: 'csv', pemisah: ',' },
    baris: [
      [2, ['198703122010012004', 'ANDI "ACO" RAHMAN', 'III/c', '2024', 'Baik']],
      [3, 'kutip-tidak-ditutup'],
      [4, ['198701012010012001', 'YOHANES BENA', 'III/d', '2024', 'Baik']],
    ],
  },
  {
    berkas: 'html-tabel.xls',
    header: ['No', 'NIP', 'Nama', 'Golongan', 'Tahun', 'Predikat', 'AK Dasar'],
    dialek: { format: 'html', encoding: 'utf-8', desimal: ',', pemisah: ';' },
    prolog: 2,
    baris: [
      [4, ['1', '197505152000032004', 'Dra. Siti Aminah, M.Pd.', 'IV/b', '2024', 'Baik', '']],
      [5, ['2', '198701012010012001', 'Yohanes & Bena\nS.Pd.', 'III/d', '2024', 'Sangat Baik', '12,5']],
    ],
  },
  {
    berkas: 'xlsx-bernama-xls.xls',
    header: ['NIP', 'Nama', 'Golongan', 'Jabatan', 'Tahun', 'Predikat'],
    dialek: { format: 'xlsx' },
    baris: [
      [2, ['197505152000032004', 'Dra. Siti Aminah, M.Pd.', 'IV/b', 'Guru Ahli Madya', '2024', 'Baik']],
      [3, ['198701012010012001', 'Yohanes Bena', 'III/d', 'Guru Ahli Muda', '2024', 'Sangat Baik']],
    ],
  },
  {
    berkas: 'konversi-form.csv',
    dialek: { format: 'csv', encoding: 'utf-8', bom: true, pemisah: ';', desimal: ',', akhirBaris: '\r\n' },
    jumlah: 5,
    sel: [
      [0, 'PANGKAT/GOLONGAN RUANG/TMT', 'Penata / IIIc / 01-04-2020'],
      [0, 'PERIODIK (BULAN)', '6'],
      [0, 'ANGKA KREDIT YANG DIDAPAT', '12,5'],
      [2, 'JABATAN/TMT', 'Guru Madya/01-04-2022'],
      [3, 'PANGKAT/GOLONGAN RUANG/TMT', '#REF!'],
    ],
  },
  {
    berkas: 'dapodik-daftar-guru.csv',
    dialek: { format: 'csv', pemisah: ',', bom: false },
    prolog: 4,
    jumlah: 4,
    sel: [
      [0, 'NIP', '197505152000032004'],
      [0, 'JK', 'P'],
      [1, 'Tempat Lahir', 'Soe'],
      [2, 'Pangkat Golongan', 'III/a'],
      [2, 'Karpeg', 'P 777888'],
      [3, 'Status Kepegawaian', 'Guru Honor Sekolah'],
    ],
  },
  {
    berkas: 'ekinerja-skp-tahunan.csv',
    dialek: { format: 'csv', pemisah: ',', bom: false },
    prolog: 3,
    jumlah: 5,
    sel: [
      [0, 'nip', '198505142010012003'],
      [1, 'hasil_akhir', 'CUKUP'],
      [3, 'jenis_pegawai', 'pppk_paruh_waktu'],
      [4, 'periode_awal', '2024-07-01'],
    ],
  },
  {
    berkas: 'rekap-dinas.csv',
    header: [
      'NO',
      'NIP',
      'NAMA',
      'PANGKAT/GOL',
      'JABATAN',
      'TAHUN',
      'PREDIKAT',
      'AK KONVENSIONAL S.D. 2022',
      'AK INTEGRASI',
    ],
    dialek: { format: 'csv', bom: true, pemisah: ';', desimal: ',' },
    jumlah: 4,
    sel: [
      [0, 'NO', '1'],
      [0, 'AK INTEGRASI', '9'],
      [1, 'AK KONVENSIONAL S.D. 2022', '250,5'],
    ],
  },
  {
    berkas: 'rekap-ak-integrasi.csv',
    dialek: { format: 'csv', bom: true, pemisah: ';' },
    jumlah: 2,
    sel: [[0, 'AK INTEGRASI', '(8)']],
  },
  {
    berkas: 'siasn-kuadran-predikat.csv',
    header: ['nip', 'nama', 'golongan', 'jabatan', 'tahun', 'predikat'],
    dialek: { format: 'csv', pemisah: ',' },
    jumlah: 4,
    sel: [
      [0, 'predikat', '2'],
      [3, 'predikat', '6'],
    ],
  },
  {
    berkas: 'rekap-predikat-per-periode.csv',
    header: [
      'NO',
      'NIP',
      'NAMA',
      'PANGKAT/GOL',
      'JABATAN',
      'UNIT KERJA',
      '2023',
      '2024 S1',
      '2024 S2',
      'Predikat 2025',
      'AK KONVENSIONAL S.D. 2022',
    ],
    dialek: { format: 'csv', bom: true, pemisah: ';', desimal: ',', akhirBaris: '\r\n' },
    jumlah: 5,
    sel: [
      [1, '2023', ''],
      [2, '2024 S1', 'Istimewa'],
      [4, 'Predikat 2025', 'SANGAT BAIK'],
    ],
  },
  { berkas: 'biff.xls', ditolak: 'format-tidak-didukung' },
  { berkas: 'koma.csv', dialek: { format: 'csv', pemisah: ',', bom: false }, jumlah: 6 },
  { berkas: 'titik-koma.csv', dialek: { format: 'csv', pemisah: ';', bom: true, desimal: ',' }, jumlah: 6 },
  { berkas: 'buruk.csv', dialek: { format: 'csv', pemisah: ',' } },
];

/** What the reader gave, in a form both Node and the page can compare. */
export interface HasilBaca {
  readonly ditolak?: string;
  readonly header?: readonly string[];
  readonly dialek?: Dialek;
  readonly prolog?: number;
  readonly baris?: readonly (readonly [number, readonly string[] | string])[];
}
