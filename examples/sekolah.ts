/**
 * Dasbor kepala sekolah: progres semua guru, daftar tugas atasan, distribusi predikat, dan ringkasan angka kredit.
 * Run: npx ts-node examples/sekolah.ts
 */
import {
  type AspekBerakhlak,
  type Rating,
  ketentuanUntuk,
  addRhk,
  ASPEK_BERAKHLAK,
  pelanggaranDistribusi,
  chooseIndikator,
  createRencana,
  distribusiPredikat,
  formatAngkaKredit,
  getPredikat,
  penilaianPeriode,
  progresSekolah,
  ringkasanAngkaKredit,
  setDokumen,
  setPerilaku,
  startAlurRencana,
  startSiklus,
  transitionRencana,
  transitionSiklus,
  unwrap,
  type AlurRencana,
  type DataPegawaiSekolah,
  type DataLangkah,
  type LangkahIsian,
  type PeristiwaSiklus,
  type Siklus,
} from 'pengelolaan-kinerja';

const ks = { peran: 'atasan' as const, nama: 'Kepala SDN Contoh 1' };
const periode = { tahun: 2024, ke: 1 };
const jam = (d: string, h = 8) => `${d}T${String(h).padStart(2, '0')}:00:00+07:00`;

function rencanaGuru(nama: string, jenjang: 'ahli-pertama' | 'ahli-muda' | 'ahli-madya') {
  let r = createRencana({
    pegawai: { nama, peran: 'guru', statusKepegawaian: 'pns', jenjang, satuanPendidikan: 'SD Negeri Contoh 1' },
    periode,
  });
  r = chooseIndikator(r, 'keteraturan-suasana-kelas');
  r = addRhk(addRhk(r, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 }), {
    kegiatan: 'observasi-rekan-sejawat',
    kuantitas: 2,
  });
  for (const a of ASPEK_BERAKHLAK) r = setPerilaku(r, a, `Fokus ${a}`);
  for (const d of ['K3', 'K4', 'K5']) r = setDokumen(r, d, true);
  return r;
}
function alur(
  nama: string,
  jenjang: 'ahli-pertama' | 'ahli-muda' | 'ahli-madya',
  sampai: 'draf' | 'diajukan' | 'disepakati',
): AlurRencana {
  const guru = { peran: 'pegawai' as const, nama };
  let a = startAlurRencana(rencanaGuru(nama, jenjang), { oleh: guru, pada: jam('2024-01-08') });
  if (sampai === 'draf') return a;
  a = unwrap(transitionRencana(a, { jenis: 'ajukan', oleh: guru, pada: jam('2024-01-10') }));
  if (sampai === 'diajukan') return a;
  a = unwrap(transitionRencana(a, { jenis: 'setujui', oleh: ks, pada: jam('2024-01-12'), penyesuaian: [] }));
  return unwrap(transitionRencana(a, { jenis: 'sepakati', oleh: guru, pada: jam('2024-01-13') }));
}
const DATA: DataLangkah = {
  'diskusi-persiapan': {
    targetPerilaku: [{ fokus: 'strategi-pengelompokan', upayaMempelajari: 'Modul PMM' }],
    jadwalObservasi: { tanggal: '2024-03-01', jenjang: 'SD', kelas: '2', mataPelajaran: 'Matematika' },
    dokumen: [],
  },
  'observasi-kinerja': {
    mode: 'langsung',
    nilai: [{ fokus: 'strategi-pengelompokan', nilai: 'belum-dilakukan', catatan: 'Belum.' }],
    rekomendasi: 'Mempelajari strategi pengelompokkan.',
  },
  'diskusi-tindak-lanjut': {
    tantangan: 'Kelas ramai',
    tindakLanjut: [
      {
        id: 'tl-1',
        tujuan: ['Pengelompokan'],
        materi: 'Pengelolaan kelas',
        periode: { mulai: '2024-04-01', selesai: '2024-05-31' },
        dukungan: '',
      },
    ],
    pembelajaranLain: [],
  },
  'upaya-tindak-lanjut': { buktiDukung: { 'rhk-1': 'sudah-dikumpulkan', 'rhk-2': 'sudah-dikumpulkan' } },
  'refleksi-tindak-lanjut': {
    refleksi: [
      {
        tindakLanjutId: 'tl-1',
        inspirasi: 'a',
        perubahanPraktik: 'b',
        tantangan: ['c', 'd', 'e'],
        rencanaPerbaikan: 'f',
      },
    ],
  },
};
const TANGGAL = ['2024-02-20', '2024-03-01', '2024-03-15', '2024-05-20', '2024-06-10'];
function siklus(a: AlurRencana, langkah: number): Siklus {
  const guru = { peran: 'pegawai' as const, nama: a.rencana.pegawai.nama };
  let s = unwrap(startSiklus(a, { oleh: guru, pada: jam('2024-02-01') }));
  (Object.keys(DATA) as LangkahIsian[]).slice(0, langkah).forEach((l, i) => {
    const oleh = l === 'observasi-kinerja' ? ks : guru;
    s = unwrap(
      // A loop over the steps loses the link between a step and its data's type: the event is asserted here.
      transitionSiklus(s, {
        jenis: 'simpan-draf',
        langkah: l,
        oleh,
        pada: jam(TANGGAL[i]!, 8),
        data: DATA[l],
      } as PeristiwaSiklus),
    );
    s = unwrap(transitionSiklus(s, { jenis: 'kumpulkan', langkah: l, oleh, pada: jam(TANGGAL[i]!, 9) }));
  });
  return s;
}
function dinilai(
  id: string,
  nama: string,
  jenjang: 'ahli-pertama' | 'ahli-muda' | 'ahli-madya',
  hk: Rating,
  pk: Rating,
): DataPegawaiSekolah {
  const a = alur(nama, jenjang, 'disepakati');
  const s = siklus(a, 5);
  const aspek = { 'upaya-refleksi': hk, 'upaya-mempelajari': hk, 'perubahan-praktik': hk };
  const hasil = unwrap(
    penilaianPeriode({
      rencana: a.rencana,
      siklus: s,
      hasilKerja: { aspek, rating: hk },
      perilakuKerja: {
        aspek: Object.fromEntries(ASPEK_BERAKHLAK.map((x) => [x, pk])) as Record<AspekBerakhlak, Rating>,
        rating: pk,
      },
    }),
  );
  return { id, nama, alur: a, siklus: s, hasil };
}

const sekolah: DataPegawaiSekolah[] = [
  { id: '1', nama: 'Agus Salim' },
  { id: '2', nama: 'Cak Buhrik Ohearwaei', alur: alur('Cak Buhrik Ohearwaei', 'ahli-pertama', 'diajukan') },
  { id: '3', nama: 'Dewi Sartika', alur: alur('Dewi Sartika', 'ahli-muda', 'draf') },
  (() => {
    const a = alur('Ki Hajar', 'ahli-madya', 'disepakati');
    return { id: '4', nama: 'Ki Hajar', alur: a, siklus: siklus(a, 1) };
  })(),
  (() => {
    const a = alur('Rasuna Said', 'ahli-muda', 'disepakati');
    return { id: '5', nama: 'Rasuna Said', alur: a, siklus: siklus(a, 5) };
  })(),
  dinilai('6', 'Sutan Sjahrir', 'ahli-muda', 'di-atas-ekspektasi', 'di-atas-ekspektasi'),
  dinilai('7', 'Kartini', 'ahli-pertama', 'sesuai-ekspektasi', 'sesuai-ekspektasi'),
  dinilai('8', 'Tan Malaka', 'ahli-madya', 'sesuai-ekspektasi', 'sesuai-ekspektasi'),
];

const hari = '2024-06-20';
const p = progresSekolah(sekolah, { hariIni: hari, periode });
const kolom = (s: string, n: number) => s.padEnd(n).slice(0, n);
console.log(`Dasbor SD Negeri Contoh 1 — ${hari}\n`);
console.log(`${kolom('Nama', 22)} ${kolom('Tahap', 24)} ${kolom('Batas', 11)} Terlambat`);
console.log('-'.repeat(70));
for (const b of p.baris)
  console.log(
    `${kolom(b.nama, 22)} ${kolom(b.tahap, 24)} ${kolom(b.batas ?? '-', 11)} ${b.hariTerlambat > 0 ? `${b.hariTerlambat} hari` : '-'}`,
  );

console.log('\nTugas kepala sekolah:');
const AKSI = { 'setujui-rencana': 'Setujui SKP', observasi: 'Observasi kelas', nilai: 'Nilai kinerja' };
p.tugasAtasan.forEach((t, i) =>
  console.log(
    `  ${i + 1}. ${kolom(AKSI[t.aksi], 16)} ${kolom(t.nama, 22)} batas ${t.batas}${t.hariTerlambat > 0 ? ` (terlambat ${t.hariTerlambat} hari)` : ''}`,
  ),
);

const d = distribusiPredikat(sekolah.map((s) => s.hasil?.predikat));
console.log(`\nDistribusi predikat (${d.total} ditampilkan, ${d.belum} belum):`);
for (const [kode, n] of Object.entries(d.jumlah))
  if (n > 0) console.log(`  ${kolom(getPredikat(kode as never).label, 18)} ${n}`);
const cek = pelanggaranDistribusi(d, 'baik', { ketentuan: ketentuanUntuk(periode) });
console.log(`Pola distribusi (organisasi "Baik"): ${cek.sesuai ? 'sesuai' : 'tidak sesuai'}`);
for (const v of cek.pelanggaran) console.log(`  - ${v.message}`);

const r = ringkasanAngkaKredit(sekolah);
// Exact figures (a fraction such as "25/12" where there is no finite decimal), rounded once for display.
console.log(`\nAngka kredit semester ini: total ${formatAngkaKredit(r.totalAngkaKredit)} (poin ${r.totalPoin})`);
for (const x of r.perPegawai)
  if (x.angkaKredit !== null) console.log(`  ${kolom(x.nama, 22)} ${formatAngkaKredit(x.angkaKredit)}`);
