/**
 * Satu semester lengkap seorang guru: perencanaan (SKP) → siklus A–E → penilaian → predikat, angka kredit,
 * dan proyeksi kenaikan pangkat. Run: npx ts-node examples/semester-lengkap.ts
 */
import {
  type AspekBerakhlak,
  type Rating,
  addRhk,
  ASPEK_BERAKHLAK,
  chooseIndikator,
  createRencana,
  formatAngkaKredit,
  getGolongan,
  getJenjang,
  getPredikat,
  KETENTUAN_2024,
  formatPeriode,
  penilaianPeriode,
  progresSiklus,
  proyeksiKenaikan,
  setDokumen,
  setPerilaku,
  startAlurRencana,
  startSiklus,
  rangkumanRencana,
  sumRekamAngkaKredit,
  transitionRencana,
  transitionSiklus,
  unwrap,
  type RencanaKinerja,
  type Siklus,
  type DataLangkah,
  type Draf,
  type LangkahIsian,
  type PeristiwaSiklus,
} from 'pengelolaan-kinerja';

const garis = (judul: string) => console.log(`\n── ${judul} ${'─'.repeat(Math.max(0, 60 - judul.length))}`);
const guru = { peran: 'pegawai' as const, nama: 'Cak Buhrik Ohearwaei' };
const ks = { peran: 'atasan' as const, nama: 'Ibu Sri Wahyuni, S.Pd.' };
const periode = { tahun: 2024, ke: 1 };
const jam = (tanggal: string, j = 8) => `${tanggal}T${String(j).padStart(2, '0')}:00:00+07:00`;

// ── 1. Perencanaan ───────────────────────────────────────────────────────────
garis(`1. Perencanaan SKP ${formatPeriode(periode)}`);
let rencana: RencanaKinerja = createRencana({
  pegawai: {
    nama: guru.nama,
    peran: 'guru',
    statusKepegawaian: 'pns',
    jenjang: 'ahli-pertama',
    golongan: 'III/b',
    nip: '199001012015031001',
    satuanPendidikan: 'SD Negeri Contoh 1',
  },
  periode,
  pejabatPenilai: { nama: ks.nama, peran: 'kepala-sekolah' },
});
rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, `Fokus perilaku ${a.replace(/-/g, ' ')}`);
const pegawai = rencana.pegawai;
console.log(`Pegawai   : ${pegawai.nama} (NIP ${pegawai.nip})`);
console.log(
  `Jabatan   : Guru ${getJenjang(pegawai.jenjang ?? 'ahli-pertama').label}, ${getGolongan(pegawai.golongan ?? 'III/a').pangkat} (${pegawai.golongan})`,
);
const rangkuman = rangkumanRencana(rencana);
for (const r of rangkuman.rhk)
  console.log(`  RHK ${r.kegiatan.padEnd(24)} ${r.poinPerSatuan} poin × ${r.kuantitas} = ${r.poin}`);
console.log(
  `  Total ${rangkuman.totalPoin} poin — ${rangkuman.statusPoin === 'memenuhi-ekspektasi' ? 'sudah memenuhi ekspektasi' : rangkuman.statusPoin}`,
);

let alur = startAlurRencana(rencana, { oleh: guru, pada: jam('2024-01-08') });
alur = unwrap(transitionRencana(alur, { jenis: 'ajukan', oleh: guru, pada: jam('2024-01-10') }));
alur = unwrap(
  transitionRencana(alur, {
    jenis: 'setujui',
    oleh: ks,
    pada: jam('2024-01-12'),
    penyesuaian: [
      {
        jenis: 'ubah-kuantitas-rhk',
        rhkId: 'rhk-1',
        kuantitas: 3,
        catatan: 'Tambah satu pelatihan mandiri tentang disiplin positif',
      },
    ],
  }),
);
alur = unwrap(transitionRencana(alur, { jenis: 'sepakati', oleh: guru, pada: jam('2024-01-13') }));
console.log(
  `Status SKP: ${alur.status} (penyesuaian atasan: ${alur.status === 'disepakati' ? alur.penyesuaian.length : 0}; poin kini ${rangkumanRencana(alur.rencana).totalPoin})`,
);

// ── 2. Pelaksanaan ───────────────────────────────────────────────────────────
garis('2. Siklus peningkatan kinerja');
let siklus: Siklus = unwrap(startSiklus(alur, { oleh: guru, pada: jam('2024-02-01') }));
// One helper for the five steps: its parameters tie each step to its data's type (`Draf<DataLangkah[L]>`); the event
// is asserted once inside, since TypeScript cannot follow a generic step to its member of the event union.
const langkah = <L extends LangkahIsian>(
  kode: L,
  oleh: typeof guru | typeof ks,
  tanggal: string,
  data: Draf<DataLangkah[L]>,
) => {
  const draf = { jenis: 'simpan-draf', langkah: kode, oleh, pada: jam(tanggal, 8), data } as PeristiwaSiklus;
  siklus = unwrap(transitionSiklus(siklus, draf));
  siklus = unwrap(transitionSiklus(siklus, { jenis: 'kumpulkan', langkah: kode, oleh, pada: jam(tanggal, 9) }));
  const label = KETENTUAN_2024.langkahSiklus.find((l) => l.kode === kode);
  console.log(
    `  ${label?.huruf} ${label?.label.padEnd(24)} ${tanggal} oleh ${oleh.nama} — progres ${progresSiklus(siklus).persen}%`,
  );
};
langkah('diskusi-persiapan', guru, '2024-02-20', {
  targetPerilaku: [
    { fokus: 'komunikasi-positif', upayaMempelajari: 'Mempelajari buku kuliah' },
    { fokus: 'strategi-pengelompokan', upayaMempelajari: 'Modul pengelolaan kelas di PMM' },
    { fokus: 'aturan-kesepakatan-kelas', upayaMempelajari: 'Berdiskusi dengan rekan sejawat' },
  ],
  jadwalObservasi: { tanggal: '2024-03-01', jenjang: 'SD', kelas: '2', mataPelajaran: 'Matematika' },
  dokumen: [{ nama: 'Modul ajar Matematika kelas 2', jenis: 'modul-ajar' }],
});
langkah('observasi-kinerja', ks, '2024-03-01', {
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
langkah('diskusi-tindak-lanjut', guru, '2024-03-15', {
  tantangan: 'Peserta didik belum terbiasa bekerja dalam kelompok.',
  tindakLanjut: [
    {
      id: 'tl-1',
      tujuan: ['Strategi pengelompokkan yang efektif.'],
      materi: 'Pengelolaan kelas',
      periode: { mulai: '2024-04-01', selesai: '2024-05-31' },
      dukungan: 'Pendampingan kepala sekolah',
    },
  ],
  pembelajaranLain: [],
});
langkah('upaya-tindak-lanjut', guru, '2024-05-27', {
  buktiDukung: { 'rhk-1': 'sudah-dikumpulkan', 'rhk-2': 'sudah-dikumpulkan' },
});
langkah('refleksi-tindak-lanjut', guru, '2024-06-10', {
  refleksi: [
    {
      tindakLanjutId: 'tl-1',
      inspirasi: 'Kelompok heterogen membuat diskusi hidup.',
      perubahanPraktik: 'Kelompok empat orang tiap pekan.',
      tantangan: ['Waktu', 'Kelas ramai', 'Pembagian peran'],
      rencanaPerbaikan: 'Memakai kartu peran.',
    },
  ],
});

// ── 3. Penilaian ─────────────────────────────────────────────────────────────
garis('3. Penilaian');
let final = alur.rencana;
for (const d of ['K3', 'K4', 'K5']) final = setDokumen(final, d, true);
const hasil = unwrap(
  penilaianPeriode({
    rencana: final,
    siklus,
    hasilKerja: {
      aspek: {
        'upaya-refleksi': 'di-atas-ekspektasi',
        'upaya-mempelajari': 'di-atas-ekspektasi',
        'perubahan-praktik': 'sesuai-ekspektasi',
      },
      rating: 'di-atas-ekspektasi',
      catatan: 'Perubahan praktik pengelompokan terlihat jelas.',
    },
    perilakuKerja: {
      aspek: Object.fromEntries(
        ASPEK_BERAKHLAK.map((a) => [a, a === 'kolaboratif' ? 'di-atas-ekspektasi' : 'sesuai-ekspektasi']),
      ) as Record<AspekBerakhlak, Rating>,
      rating: 'sesuai-ekspektasi',
    },
  }),
);
const rating = (r: string | undefined) => KETENTUAN_2024.rating.find((x) => x.kode === r)?.label ?? '-';
console.log(
  `Rating hasil kerja   : ${rating(hasil.hasilKerja?.rating)} (saran pustaka: ${rating(hasil.hasilKerja?.saran)}${hasil.hasilKerja?.berbedaDariSaran ? ', penilai memutuskan lain' : ''})`,
);
console.log(`Rating perilaku kerja: ${rating(hasil.perilakuKerja?.rating)}`);
if (hasil.predikat?.status === 'ditampilkan')
  console.log(`Predikat kinerja     : ${getPredikat(hasil.predikat.predikat).label}`);
else console.log(`Predikat kinerja     : belum ditampilkan (${hasil.kekurangan.map((k) => k.message).join(' ')})`);
const ak = hasil.angkaKredit;
if (ak !== null) {
  console.log(
    `Angka kredit         : ${ak.koefisienTahunan} × ${ak.persentase}% × ${ak.bulanAkhir - ak.bulanMulai + 1}/12 = ${ak.angkaKredit}`,
  );
  console.log(`  dicatat SIASN      : ${formatAngkaKredit(ak, { untuk: 'siasn' })}`);
}
console.log(`Lengkap              : ${hasil.lengkap ? 'ya' : hasil.kekurangan.map((k) => k.code).join(', ')}`);

// ── 4. Jalan menuju pangkat berikutnya ───────────────────────────────────────
garis('4. Proyeksi kenaikan (predikat Baik tiap semester)');
const proyeksi = proyeksiKenaikan({
  golongan: pegawai.golongan ?? 'III/a',
  akPangkat: sumRekamAngkaKredit(ak === null ? [] : [ak]).plus('20'),
  akJenjang: sumRekamAngkaKredit(ak === null ? [] : [ak]).plus('70'),
  predikat: 'baik',
  mulai: { tahun: 2024, ke: 2 },
});
console.log('AK sebelum semester ini: 20 (pangkat), 70 (jenjang)');
for (const n of proyeksi.kenaikan.slice(0, 3)) {
  const naik = n.jenis === 'jenjang' ? `naik jenjang ke ${getJenjang(n.jenjang).label} dan ` : '';
  console.log(
    `  ${formatPeriode(n.periode)}: ${naik}naik pangkat ${n.dari} → ${n.ke} (${getGolongan(n.ke).pangkat}); AK ${n.akPangkat}/${n.syaratPangkat}${n.syaratJenjang ? `, jenjang ${n.akJenjang}/${n.syaratJenjang}` : ''}`,
  );
  console.log(`    prasyarat non-AK (dilaporkan, tidak diperiksa): ${n.prasyarat.join(', ')}`);
}
