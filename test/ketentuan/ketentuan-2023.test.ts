import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  akumulasiAngkaKredit,
  angkaKredit,
  createPakAkumulasi,
  createPakKonversi,
  createPakPenetapan,
  createRekamAngkaKredit,
  createRekamAngkaKreditBertahap,
  createRencana,
  deriveKetentuan,
  getKetentuan,
  jadwalSiklus,
  JENJANG,
  KETENTUAN_2023,
  safeParseKode,
  KETENTUAN_2024,
  KetentuanKonversiSchema,
  ketentuanRencana,
  ketentuanUntuk,
  predikatKinerja,
  PREDIKAT,
  RATING,
  safeKetentuanRencana,
  safeParseGolongan,
  validateKetentuan,
  validateKetentuanKonversi,
  validatePeriode,
  validateRencana,
  type Ketentuan,
  type KetentuanBerlaku,
  type Pegawai,
} from '../../src';
import { toAngkaKreditSiasn, toSkp22Siasn } from '../../src/siasn';

// Sources (docs/sumber.md#aturan-per-tahun): PermenPANRB 6/2022 (annual SKP in e-Kinerja, kuadran matrix), PermenPANRB 1/2023 and
// PerBKN 3/2023 (konversi of the annual predikat into AK from 1 January 2023; koefisien 12.5/25/37.5/50, persentase
// 150/100/75/50/25), as presented by BKN's Direktorat Jabatan ASN deck "Kebijakan Teknis Peraturan BKN Nomor 3 Tahun
// 2023" (slideshare.net/WidarmaAtmaja/kebijakan-teknis-perka-bkn-no-3-tahun-2023-tentang-angka-kredit-kenaikan-pangkat-dan-jenjang-jf-3pdf)
// and "Penyesuaian Angka Kredit Konvensional ke Integrasi & Konversi Predikat Kinerja" (id.scribd.com/document/712964724);
// PMM plan and siklus from 2024 (Perdirjen GTK 7607/B.B1/HK.03/2023).

const NIP = '198701012010012001';
const GURU: Pegawai = {
  nama: 'Siti',
  peran: 'guru',
  statusKepegawaian: 'pns',
  jenjang: 'ahli-muda',
  golongan: 'III/c',
  satuanPendidikan: 'SDN 1',
};
const kodeIssue = (e: unknown) => (e as { issues?: readonly { code: string }[] }).issues?.[0]?.code;

describe('KETENTUAN_2023: the first konversi year, the angka kredit side only', () => {
  it('is found from a 2023 period or date, with one annual period', () => {
    expect(ketentuanUntuk({ tahun: 2023, ke: 1 })).toBe(KETENTUAN_2023);
    expect(ketentuanUntuk('2023-07-15')).toBe(KETENTUAN_2023);
    expect(getKetentuan('2023')).toBe(KETENTUAN_2023);
    expect(KETENTUAN_2023.periode).toEqual({ jenis: 'tahunan', rentangBulan: [[1, 12]] });
    expect(validatePeriode({ tahun: 2023, ke: 1 }).success).toBe(true);
    expect(validatePeriode({ tahun: 2023, ke: 2 })).toMatchObject({
      success: false,
      issues: [{ code: 'periode-tidak-ada' }],
    });
  });

  it('holds the matrix, koefisien, persentase, golongan, AK Dasar and integrasi of 2024 (same regulations)', () => {
    expect(KETENTUAN_2023.matriksPredikat).toEqual(KETENTUAN_2024.matriksPredikat);
    expect(KETENTUAN_2023.jenjang).toEqual(KETENTUAN_2024.jenjang);
    expect(KETENTUAN_2023.predikat).toEqual(KETENTUAN_2024.predikat);
    expect(KETENTUAN_2023.golongan).toEqual(KETENTUAN_2024.golongan);
    expect([KETENTUAN_2023.akDasar, KETENTUAN_2023.integrasiAk]).toEqual([
      KETENTUAN_2024.akDasar,
      KETENTUAN_2024.integrasiAk,
    ]);
    // PermenPANRB 1/2023 as BKN retells it: Ahli Muda, Sangat Baik, a year = 25 × 150% = 37.5.
    expect(
      String(angkaKredit({ jenjang: 'ahli-muda', predikat: 'sangat-baik', bulan: 12, ketentuan: KETENTUAN_2023 })),
    ).toBe('37.5');
    expect(predikatKinerja('di-atas-ekspektasi', 'di-bawah-ekspektasi', { ketentuan: KETENTUAN_2023 })).toBe('kurang');
  });

  test.prop([fc.constantFrom(...JENJANG), fc.constantFrom(...PREDIKAT), fc.integer({ min: 1, max: 12 })])(
    'gives the same angka kredit as 2024 for every jenjang, predikat and month count',
    (jenjang, predikat, bulan) => {
      expect(
        angkaKredit({ jenjang, predikat, bulan, ketentuan: KETENTUAN_2023 }).equals(
          angkaKredit({ jenjang, predikat, bulan, ketentuan: KETENTUAN_2024 }),
        ),
      ).toBe(true);
    },
  );

  test.prop([fc.constantFrom(...RATING), fc.constantFrom(...RATING)])(
    'gives the 2024 predikat for every pair of ratings',
    (h, p) => {
      expect(predikatKinerja(h, p, { ketentuan: KETENTUAN_2023 })).toBe(
        predikatKinerja(h, p, { ketentuan: KETENTUAN_2024 }),
      );
    },
  );

  it('has no planning part, in its type and its value', () => {
    const k: KetentuanBerlaku = KETENTUAN_2023;
    // @ts-expect-error: a konversi rule set has no RHK catalogue
    const bacaKatalog = () => KETENTUAN_2023.katalogRhk.length;
    expect(bacaKatalog).toThrow(TypeError);
    // @ts-expect-error: not assignable where a rule set with the plan is needed
    const salah: Ketentuan = KETENTUAN_2023;
    void salah;
    for (const b of [
      'langkahSiklus',
      'katalogRhk',
      'poin',
      'kalender',
      'dokumenAkuntabilitas',
      'indikatorPraktikKinerja',
      'raporPendidikan',
    ])
      expect(b in k, b).toBe(false);
    const katalog = (x: KetentuanBerlaku) => (x.lingkup === 'konversi' ? 'konversi' : x.katalogRhk.length); // narrows
    expect([katalog(KETENTUAN_2023), katalog(KETENTUAN_2024)]).toEqual(['konversi', KETENTUAN_2024.katalogRhk.length]);
    expect(KETENTUAN_2023.sumber.katalogRhk.catatan).toContain('e-Kinerja');
  });

  it('validates as a konversi rule set, and derives one', () => {
    expect(validateKetentuanKonversi(KETENTUAN_2023).success).toBe(true);
    expect(KetentuanKonversiSchema.safeParse(KETENTUAN_2023).success).toBe(true);
    expect(validateKetentuan(KETENTUAN_2023)).toMatchObject({ success: false, issues: [{ code: 'lingkup-konversi' }] });
    expect(validateKetentuanKonversi(KETENTUAN_2024).success).toBe(false);
    const d = deriveKetentuan(KETENTUAN_2023, { id: '2023-dinas-x' });
    expect(d.success && [d.data.id, d.data.lingkup]).toEqual(['2023-dinas-x', 'konversi']);
    expect(validateKetentuanKonversi({ ...KETENTUAN_2023, katalogRhk: [] }).success).toBe(false);
  });
});

describe('a 2023 plan or siklus is refused, saying why', () => {
  it('createRencana for 2023 throws ketentuan-tanpa-perencanaan naming e-Kinerja and 2024', () => {
    try {
      createRencana({ pegawai: GURU, periode: { tahun: 2023, ke: 1 } });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'argumen-tidak-valid' });
      expect(kodeIssue(e)).toBe('ketentuan-tanpa-perencanaan');
      expect((e as Error).message).toContain('e-Kinerja');
      expect((e as Error).message).toContain('createRekamAngkaKredit');
    }
  });

  it('a plan that names 2023, and the 2023 calendar, are refused', () => {
    const plan = {
      ...createRencana({ pegawai: GURU, periode: { tahun: 2024, ke: 1 } }),
      ketentuan: '2023',
      periode: { tahun: 2023, ke: 1 },
    };
    expect(safeKetentuanRencana(plan)).toMatchObject({
      success: false,
      issues: [{ code: 'ketentuan-tanpa-perencanaan', path: ['ketentuan'] }],
    });
    expect(() => ketentuanRencana(plan)).toThrowError(/hanya berisi konversi/);
    expect(validateRencana(plan, { mode: 'draf' })).toMatchObject({
      success: false,
      issues: [{ code: 'ketentuan-tanpa-perencanaan' }],
    });
    expect(() => jadwalSiklus({ tahun: 2023, ke: 1 })).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'ketentuan-tanpa-perencanaan' })] }),
    );
    expect(() =>
      createRencana({ pegawai: GURU, periode: { tahun: 2024, ke: 1 } }, { ketentuan: KETENTUAN_2023 }),
    ).toThrowError(/hanya berisi konversi/);
  });
});

describe('angka kredit, records, akumulasi, PAK and SIASN work for 2023 without any option', () => {
  const rekam2023 = createRekamAngkaKredit({
    tahun: 2023,
    bulanMulai: 1,
    bulanAkhir: 12,
    jenjang: 'ahli-muda',
    predikat: 'sangat-baik',
  });
  const rekam2024 = createRekamAngkaKredit({
    tahun: 2024,
    bulanMulai: 1,
    bulanAkhir: 12,
    jenjang: 'ahli-muda',
    predikat: 'baik',
  });

  it('records a 2023 year under KETENTUAN_2023', () => {
    expect(rekam2023).toMatchObject({
      ketentuan: '2023',
      angkaKredit: '37.5',
      koefisienTahunan: '25',
      persentase: 150,
    });
    expect(unwrap2(akumulasiAngkaKredit([rekam2023, rekam2024])).total).toBe('62.5');
  });

  it('makes the three PAK documents from 2023 records', () => {
    const pegawai = { nama: 'Siti', nip: NIP, golongan: 'III/c' } as const;
    expect(createPakKonversi({ pegawai, rekam: rekam2023, nomor: '800/1/PAK/2024' })).toMatchObject({
      success: true,
      data: { rekam: { ketentuan: '2023', angkaKredit: '37.5' } },
    });
    expect(createPakAkumulasi({ pegawai, rekam: [rekam2023, rekam2024] })).toMatchObject({
      success: true,
      data: { total: '62.5' },
    });
    expect(createPakPenetapan({ pegawai, konversi: [rekam2023, rekam2024] })).toMatchObject({ success: true });
  });

  it('builds the SIASN bodies of 2023', () => {
    const b = toAngkaKreditSiasn({
      pnsId: 'p1',
      rwJabatanId: 'j1',
      nomorSk: '800/1/PAK/2024',
      tanggalSk: '2024-01-20',
      rekam: rekam2023,
    });
    expect(b).toMatchObject({
      success: true,
      data: { tahunMulaiPenailan: '2023', kreditBaruTotal: '37.500', isKonversi: '1' },
    });
    const penilai = {
      nipNrp: '197001011995031001',
      nama: 'Drs. Budi',
      jabatan: 'Kepala Sekolah',
      golongan: 'IV/a',
      unorNama: 'SDN 1',
      status: 'asn',
    } as const;
    expect(
      toSkp22Siasn(
        { pnsId: 'p1', tahun: 2023, hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi', penilai },
        { ketentuan: KETENTUAN_2023 },
      ),
    ).toMatchObject({ success: true, data: { tahun: 2023, kuadranKinerjaNilai: 2 } });
  });

  it('parses labels under the 2023 rule set', () => {
    expect(safeParseGolongan('Penata Tk. I', { ketentuan: KETENTUAN_2023 })).toEqual({ success: true, data: 'III/d' });
  });
});

function unwrap2<T>(r: { success: true; data: T } | { success: false }): T {
  if (!r.success) throw new Error('gagal');
  return r.data;
}

describe('2022: before the konversi, AK enters only through the PAK Integrasi', () => {
  // Source: Dirjen GTK letter 5137/B/HK.04.01/2023 (25 August 2023, id.scribd.com/document/667433351): "penilaian angka
  // kredit konversi diberlakukan mulai 1 Januari 2023" and "Penyesuaian angka kredit (AK) integrasi ... menggunakan PAK
  // konvensional terakhir sampai dengan 31 Desember 2022" (also gtk.kemdikbud.go.id/pakintegrasi, SIM-PAKIn).
  it('refuses a 2022 record with periode-sebelum-konversi naming the PAK Integrasi and what to do', () => {
    try {
      createRekamAngkaKredit({ tahun: 2022, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-muda', predikat: 'baik' });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({
        code: 'argumen-tidak-valid',
        issues: [{ code: 'periode-sebelum-konversi', params: { tahun: 2022 } }],
      });
      expect((e as Error).message).toContain('PAK Integrasi');
      expect((e as Error).message).toContain('angkaKreditIntegrasi');
      expect((e as { messageEn: string }).messageEn).toContain('31 December 2022');
    }
  });

  it('says so wherever a 2022 period enters', () => {
    expect(validatePeriode({ tahun: 2022, ke: 1 })).toMatchObject({
      success: false,
      issues: [{ code: 'periode-sebelum-konversi' }],
    });
    expect(() => ketentuanUntuk('2022-12-31')).toThrowError(/PAK Integrasi/);
    expect(() => ketentuanUntuk({ tahun: 2019, ke: 1 })).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'periode-sebelum-konversi' })] }),
    );
    expect(
      createRekamAngkaKreditBertahap([
        { tahun: 2022, bulanMulai: 7, bulanAkhir: 12, jenjang: 'ahli-muda', predikat: 'baik' },
      ]),
    ).toMatchObject({ success: false, issues: [{ code: 'periode-sebelum-konversi' }] });
    expect(() => createRencana({ pegawai: GURU, periode: { tahun: 2022, ke: 1 } })).toThrowError(/sebelum konversi/);
  });

  it('still answers from 1 January 2023', () => {
    expect(
      createRekamAngkaKredit({ tahun: 2023, bulanMulai: 1, bulanAkhir: 1, jenjang: 'ahli-pertama', predikat: 'baik' })
        .ketentuan,
    ).toBe('2023');
  });
});

describe('labels of the planning parts under the 2023 rule set', () => {
  it.each(['langkahSiklus', 'indikatorPraktikKinerja', 'nilaiObservasi', 'statusRencana', 'tugasTambahan'] as const)(
    '%s is a coded refusal, not a TypeError',
    (kategori) => {
      const r = safeParseKode(kategori, 'apa saja', { ketentuan: KETENTUAN_2023 });
      expect(r.success).toBe(false);
      if (!r.success) expect(r.issues[0]?.code).toBe('ketentuan-tanpa-perencanaan');
    },
  );
  it('the angka kredit categories still parse under 2023', () => {
    expect(safeParseKode('predikat', 'Baik', { ketentuan: KETENTUAN_2023 })).toEqual({ success: true, data: 'baik' });
  });
});
