// The README's first app, as a consumer writes it against the installed package (scripts/consumer-check.sh).
import {
  addRhk,
  angkaKredit,
  angkaKreditTahunan,
  ASPEK_BERAKHLAK,
  chooseIndikator,
  createRencana,
  formatAngkaKredit,
  isKinerjaError,
  predikatKinerja,
  rangkumanRencana,
  replaySiklus,
  setPerilaku,
  validateRencana,
  createPakPenetapan,
  createRekamAngkaKredit,
  type Pegawai,
  type PakPenetapan,
} from 'pengelolaan-kinerja';
import { formatPakHtml } from 'pengelolaan-kinerja/cetak';
import { toAngkaKreditSiasn, type AngkaKreditSiasnBody } from 'pengelolaan-kinerja/siasn';

function sama(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: ${JSON.stringify(actual)} !== ${JSON.stringify(expected)}`);
}

const pegawai: Pegawai = {
  nama: 'Siti Aminah',
  peran: 'guru',
  statusKepegawaian: 'pns',
  jenjang: 'ahli-muda',
  golongan: 'III/c',
  satuanPendidikan: 'SDN 1',
};
let r = createRencana({ pegawai, periode: { tahun: 2026, ke: 1 } });
r = chooseIndikator(r, 'keteraturan-suasana-kelas');
r = addRhk(r, { kegiatan: 'pelatihan-mandiri', kuantitas: 1 });
for (const a of ASPEK_BERAKHLAK) r = setPerilaku(r, a, 'Fokus perilaku');
sama(r.ketentuan, '2026', 'rule set from the period');
sama(rangkumanRencana(r).statusPoin, 'tidak-diwajibkan', 'no points in 2026');
sama(validateRencana(r).success, true, 'a valid 2026 plan');

const predikat = predikatKinerja('di-atas-ekspektasi', 'sesuai-ekspektasi');
sama(formatAngkaKredit(angkaKredit({ jenjang: 'ahli-muda', predikat }), { untuk: 'siasn' }), '25.000', 'SIASN AK');
const tahun = angkaKreditTahunan({
  tahun: 2026,
  jenjang: 'ahli-muda',
  penilaian: [{ hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi' }],
});
sama(tahun.success && formatAngkaKredit(tahun.data.angkaKredit, { untuk: 'siasn' }), '25.000', 'annual AK');
sama(replaySiklus([], { validasi: 'tepercaya' }).success, false, 'options object');
try {
  createRencana({ pegawai, periode: { tahun: 2025, ke: 2 } });
  throw new Error('2025 has one period');
} catch (e) {
  sama(isKinerjaError(e) && e.issues[0]?.code, 'periode-tidak-ada', 'coded period error');
}
const pak = createPakPenetapan({
  pegawai: { nama: 'Siti Aminah', nip: '198701012010012001', golongan: 'III/d' },
  akDasar: 'golongan',
  konversi: [
    createRekamAngkaKredit({ tahun: 2026, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-muda', predikat: 'baik' }),
  ],
});
if (!pak.success) throw new Error('PAK Penetapan');
const dokumen: PakPenetapan = pak.data;
sama(dokumen.kenaikanJenjang?.selisih, '-75', 'shortfall to Ahli Madya');
sama(formatPakHtml(dokumen).includes('PENETAPAN ANGKA KREDIT'), true, 'print subpath');
const body = toAngkaKreditSiasn({
  pnsId: 'p',
  rwJabatanId: 'j',
  nomorSk: '800/1',
  tanggalSk: '2027-01-20',
  rekam: dokumen.konversi[0]!,
});
const kirim: AngkaKreditSiasnBody | null = body.success ? body.data : null;
sama(kirim?.kreditBaruTotal, '25.000', 'SIASN subpath');
console.log('consumer (require): ok');
