/**
 * Contoh pelaksanaan: siklus peningkatan kinerja A–E sampai penilaian, dengan tanggal.
 * Run: npx ts-node examples/siklus.ts
 */
import {
  addRhk,
  ASPEK_BERAKHLAK,
  chooseIndikator,
  createRencana,
  formatIssue,
  getJenjang,
  jadwalSiklus,
  KETENTUAN_2024,
  progresSiklus,
  setPerilaku,
  startAlurRencana,
  startSiklus,
  statusSiklus,
  transitionRencana,
  transitionSiklus,
  unwrap,
  type DataLangkah,
  type Draf,
  type LangkahIsian,
  type PeristiwaSiklus,
  type Siklus,
} from 'pengelolaan-kinerja';

const guru = { peran: 'pegawai' as const, nama: 'Cak Buhrik Ohearwaei' };
const ks = { peran: 'atasan' as const, nama: 'Kepala SDN Contoh 1' };
const periode = { tahun: 2024, ke: 1 };

// Rencana yang sudah disepakati.
let r = createRencana({
  pegawai: {
    nama: guru.nama,
    peran: 'guru',
    statusKepegawaian: 'pns',
    jenjang: 'ahli-pertama',
    golongan: 'III/a',
    satuanPendidikan: 'SD Negeri Contoh 1',
  },
  periode,
});
r = chooseIndikator(r, 'keteraturan-suasana-kelas');
r = addRhk(addRhk(r, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 }), {
  kegiatan: 'observasi-rekan-sejawat',
  kuantitas: 2,
});
for (const a of ASPEK_BERAKHLAK) r = setPerilaku(r, a, `Fokus ${a}`);
let alur = startAlurRencana(r, { oleh: guru, pada: '2024-01-08T08:00:00+07:00' });
alur = unwrap(transitionRencana(alur, { jenis: 'ajukan', oleh: guru, pada: '2024-01-10T08:00:00+07:00' }));
alur = unwrap(
  transitionRencana(alur, { jenis: 'setujui', oleh: ks, pada: '2024-01-12T08:00:00+07:00', penyesuaian: [] }),
);
alur = unwrap(transitionRencana(alur, { jenis: 'sepakati', oleh: guru, pada: '2024-01-13T08:00:00+07:00' }));

console.log(`Jadwal Semester ${periode.ke} Tahun ${periode.tahun} (${getJenjang('ahli-pertama').label}):`);
for (const j of jadwalSiklus(periode)) console.log(`  ${j.tahap.padEnd(24)} ${j.mulai} s.d. ${j.selesai}`);

const fokus =
  KETENTUAN_2024.indikatorPraktikKinerja.find((i) => i.kode === 'keteraturan-suasana-kelas')?.fokusPerilaku ?? [];
let siklus: Siklus = unwrap(startSiklus(alur, { oleh: guru, pada: '2024-02-01T08:00:00+07:00' }));
const kirim = (e: PeristiwaSiklus): void => {
  const res = transitionSiklus(siklus, e);
  if (!res.success) return console.log(`  ✗ ${res.issues.map((i) => formatIssue(i)).join('; ')}`);
  siklus = res.data;
  const p = progresSiklus(siklus);
  if (e.jenis === 'kumpulkan')
    console.log(
      `  ✓ ${String(e.langkah)} dikumpulkan ${String(e.pada).slice(0, 10)} → ${siklus.langkah} (${p.persen}%)`,
    );
};
// The parameters tie each step to its data's type; the event is asserted once inside, since TypeScript cannot follow
// a generic step to its member of the event union.
const isi = <L extends LangkahIsian>(
  langkah: L,
  oleh: typeof guru | typeof ks,
  tanggal: string,
  data: Draf<DataLangkah[L]>,
) => {
  kirim({ jenis: 'simpan-draf', langkah, oleh, pada: `${tanggal}T08:00:00+07:00`, data } as PeristiwaSiklus);
  kirim({ jenis: 'kumpulkan', langkah, oleh, pada: `${tanggal}T09:00:00+07:00` });
};

console.log('\nSiklus:');
kirim({ jenis: 'kumpulkan', langkah: 'diskusi-persiapan', oleh: guru, pada: '2024-02-05T08:00:00+07:00' }); // belum lengkap
isi('diskusi-persiapan', guru, '2024-02-20', {
  targetPerilaku: fokus.map((f) => ({ fokus: f.kode, upayaMempelajari: 'Mempelajari buku kuliah' })),
  jadwalObservasi: { tanggal: '2024-03-01', jenjang: 'SD', kelas: '2', mataPelajaran: 'Matematika' },
  dokumen: [],
});
console.log(
  `  Status 2024-03-05: langkah ${statusSiklus(siklus, '2024-03-05').langkah}, terlambat: ${statusSiklus(siklus, '2024-03-05').terlambat.length}`,
);
kirim({
  jenis: 'simpan-draf',
  langkah: 'observasi-kinerja',
  oleh: guru,
  pada: '2024-03-01T10:00:00+07:00',
  data: { rekomendasi: 'x' },
}); // guru tidak menilai
isi('observasi-kinerja', ks, '2024-03-01', {
  mode: 'langsung',
  nilai: [
    { fokus: 'komunikasi-positif', nilai: 'dilakukan-efektif', catatan: 'Guru melakukan komunikasi positif.' },
    { fokus: 'strategi-pengelompokan', nilai: 'belum-dilakukan', catatan: 'Guru belum melakukan strategi.' },
    {
      fokus: 'aturan-kesepakatan-kelas',
      nilai: 'dilakukan-belum-efektif',
      catatan: 'Guru membuat aturan, belum mengingatkan.',
    },
  ],
  rekomendasi: 'Mempelajari strategi pengelompokkan.',
});
isi('diskusi-tindak-lanjut', guru, '2024-03-15', {
  tantangan: 'Peserta didik belum terbiasa bekerja dalam kelompok.',
  tindakLanjut: [
    {
      id: 'tl-1',
      tujuan: ['Strategi pengelompokkan yang efektif.'],
      materi: 'Pengelolaan kelas',
      periode: { mulai: '2024-04-01', selesai: '2024-05-31' },
      dukungan: '',
    },
  ],
  pembelajaranLain: [],
});
isi('upaya-tindak-lanjut', guru, '2024-06-03', {
  buktiDukung: { 'rhk-1': 'sudah-dikumpulkan', 'rhk-2': 'sudah-dikumpulkan' },
});
isi('refleksi-tindak-lanjut', guru, '2024-06-10', {
  refleksi: [
    {
      tindakLanjutId: 'tl-1',
      inspirasi: 'Kelompok heterogen.',
      perubahanPraktik: 'Kelompok empat orang tiap pekan.',
      tantangan: ['Waktu', 'Kelas ramai', 'Peran'],
      rencanaPerbaikan: 'Kartu peran.',
    },
  ],
});
const st = statusSiklus(siklus, '2024-06-20');
console.log(`\nStatus 2024-06-20: ${st.langkah}, batas ${st.batasLangkah}`);
for (const t of st.terlambat) console.log(`  terlambat: ${t.langkah} ${t.hari} hari (batas ${t.batas})`);
