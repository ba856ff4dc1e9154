import { describe, expect, it } from 'vitest';
import {
  addRhk,
  ASPEK_BERAKHLAK,
  chooseIndikator,
  createRencana,
  penilaianPeriode,
  setPerilaku,
  unwrap,
  type AspekBerakhlak,
  createPakAkumulasi,
  createPakKonversi,
  createPakPenetapan,
  createRekamAngkaKredit,
  proyeksiKenaikan,
  safeParseGolongan,
  type Golongan,
} from '../../src';

// Sources: PerBKN 3/2023 Pasal 1 ("Pejabat Fungsional ... adalah PNS yang menduduki Jabatan Fungsional", as reproduced
// at rumahbagipembelajar.blogspot.com/2023/10, "Peraturan BKN NO.3/2023 Angka Kredit, Kenaikan Pangkat dan Jabatan
// Fungsional"); PPPK golongan I–XVII (Perpres 98/2020). Searched and not found: any rule on AK konversi, PAK or
// kenaikan jenjang for PPPK guru (PermenPANRB 1/2023, PermenPANRB 21/2024 outline at pasal.id): so a coded refusal.

const NIP = '198701012010012001';
const rekam = createRekamAngkaKredit({
  tahun: 2025,
  bulanMulai: 1,
  bulanAkhir: 12,
  jenjang: 'ahli-pertama',
  predikat: 'baik',
});
const kode = (r: { success: boolean; issues?: readonly { code: string; path: readonly unknown[] }[] }) =>
  r.success ? null : r.issues?.[0];

describe('PPPK in an angka kredit function: a coded refusal, never a PNS answer', () => {
  it('refuses the PAK documents of a PPPK golongan or status', () => {
    const ix = { nama: 'Rina', nip: NIP, golongan: 'IX' as Golongan };
    for (const r of [
      createPakKonversi({ pegawai: ix, rekam, nomor: '1' }),
      createPakAkumulasi({ pegawai: ix, rekam: [rekam] }),
      createPakPenetapan({ pegawai: ix, konversi: [rekam] }),
    ]) {
      expect(kode(r)).toMatchObject({ code: 'pppk-tanpa-angka-kredit', path: ['pegawai', 'golongan'] });
      expect(!r.success && r.issues[0]?.message).toContain('PerBKN 3/2023');
    }
    const status = createPakKonversi({
      pegawai: { nama: 'Rina', nip: NIP, golongan: 'III/a', statusKepegawaian: 'pppk' } as never,
      rekam,
      nomor: '1',
    });
    expect(kode(status)).toMatchObject({ code: 'pppk-tanpa-angka-kredit', path: ['pegawai', 'statusKepegawaian'] });
  });

  it('refuses a record or a projection at a PPPK golongan', () => {
    expect(() =>
      createRekamAngkaKredit({
        tahun: 2025,
        bulanMulai: 1,
        bulanAkhir: 12,
        jenjang: 'ahli-pertama',
        predikat: 'baik',
        golongan: 'X' as Golongan,
      }),
    ).toThrowError(
      expect.objectContaining({
        code: 'argumen-tidak-valid',
        issues: [expect.objectContaining({ code: 'pppk-tanpa-angka-kredit' })],
      }),
    );
    expect(() =>
      proyeksiKenaikan({ golongan: 'XI' as Golongan, akPangkat: '0', predikat: 'baik', mulai: { tahun: 2025, ke: 1 } }),
    ).toThrowError(/PPPK/);
  });

  it("gives a PPPK teacher's period its predikat but no angka kredit", () => {
    const pegawai = {
      nama: 'Rina',
      peran: 'guru',
      statusKepegawaian: 'pppk',
      jenjang: 'ahli-pertama',
      satuanPendidikan: 'SDN 1',
    } as const;
    let r = createRencana({ pegawai, periode: { tahun: 2026, ke: 1 } });
    r = chooseIndikator(r, 'keteraturan-suasana-kelas');
    r = addRhk(r, { kegiatan: 'pelatihan-mandiri', kuantitas: 1 });
    for (const a of ASPEK_BERAKHLAK) r = setPerilaku(r, a, 'Fokus');
    const aspek = {
      'upaya-refleksi': 'sesuai-ekspektasi',
      'upaya-mempelajari': 'sesuai-ekspektasi',
      'perubahan-praktik': 'sesuai-ekspektasi',
    } as const;
    const perilaku = Object.fromEntries(ASPEK_BERAKHLAK.map((a) => [a, 'sesuai-ekspektasi'])) as Record<
      AspekBerakhlak,
      'sesuai-ekspektasi'
    >;
    const h = unwrap(
      penilaianPeriode({
        rencana: r,
        hasilKerja: { aspek, rating: 'sesuai-ekspektasi' },
        perilakuKerja: { aspek: perilaku, rating: 'sesuai-ekspektasi' },
      }),
    );
    expect(h.predikat?.predikat).toBe('baik');
    expect(h.angkaKredit).toBeNull();
    expect(h.kekurangan.map((i) => i.code)).toContain('pppk-tanpa-angka-kredit');
  });

  it('reads a PPPK golongan as such, not as unknown', () => {
    expect(kode(safeParseGolongan('IX'))).toMatchObject({ code: 'golongan-pppk' });
  });

  it('still answers for a PNS', () => {
    expect(
      createPakKonversi({ pegawai: { nama: 'Rina', nip: NIP, golongan: 'III/a' }, rekam, nomor: '1' }).success,
    ).toBe(true);
  });
});
