/**
 * Dari catatan lokal ke SIASN dan kembali: badan permintaan angkakredit/save dan skp22/save (aplikasi yang
 * mengirimkannya; pustaka ini tanpa jaringan), membaca baris rw-skp22 dan rw-angkakredit, lalu rekonsiliasi.
 * Run: npx ts-node examples/siasn.ts
 */
import {
  angkaKreditTahunan,
  createRekamAngkaKredit,
  formatIssue,
  unwrap,
  type RekamAngkaKredit,
} from 'pengelolaan-kinerja';
import {
  fromSkp22Siasn,
  rekonsiliasiSiasn,
  toAngkaKreditSiasn,
  toSkp22Siasn,
  type PenilaiSiasn,
} from 'pengelolaan-kinerja/siasn';

const pnsId = 'A8ACA7397AEB3912E040640A040269BB'; // id PNS di SIASN (contoh)
const penilai: PenilaiSiasn = {
  nipNrp: '197001011995031001',
  nama: 'Drs. Budi Santoso',
  jabatan: 'Kepala SMP Negeri 1 Kupang',
  golongan: 'IV/a',
  unorNama: 'SMP Negeri 1 Kupang',
  status: 'asn',
};

// 1. Tahun 2025: satu periode, penilaian dari atasan → predikat dan angka kredit.
const tahun2025 = unwrap(
  angkaKreditTahunan({
    tahun: 2025,
    jenjang: 'ahli-muda',
    penilaian: [{ hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'di-atas-ekspektasi' }],
  }),
);
const rekam: RekamAngkaKredit[] = [
  createRekamAngkaKredit({ tahun: 2024, bulanMulai: 1, bulanAkhir: 6, jenjang: 'ahli-muda', predikat: 'baik' }),
  createRekamAngkaKredit({ tahun: 2024, bulanMulai: 7, bulanAkhir: 12, jenjang: 'ahli-muda', predikat: 'sangat-baik' }),
  ...tahun2025.rekam,
];

// 2. Badan permintaan. SIASN: semua teks, bendera "1"/"0", tanggal dd-mm-yyyy, AK 3 desimal, ejaan "Penailan".
for (const r of rekam) {
  const body = toAngkaKreditSiasn({
    pnsId,
    rwJabatanId: 'rw-jabatan-guru-ahli-muda',
    nomorSk: `800/PAK-K/${r.tahun}/${r.bulanMulai}`,
    tanggalSk: '2026-01-20',
    rekam: r,
  });
  if (!body.success) throw new Error(body.issues.map((i) => formatIssue(i)).join('\n'));
  console.log('POST /angkakredit/save', JSON.stringify(body.data));
}
const skp = unwrap(
  toSkp22Siasn({ pnsId, tahun: 2025, hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'di-atas-ekspektasi', penilai }),
);
console.log('POST /skp22/save', JSON.stringify(skp));

// 3. Yang kembali dari GET /pns/rw-skp22/{nip}: medan berhuruf besar, label "ESPEKTASI" (sic).
const rwSkp22 = [
  {
    id: 'skp-2024',
    pnsDinilaiId: pnsId,
    tahun: '2024',
    hasilKinerja: 'DIATAS ESPEKTASI',
    hasilKinerjaNilai: '1',
    perilakuKerja: 'DIBAWAH ESPEKTASI',
    PerilakuKerjaNilai: '3',
    kuadranKinerja: 'BUTUH PERBAIKAN',
    KuadranKinerjaNilai: '3',
  },
  {
    id: 'skp-2025',
    pnsDinilaiId: pnsId,
    tahun: '2025',
    hasilKinerjaNilai: '2',
    PerilakuKerjaNilai: '1',
    KuadranKinerjaNilai: '2',
  },
];
console.log('rw-skp22[0] dibaca:', JSON.stringify(unwrap(fromSkp22Siasn(rwSkp22[0]))));

// 4. Rekonsiliasi: SIASN memuat semester 1 2024 dan 2025 (2025 tercatat 18.75), semester 2 2024 belum.
const rwAngkaKredit = [
  unwrap(toAngkaKreditSiasn({ pnsId, rwJabatanId: 'j', nomorSk: '800/1', tanggalSk: '2025-01-15', rekam: rekam[0]! })),
  {
    ...unwrap(
      toAngkaKreditSiasn({ pnsId, rwJabatanId: 'j', nomorSk: '800/3', tanggalSk: '2026-01-20', rekam: rekam[2]! }),
    ),
    kreditBaruTotal: '18.750',
  },
];
const hasil = rekonsiliasiSiasn({
  lokal: {
    angkaKredit: rekam,
    skp: [
      { tahun: 2024, predikat: 'baik' },
      { tahun: 2025, predikat: tahun2025.predikatTahunan },
    ],
  },
  siasn: { angkaKredit: rwAngkaKredit, skp22: rwSkp22 },
});
console.log(`Rekonsiliasi: ${hasil.cocok} cocok, ${hasil.selisih.length} selisih`);
for (const s of hasil.selisih) console.log(`  ${s.code} @ ${s.path.join('.')}: ${s.message}`);
