import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  addRhk,
  createRencana,
  KETENTUAN_2024,
  rangkumanRencana,
  type AspekBerakhlak,
  ASPEK_BERAKHLAK,
  pelanggaranDistribusi,
  distribusiPredikat,
  penilaianPeriode,
  PREDIKAT,
  progresSekolah,
  ringkasanAngkaKredit,
  setDokumen,
  startAlurRencana,
  sumDesimal,
  transitionRencana,
  transitionSiklus,
  type PeristiwaSiklus,
  unwrap,
  type DataPegawaiSekolah,
  type HasilPenilaianPeriode,
  type Predikat,
  type Rating,
  type Siklus,
} from '../../src';
import { DATA, LANGKAH_ISIAN, PADA, PEGAWAI, PELAKU, alurDisepakati, siklusBaru } from '../pelaksanaan/fixtures';
import { rencanaSeed, T0 } from '../perencanaan/fixtures';

const jam = (d: string, h = 8) => `${d}T${String(h).padStart(2, '0')}:00:00+07:00`;
function sampai(n: number): Siklus {
  let s = siklusBaru();
  for (const l of LANGKAH_ISIAN.slice(0, n)) {
    s = unwrap(
      transitionSiklus(s, {
        jenis: 'simpan-draf',
        langkah: l,
        oleh: PELAKU[l],
        pada: jam(PADA[l], 8),
        data: DATA[l],
      } as PeristiwaSiklus),
    );
    s = unwrap(transitionSiklus(s, { jenis: 'kumpulkan', langkah: l, oleh: PELAKU[l], pada: jam(PADA[l], 9) }));
  }
  return s;
}
const semua = (r: Rating) => Object.fromEntries(ASPEK_BERAKHLAK.map((a) => [a, r])) as Record<AspekBerakhlak, Rating>;
const aspekHK = (r: Rating) => ({ 'upaya-refleksi': r, 'upaya-mempelajari': r, 'perubahan-praktik': r });
const RATINGS: Record<Predikat, [Rating, Rating]> = {
  'sangat-baik': ['di-atas-ekspektasi', 'di-atas-ekspektasi'],
  baik: ['sesuai-ekspektasi', 'sesuai-ekspektasi'],
  'butuh-perbaikan': ['di-bawah-ekspektasi', 'sesuai-ekspektasi'],
  kurang: ['sesuai-ekspektasi', 'di-bawah-ekspektasi'],
  'sangat-kurang': ['di-bawah-ekspektasi', 'di-bawah-ekspektasi'],
};

// A palette of real states, built once, assigned to many pegawai.
const draf = startAlurRencana(rencanaSeed(), { oleh: PEGAWAI, pada: T0 });
const diajukan = unwrap(transitionRencana(draf, { jenis: 'ajukan', oleh: PEGAWAI, pada: jam('2024-01-10') }));
const disepakati = alurDisepakati();
const siklus = [0, 1, 2, 3, 4, 5].map(sampai);
let lengkap = disepakati.rencana;
for (const k of ['K3', 'K4', 'K5']) lengkap = setDokumen(lengkap, k, true);
const hasil = Object.fromEntries(
  PREDIKAT.map((p) => [
    p,
    unwrap(
      penilaianPeriode({
        rencana: lengkap,
        siklus: siklus[5]!,
        hasilKerja: { aspek: aspekHK(RATINGS[p][0]), rating: RATINGS[p][0] },
        perilakuKerja: { aspek: semua(RATINGS[p][1]), rating: RATINGS[p][1] },
      }),
    ),
  ]),
) as Record<Predikat, HasilPenilaianPeriode>;

type Kind = 'none' | 'draf' | 'diajukan' | 'disepakati' | 0 | 1 | 2 | 3 | 4 | 5 | Predikat;
function pegawai(kind: Kind, i: number): DataPegawaiSekolah {
  const base = { id: `p-${i}`, nama: `Guru ${String(i).padStart(3, '0')}` };
  if (kind === 'none') return base;
  if (kind === 'draf') return { ...base, alur: draf };
  if (kind === 'diajukan') return { ...base, alur: diajukan };
  if (kind === 'disepakati') return { ...base, alur: disepakati };
  if (typeof kind === 'number') return { ...base, alur: disepakati, siklus: siklus[kind]! };
  return { ...base, alur: disepakati, siklus: siklus[5]!, hasil: hasil[kind] };
}

describe('a small school built from the seeds', () => {
  const sekolah = (['none', 'diajukan', 1, 5, 'baik', 'sangat-baik', 'draf'] as Kind[]).map(pegawai);

  it('shows who is where, who is late, and the atasan to-do list', () => {
    const p = progresSekolah(sekolah, { hariIni: '2024-03-05', periode: { tahun: 2024, ke: 1 } });
    expect(p.baris.map((b) => b.tahap)).toEqual([
      'belum-merencanakan',
      'diajukan',
      'observasi-kinerja',
      'penilaian',
      'selesai',
      'selesai',
      'draf',
    ]);
    expect(p.baris[0]).toMatchObject({ batas: '2024-01-31', hariTerlambat: 34 });
    expect(p.baris[2]).toMatchObject({ batas: '2024-03-31', hariTerlambat: 0 });
    expect(p.tugasAtasan.map((t) => [t.nama, t.aksi, t.hariTerlambat])).toEqual([
      ['Guru 001', 'setujui-rencana', 34],
      ['Guru 002', 'observasi', 0],
      ['Guru 003', 'nilai', 0],
    ]);
    expect(p.ringkasan.selesai).toBe(2);
  });

  it('counts the predikat and checks the pola distribusi of an organisation rated Baik', () => {
    const d = distribusiPredikat(sekolah.map((s) => s.hasil?.predikat));
    expect(d).toMatchObject({ total: 2, tertahan: 0, belum: 5 });
    expect(d.jumlah).toMatchObject({ baik: 1, 'sangat-baik': 1 });
    const cek = pelanggaranDistribusi(d, 'baik', { ketentuan: KETENTUAN_2024 });
    expect(cek.sesuai).toBe(false);
    expect(cek.pelanggaran.map((v) => [v.jenis, v.selisih])).toEqual([['kurang', 1]]);
    const sepuluh = distribusiPredikat([
      ...Array(8).fill({ status: 'ditampilkan', predikat: 'baik' }),
      { status: 'ditampilkan', predikat: 'kurang' },
      { status: 'ditampilkan', predikat: 'sangat-baik' },
    ]);
    const c2 = pelanggaranDistribusi(sepuluh, 'baik', { ketentuan: KETENTUAN_2024 });
    expect(c2.pelanggaran.map((v) => [v.jenis, v.jumlah, v.batasJumlah, v.selisih])).toEqual([['melebihi', 8, 7, 1]]);
    expect(
      pelanggaranDistribusi(sepuluh, 'sangat-kurang', { ketentuan: KETENTUAN_2024 }).pelanggaran.map((v) => [
        v.jenis,
        v.batasan.predikat.join('/'),
        v.selisih,
      ]),
    ).toEqual([
      ['kurang', 'sangat-kurang', 6],
      ['melebihi', 'sangat-baik', 1],
    ]);
  });

  it('shows no points for a guru whose rule set has none (2026), and adds none', () => {
    let r = createRencana({ pegawai: disepakati.rencana.pegawai, periode: { tahun: 2026, ke: 1 } });
    r = addRhk(r, { kegiatan: 'pelatihan-mandiri', kuantitas: 1 });
    const h2026: HasilPenilaianPeriode = { ...hasil.baik, poin: rangkumanRencana(r) };
    const s = ringkasanAngkaKredit([
      { id: 'g-2026', nama: 'Guru 2026', hasil: h2026 },
      { id: 'g-2024', nama: 'Guru 2024', hasil: hasil.baik },
    ]);
    expect(s.perPegawai.map((x) => x.poin)).toEqual([null, 32]);
    expect(s.totalPoin).toBe(32);
  });

  it('sums points and angka kredit exactly', () => {
    const r = ringkasanAngkaKredit(sekolah);
    expect(r.totalPoin).toBe(64);
    expect(String(r.totalAngkaKredit)).toBe('15.625');
    expect(r.perPegawai.map((x) => x.angkaKredit)).toEqual([null, null, null, null, '6.25', '9.375', null]);
  });
});

const kind = fc.constantFrom<Kind>('none', 'draf', 'diajukan', 'disepakati', 0, 1, 2, 3, 4, 5, ...PREDIKAT);

describe('school properties', () => {
  test.prop([fc.array(kind, { maxLength: 60 }), fc.integer({ min: 0, max: 200 })])(
    'each pending action appears exactly once; totals equal the per-pegawai sums',
    (kinds, day) => {
      const data = kinds.map(pegawai);
      const d = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
      const p = progresSekolah(data, { hariIni: d, periode: { tahun: 2024, ke: 1 } });
      const expected = data.flatMap((x, i) => {
        const k = kinds[i];
        return k === 'diajukan'
          ? [`${x.id}:setujui-rencana`]
          : k === 1
            ? [`${x.id}:observasi`]
            : k === 5
              ? [`${x.id}:nilai`]
              : [];
      });
      expect(p.tugasAtasan.map((t) => `${t.id}:${t.aksi}`).sort()).toEqual(expected.sort());
      for (let i = 1; i < p.tugasAtasan.length; i++)
        expect(p.tugasAtasan[i]!.hariTerlambat).toBeLessThanOrEqual(p.tugasAtasan[i - 1]!.hariTerlambat);
      expect(Object.values(p.ringkasan).reduce((a, b) => a + b, 0)).toBe(data.length);
      const r = ringkasanAngkaKredit(data);
      expect(r.totalPoin).toBe(r.perPegawai.reduce((a, x) => a + (x.poin ?? 0), 0));
      expect(
        r.totalAngkaKredit.equals(
          sumDesimal(r.perPegawai.flatMap((x) => (x.angkaKredit === null ? [] : [x.angkaKredit]))),
        ),
      ).toBe(true);
    },
  );

  test.prop([
    fc.array(
      fc.oneof(
        fc.constant(null),
        fc.constantFrom(...PREDIKAT).map((p) => ({ status: 'ditampilkan' as const, predikat: p })),
        fc.constant({ status: 'tertahan' as const, predikat: 'baik' as const, dokumenKurang: [] }),
      ),
      { maxLength: 200 },
    ),
  ])('distribution counts add up to the pegawai with a shown predikat', (list) => {
    const d = distribusiPredikat(list);
    expect(Object.values(d.jumlah).reduce((a, b) => a + b, 0)).toBe(d.total);
    expect(d.total + d.tertahan + d.belum).toBe(list.length);
    expect(d.total).toBe(list.filter((x) => x?.status === 'ditampilkan').length);
  });

  test.prop([
    fc.array(fc.constantFrom(...PREDIKAT), { minLength: 1, maxLength: 100 }),
    fc.constantFrom('istimewa', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang' as const),
  ])('a broken constraint is mended by moving exactly selisih pegawai', (preds, org) => {
    const d = distribusiPredikat(preds.map((p) => ({ status: 'ditampilkan' as const, predikat: p })));
    for (const v of pelanggaranDistribusi(d, org, { ketentuan: KETENTUAN_2024 }).pelanggaran) {
      const after = v.jenis === 'melebihi' ? v.jumlah - v.selisih : v.jumlah + v.selisih;
      expect(after).toBe(v.batasJumlah);
      if (v.batasan.maksPersen !== undefined && v.jenis === 'melebihi')
        expect(after * 100).toBeLessThanOrEqual(v.batasan.maksPersen * d.total);
      if (v.batasan.minPersen !== undefined && v.jenis === 'kurang')
        expect(after * 100).toBeGreaterThanOrEqual(v.batasan.minPersen * d.total);
    }
  });
});
