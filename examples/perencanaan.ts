/**
 * Contoh perencanaan (SKP): guru menyusun rencana, mengajukan, atasan menyetujui dengan penyesuaian,
 * guru menyepakati. Run: npx ts-node examples/perencanaan.ts
 */
import {
  addRhk,
  allowedEventsRencana,
  ASPEK_BERAKHLAK,
  chooseIndikator,
  createRencana,
  formatIssue,
  KETENTUAN_2024,
  replayAlurRencana,
  setPerilaku,
  startAlurRencana,
  suggestRhk,
  rangkumanRencana,
  rekomendasiIndikator,
  transitionRencana,
  unwrap,
  type AlurRencana,
  type RencanaKinerja,
} from 'pengelolaan-kinerja';

const pegawai = { peran: 'pegawai' as const, nama: 'Cak Buhrik Ohearwaei' };
const atasan = { peran: 'atasan' as const, nama: 'Ibu Kepala SDN Contoh 1' };

// 1. Menyusun rencana (draf).
let rencana: RencanaKinerja = createRencana({
  pegawai: {
    nama: 'Cak Buhrik Ohearwaei',
    peran: 'guru',
    statusKepegawaian: 'pns',
    jenjang: 'ahli-pertama',
    golongan: 'III/b',
    nip: '199001012015031001',
    satuanPendidikan: 'SD Negeri Contoh 1',
  },
  periode: { tahun: 2024, ke: 1 },
  pejabatPenilai: { nama: atasan.nama, peran: 'kepala-sekolah' },
});
// Indikator direkomendasikan dari capaian Rapor Pendidikan sekolah (boleh memilih indikator lain).
const rekomendasi = unwrap(
  rekomendasiIndikator('guru', {
    jenisSatuan: 'sd',
    indikator: [
      { kode: 'D.1', kategori: 'sedang', skor: 58 },
      { kode: 'keteraturan-suasana-kelas', kategori: 'kurang', skor: 44 },
    ],
  }),
);
if (rekomendasi.jenis === 'rekomendasi') {
  console.log('Indikator yang direkomendasikan:');
  for (const r of rekomendasi.direkomendasikan.slice(0, 3)) console.log(`  - ${r.kode}: ${r.alasan}`);
}
rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });

const cek = rangkumanRencana(rencana); // a 2024 plan: its rule set counts points (totalPoin is null from 2025 on)
console.log(`Poin sementara: ${cek.totalPoin} (kurang ${cek.kurangPoin} dari ${KETENTUAN_2024.poin?.minimum})`);
const saran = suggestRhk(cek.totalPoin ?? 0, { peran: 'guru', batas: 3, ketentuan: KETENTUAN_2024 });
console.log('Saran untuk mencapai minimum:');
for (const s of saran)
  console.log(`  + ${s.kegiatan.map((k) => `${k.kode} × ${k.kuantitas}`).join(', ')} → ${s.totalPoin} poin`);

rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
for (const aspek of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, aspek, `Fokus perilaku ${aspek} semester ini`);

const rangkuman = rangkumanRencana(rencana);
console.log('\nRangkuman:');
for (const r of rangkuman.rhk)
  console.log(`  ${r.kegiatan.padEnd(26)} ${r.poinPerSatuan} × ${r.kuantitas} = ${r.poin} poin`);
console.log(
  `  Total ${rangkuman.totalPoin} poin: ${rangkuman.statusPoin === 'memenuhi-ekspektasi' ? 'Sudah memenuhi ekspektasi' : rangkuman.statusPoin}`,
);

// 2. Alur persetujuan.
let alur: AlurRencana = startAlurRencana(rencana, { oleh: pegawai, pada: '2024-01-08T08:00:00+07:00' });
const kirim = (e: unknown): void => {
  const r = transitionRencana(alur, e);
  if (!r.success) {
    console.log(`  ✗ ditolak: ${r.issues.map((i) => formatIssue(i)).join('; ')}`);
    return;
  }
  alur = r.data;
  console.log(`  → status: ${alur.status}`);
};
console.log('\nAlur:');
console.log(`  Pegawai boleh: ${allowedEventsRencana(alur, pegawai).join(', ')}`);
kirim({ jenis: 'sepakati', oleh: pegawai, pada: '2024-01-09T08:00:00+07:00' }); // terlalu cepat
kirim({ jenis: 'ajukan', oleh: pegawai, pada: '2024-01-10T08:00:00+07:00' });
kirim({
  jenis: 'setujui',
  oleh: atasan,
  pada: '2024-01-12T10:00:00+07:00',
  penyesuaian: [
    { jenis: 'ubah-kuantitas-rhk', rhkId: 'rhk-1', kuantitas: 3, catatan: 'Tambahkan satu pelatihan mandiri' },
  ],
});
if (alur.status === 'disetujui') {
  console.log('  Ada Penyesuaian Dari Atasan:');
  for (const p of alur.penyesuaian) console.log(`    - ${p.jenis} oleh ${p.oleh.nama} (${p.pada}): ${p.catatan ?? ''}`);
}
kirim({ jenis: 'sepakati', oleh: pegawai, pada: '2024-01-13T09:00:00+07:00' });
console.log(`  Poin akhir: ${rangkumanRencana(alur.rencana).totalPoin}`);

// 3. Riwayat dapat diputar ulang.
const ulang = unwrap(replayAlurRencana(JSON.parse(JSON.stringify(alur.riwayat))));
console.log(`\nPutar ulang ${alur.riwayat.length} peristiwa → status ${ulang.status}`);
