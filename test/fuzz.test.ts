import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import * as lib from '../src';
import { siklusBaru } from './pelaksanaan/fixtures';
import { rencanaSeed } from './perencanaan/fixtures';

// Junk into every public function: a value, a failed Result, or a KinerjaError; never a TypeError, never NaN.
const alur = lib.startAlurRencana(rencanaSeed(), { oleh: { peran: 'pegawai' }, pada: '2024-01-05T08:00:00+07:00' });
const siklus = siklusBaru();

const calls: Record<string, (x: unknown) => unknown> = {
  validateRencana: (x) => lib.validateRencana(x),
  validateKetentuan: (x) => lib.validateKetentuan(x),
  validatePeriode: (x) => lib.validatePeriode(x),
  validateNip: (x) => lib.validateNip(x),
  safeParseKode: (x) => lib.safeParseKode('predikat', x),
  transitionRencana: (x) => lib.transitionRencana(alur, x),
  replayAlurRencana: (x) => lib.replayAlurRencana(Array.isArray(x) ? x : [x]),
  transitionSiklus: (x) => lib.transitionSiklus(siklus, x),
  replaySiklus: (x) => lib.replaySiklus(Array.isArray(x) ? x : [x]),
  'replaySiklus (tepercaya)': (x) => lib.replaySiklus(Array.isArray(x) ? x : [x], undefined, { validasi: 'tepercaya' }),
  'replaySiklus (tepercaya, junk event)': (x) => lib.replaySiklus([siklus.riwayat[0], x], undefined, { validasi: 'tepercaya' }),
  'replaySiklus (tepercaya, junk draft)': (x) => lib.replaySiklus([siklus.riwayat[0], { jenis: 'simpan-draf', langkah: 'diskusi-persiapan', oleh: { peran: 'pegawai' }, pada: '2024-02-02T08:00:00+07:00', data: { x } }, { jenis: 'kumpulkan', langkah: 'diskusi-persiapan', oleh: { peran: 'pegawai' }, pada: '2024-02-02T09:00:00+07:00' }], undefined, { validasi: 'tepercaya' }),
  'replaySiklus (tepercaya, junk RHK)': (x) => lib.replaySiklus(
    [{ ...siklus.riwayat[0], rencana: { ...siklus.rencana, rhk: [x] } }, ...lib.LANGKAH_SIKLUS.slice(0, 3).map((langkah, i) => ({ jenis: 'kumpulkan', langkah, oleh: { peran: langkah === 'observasi-kinerja' ? 'atasan' : 'pegawai' }, pada: `2024-02-0${i + 2}T08:00:00+07:00` }))],
    undefined,
    { validasi: 'tepercaya' },
  ),
  'replaySiklus (junk options)': (x) => lib.replaySiklus(siklus.riwayat, undefined, x as never),
  penilaianPeriode: (x) => lib.penilaianPeriode(x as never),
  createPenilaianHasilKerja: (x) => lib.createPenilaianHasilKerja(x as never),
  createPenilaianPerilakuKerja: (x) => lib.createPenilaianPerilakuKerja(x as never),
  angkaKredit: (x) => lib.angkaKredit(x as never),
  safeAngkaKredit: (x) => lib.safeAngkaKredit(x),
  predikatKinerja: (x) => lib.predikatKinerja(x as never, x as never),
  createRekamAngkaKredit: (x) => lib.createRekamAngkaKredit(x as never),
  createRekamAngkaKreditBertahap: (x) => lib.createRekamAngkaKreditBertahap(x as never),
  proyeksiKenaikan: (x) => lib.proyeksiKenaikan(x as never),
  jadwalSiklus: (x) => lib.jadwalSiklus(x as never),
  tenggatTahap: (x) => lib.tenggatTahap(x as never, { tahun: 2024, ke: 1 }),
  tahapPadaTanggal: (x) => lib.tahapPadaTanggal(x as never, { tahun: 2024, ke: 1 }),
  statusSiklus: (x) => lib.statusSiklus(siklus, x as never),
  ketentuanUntuk: (x) => lib.ketentuanUntuk(x as never),
  getKetentuan: (x) => lib.getKetentuan(x as never),
  desimal: (x) => lib.desimal(x as never),
  suggestRhk: (x) => lib.suggestRhk(x as never),
  suggestPredikatTahunan: (x) => lib.suggestPredikatTahunan(x as never),
  progresSekolah: (x) => lib.progresSekolah(Array.isArray(x) ? (x as never) : [], '2024-03-01', { tahun: 2024, ke: 1 }),
  createRencana: (x) => lib.createRencana(x as never),
  penghitungAngkaKredit: (x) => lib.penghitungAngkaKredit().satuan(x as never, 'baik'),
  formatAngkaKredit: (x) => lib.formatAngkaKredit(x as never),
  rangkumanRencana: (x) => lib.rangkumanRencana(x as never),
  chooseIndikator: (x) => lib.chooseIndikator(x as never, 'x'),
  addRhk: (x) => lib.addRhk(rencanaSeed(), x as never),
  updateRhk: (x) => lib.updateRhk(rencanaSeed(), x as never, {}),
  allowedEventsRencana: (x) => lib.allowedEventsRencana(x as never, { peran: 'pegawai' }),
  startAlurRencana: (x) => lib.startAlurRencana(x as never, x as never),
  startSiklus: (x) => lib.startSiklus(x as never, x as never),
  allowedEventsSiklus: (x) => lib.allowedEventsSiklus(x as never, x as never),
  progresSiklus: (x) => lib.progresSiklus(x as never),
  predikatTampil: (x) => lib.predikatTampil(x as never),
  dokumenKurang: (x) => lib.dokumenKurang('guru', x as never),
  distribusiPredikat: (x) => lib.distribusiPredikat(x as never),
  pelanggaranDistribusi: (x) => lib.pelanggaranDistribusi(x as never, 'baik'),
  ringkasanAngkaKredit: (x) => lib.ringkasanAngkaKredit(x as never),
  hitungUlangAngkaKredit: (x) => lib.hitungUlangAngkaKredit(x as never),
  sumRekamAngkaKredit: (x) => lib.sumRekamAngkaKredit(x as never),
  sumAngkaKredit: (x) => lib.sumAngkaKredit(x as never),
  agregasiRating: (x) => lib.agregasiRating(x as never, 'median'),
  suggestRatingHasilKerja: (x) => lib.suggestRatingHasilKerja(x as never, 1),
  suggestRatingPerilakuKerja: (x) => lib.suggestRatingPerilakuKerja(x as never),
  normalizeLabel: (x) => lib.normalizeLabel(x as never),
  spellingsOf: (x) => lib.spellingsOf(x as never),
  formatLabel: (x) => lib.formatLabel(x as never),
  findEntri: (x) => lib.findEntri(x as never, 'baik', 'predikat'),
  getJenjang: (x) => lib.getJenjang(x as never),
  deriveKetentuan: (x) => lib.deriveKetentuan(lib.KETENTUAN_2024, x as never),
  sumDesimal: (x) => lib.sumDesimal(x as never),
  panjangTeks: (x) => lib.panjangTeks(x as never),
  waktuMs: (x) => lib.waktuMs(x as never),
  jumlahHari: (x) => lib.jumlahHari(x as never, x as never),
  describeError: (x) => lib.describeError(x as never),
  issueOf: (x) => lib.issueOf('x', x as never, 'a', 'b'),
  formatPeriode: (x) => lib.formatPeriode(x as never),
  rentangPeriode: (x) => lib.rentangPeriode(x as never),
  selisihHari: (x) => lib.selisihHari(x as never, '2024-01-01'),
  poinRhk: (x) => lib.poinRhk(x as never),
  cekBulan: (x) => lib.cekBulan(x),
  rumusAngkaKredit: (x) => lib.rumusAngkaKredit(x as never, 100, 12),
  unwrap: (x) => lib.unwrap(x as never),
  'transitionRencana (junk state)': (x) => lib.transitionRencana(x as never, { jenis: 'ajukan', oleh: { peran: 'pegawai' }, pada: '2024-01-10T08:00:00+07:00' }),
  'transitionSiklus (junk state)': (x) => lib.transitionSiklus(x as never, { jenis: 'kumpulkan', langkah: 'diskusi-persiapan', oleh: { peran: 'pegawai' }, pada: '2024-02-10T08:00:00+07:00' }),
  'transitionSiklus (junk history)': (x) => lib.transitionSiklus({ ...siklus, riwayat: [x] } as never, { jenis: 'simpan-draf', langkah: 'diskusi-persiapan', oleh: { peran: 'pegawai' }, pada: '2024-02-10T08:00:00+07:00', data: {} }),
  'transitionRencana (junk history)': (x) => lib.transitionRencana({ ...alur, riwayat: [x] } as never, { jenis: 'ajukan', oleh: { peran: 'pegawai' }, pada: '2024-01-10T08:00:00+07:00' }),
};

// Functions that must never throw at all, whatever they are given.
const total = new Set(['startSiklus', 'validateRencana', 'validateKetentuan', 'validatePeriode', 'validateNip', 'safeParseKode', 'transitionRencana', 'replayAlurRencana', 'transitionSiklus', 'replaySiklus', 'replaySiklus (tepercaya)', 'replaySiklus (tepercaya, junk event)', 'replaySiklus (tepercaya, junk draft)', 'replaySiklus (tepercaya, junk RHK)', 'replaySiklus (junk options)', 'penilaianPeriode', 'createPenilaianHasilKerja', 'createPenilaianPerilakuKerja', 'safeAngkaKredit', 'createRekamAngkaKreditBertahap', 'deriveKetentuan', 'transitionRencana (junk state)', 'transitionSiklus (junk state)', 'transitionRencana (junk history)', 'transitionSiklus (junk history)']);

function hasNaN(v: unknown, depth = 0): boolean {
  if (typeof v === 'number') return Number.isNaN(v);
  if (depth > 4 || v === null || typeof v !== 'object') return false;
  return Object.values(v).some((x) => hasNaN(x, depth + 1));
}

describe('fuzzing every public function', () => {
  for (const [name, call] of Object.entries(calls)) {
    test.prop([fc.anything({ withBoxedValues: true, withNullPrototype: true, withObjectString: true })], { numRuns: 60 })(`${name}: coded errors only`, (junk) => {
      try {
        const out = call(junk);
        expect(hasNaN(out)).toBe(false);
        if (out !== null && typeof out === 'object' && 'success' in out && out.success === false) {
          for (const i of (out as lib.Gagal).issues) expect(typeof i.code).toBe('string');
        }
      } catch (e) {
        if (!lib.isKinerjaError(e) || total.has(name)) throw e;
      }
    });
  }
});
