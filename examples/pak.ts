/**
 * Dari angka kredit konvensional 2022 sampai PAK Penetapan: seorang guru Ahli Madya IV/b dengan PAK Integrasi
 * (BKN: 550,63 − 400 = 150,63), konversi predikat 2023–2026, akumulasi, penetapan dengan kekurangan AK untuk IV/c dan
 * Ahli Utama, proyeksi kapan kekurangan itu terpenuhi, dan halaman cetak HTML (A4) ditulis ke berkas.
 * Run: npx ts-node examples/pak.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  angkaKreditIntegrasi,
  createPakAkumulasi,
  createPakKonversi,
  createPakPenetapan,
  createRekamAngkaKredit,
  formatAngkaKredit,
  formatIssue,
  KETENTUAN_2024,
  proyeksiKenaikan,
  unwrap,
  type InputPegawaiPak,
  type KopPak,
  type Predikat,
  type RekamAngkaKredit,
} from 'pengelolaan-kinerja';
import { formatPakHtml } from 'pengelolaan-kinerja/cetak';

const pegawai: InputPegawaiPak = {
  nama: 'Dra. Siti Aminah, M.Pd.',
  nip: '197505152000032004',
  golongan: 'IV/b',
  unitKerja: 'SMP Negeri 1 Kupang',
  instansi: 'Dinas Pendidikan Kota Kupang',
};
const kop: KopPak = {
  tanggal: '2027-01-20',
  tempat: 'Kupang',
  penetap: { nama: 'Drs. Yohanes Bena', nip: '196807121994031006', jabatan: 'Kepala Dinas Pendidikan Kota Kupang' },
};

// 1. PAK Integrasi: AK kumulatif konvensional sampai 31 Desember 2022 dikurangi nilai dasar jenjang (Ahli Madya: 400).
const integrasi = angkaKreditIntegrasi({ golongan: 'IV/b', akKumulatif: '550.63' });
if (!integrasi.success) throw new Error(integrasi.issues.map((i) => formatIssue(i)).join('\n'));
console.log(
  `AK Integrasi: ${integrasi.data.akKumulatif} − ${integrasi.data.nilaiDasar} = ${integrasi.data.akIntegrasi} (rentang IV/b ${integrasi.data.rentang.join('–')})`,
);

// 2. Konversi predikat per periode. 2023 tidak punya ketentuan bawaan (SKP 2023 dibuat di e-Kinerja); koefisien dan
//    persentasenya (PermenPANRB 1/2023) sama dengan 2024, jadi dicatat dengan KETENTUAN_2024 secara eksplisit.
const setahun = (tahun: number, predikat: Predikat): RekamAngkaKredit =>
  createRekamAngkaKredit(
    { tahun, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-madya', predikat },
    tahun === 2023 ? { ketentuan: KETENTUAN_2024 } : {},
  );
const konversi = [
  setahun(2023, 'baik'),
  createRekamAngkaKredit({ tahun: 2024, bulanMulai: 1, bulanAkhir: 6, jenjang: 'ahli-madya', predikat: 'baik' }),
  createRekamAngkaKredit({
    tahun: 2024,
    bulanMulai: 7,
    bulanAkhir: 12,
    jenjang: 'ahli-madya',
    predikat: 'sangat-baik',
  }),
  setahun(2025, 'baik'),
  setahun(2026, 'sangat-baik'),
];
for (const r of konversi)
  console.log(
    `  ${r.tahun} bulan ${r.bulanMulai}–${r.bulanAkhir}: ${r.predikat} → ${formatAngkaKredit(r)} (ketentuan ${r.ketentuan})`,
  );

// 3. Dokumen: satu PAK Konversi (2026), PAK Akumulasi, PAK Penetapan.
const pakKonversi = unwrap(
  createPakKonversi({ pegawai, rekam: setahun(2026, 'sangat-baik'), nomor: '800.1.11.1/017/PAK-K/2027', ...kop }),
);
const pakAkumulasi = unwrap(
  createPakAkumulasi({ pegawai, rekam: konversi, nomor: '800.1.11.1/018/PAK-A/2027', ...kop }),
);
const pakPenetapan = unwrap(
  createPakPenetapan({ pegawai, integrasi: integrasi.data, konversi, nomor: '800.1.11.1/019/PAK/2027', ...kop }),
);
console.log(
  `Akumulasi konversi: ${formatAngkaKredit(pakAkumulasi.total)}; kumulatif dalam jenjang: ${formatAngkaKredit(pakPenetapan.akKumulatif)}`,
);
for (const k of [pakPenetapan.kenaikanPangkat, pakPenetapan.kenaikanJenjang]) {
  if (k !== null)
    console.log(
      `  ke ${k.ke} (${k.jenis}): perlu ${k.syarat}, selisih ${formatAngkaKredit(k.selisih)}, AK ${k.akCukup ? 'cukup' : 'belum cukup'}`,
    );
}

// 4. Kapan kekurangan itu terpenuhi bila predikat Baik terus? proyeksiKenaikan dari akKumulatif penetapan.
const proyeksi = proyeksiKenaikan({
  golongan: 'IV/b',
  akKumulatif: pakPenetapan.akKumulatif,
  predikat: 'baik',
  mulai: { tahun: 2027, ke: 1 },
});
for (const k of proyeksi.kenaikan.slice(0, 2))
  console.log(`  proyeksi: ${k.dari} → ${k.ke} pada akhir ${k.periode.tahun}`);

// 5. Halaman cetak: satu berkas HTML, satu halaman A4 per dokumen; buka di peramban lalu cetak ke PDF.
const dir = join(process.cwd(), '.tmp');
mkdirSync(dir, { recursive: true });
const berkas = join(dir, 'pak-contoh.html');
writeFileSync(berkas, formatPakHtml([pakKonversi, pakAkumulasi, pakPenetapan], { judul: `PAK ${pegawai.nama}` }));
console.log(`Halaman PAK: ${berkas}`);
