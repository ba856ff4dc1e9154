import { afterEach, describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  tenggatTahap,
  jadwalSiklus,
  jadwalRinciPeriode,
  deriveKetentuan,
  KETENTUAN_2026,
  KinerjaError,
  LANGKAH_SIKLUS,
  rentangPeriode,
  tahapPadaTanggal,
  unwrap,
} from '../../src';
import { selisihHari } from '../../src/pelaksanaan/kalender';

const TZ = process.env.TZ;
afterEach(() => {
  if (TZ === undefined) delete process.env.TZ;
  else process.env.TZ = TZ;
});

describe('the semester calendar (Panduan Substansi, linimasa)', () => {
  it('schedules semester 1 and 2 of 2024 by the linimasa', () => {
    expect(jadwalSiklus({ tahun: 2024, ke: 1 }).map((j) => `${j.tahap} ${j.mulai}..${j.selesai}`)).toEqual([
      'perencanaan 2024-01-01..2024-01-31',
      'diskusi-persiapan 2024-02-01..2024-02-29',
      'observasi-kinerja 2024-03-01..2024-03-31',
      'diskusi-tindak-lanjut 2024-03-01..2024-03-31',
      'upaya-tindak-lanjut 2024-04-01..2024-05-31',
      'refleksi-tindak-lanjut 2024-06-01..2024-06-30',
      'penilaian 2024-06-01..2024-06-30',
    ]);
    expect(tenggatTahap('diskusi-persiapan', { tahun: 2024, ke: 2 })).toBe('2024-08-31');
    expect(tenggatTahap('penilaian', { tahun: 2024, ke: 2 })).toBe('2024-12-31');
    expect(tenggatTahap('diskusi-persiapan', { tahun: 2025, ke: 1 })).toBe('2025-03-31'); // 2025: one annual period
    expect(tenggatTahap('penilaian', { tahun: 2026, ke: 1 })).toBe('2026-12-31');
  });

  it('gives the same dates in WIB, WITA, WIT and far-off zones', () => {
    const runs = [
      'Asia/Jakarta',
      'Asia/Makassar',
      'Asia/Jayapura',
      'America/Los_Angeles',
      'Pacific/Kiritimati',
      'UTC',
    ].map((tz) => {
      process.env.TZ = tz;
      return JSON.stringify([
        jadwalSiklus({ tahun: 2024, ke: 1 }),
        tahapPadaTanggal('2024-03-01', { tahun: 2024, ke: 1 }),
        selisihHari('2024-02-29', '2024-03-05'),
      ]);
    });
    expect(new Set(runs).size).toBe(1);
  });

  it('refuses bad dates with a coded error', () => {
    expect(() => tahapPadaTanggal('2024-02-30', { tahun: 2024, ke: 1 })).toThrowError(KinerjaError);
    expect(() => selisihHari('x', '2024-01-01')).toThrowError(expect.objectContaining({ code: 'argumen-tidak-valid' }));
    expect(() => tenggatTahap('penilaian', { tahun: 2024, ke: 3 })).toThrowError(
      expect.objectContaining({ code: 'argumen-tidak-valid' }),
    );
    expect(() => tenggatTahap('terbang' as never, { tahun: 2024, ke: 1 })).toThrowError(
      expect.objectContaining({ code: 'kode-tidak-dikenal' }),
    );
  });

  // 2024 has two semesters; from 2025 a year is one period.
  const periode = fc.oneof(
    fc.record({ tahun: fc.constant(2024), ke: fc.constantFrom(1, 2) }),
    fc.record({ tahun: fc.integer({ min: 2025, max: 2100 }), ke: fc.constant(1) }),
  );

  test.prop([periode])('due dates do not fall from A to E and penilaian, and rise from month to month', (p) => {
    const due = LANGKAH_SIKLUS.map((l) => tenggatTahap(l, p));
    for (let i = 1; i < due.length; i++) expect(due[i]! >= due[i - 1]!).toBe(true);
    expect(tenggatTahap('diskusi-persiapan', p) < tenggatTahap('observasi-kinerja', p)).toBe(true);
    expect(tenggatTahap('diskusi-tindak-lanjut', p) < tenggatTahap('upaya-tindak-lanjut', p)).toBe(true);
    expect(tenggatTahap('upaya-tindak-lanjut', p) < tenggatTahap('refleksi-tindak-lanjut', p)).toBe(true);
  });

  test.prop([periode, fc.integer({ min: 0, max: 370 })])(
    'every date of the period maps to exactly one current stage, in order',
    (p, offset) => {
      const { mulai, selesai } = rentangPeriode(p);
      const d = new Date(`${mulai}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + offset);
      const day = d.toISOString().slice(0, 10);
      const stage = tahapPadaTanggal(day, p);
      if (day > selesai) {
        expect(stage).toBeNull();
        return;
      }
      expect(stage).not.toBeNull();
      const containing = jadwalSiklus(p).filter((j) => j.mulai <= day && day <= j.selesai);
      expect(containing[0]?.tahap).toBe(stage);
      const next = new Date(d);
      next.setUTCDate(next.getUTCDate() + 1);
      const after = tahapPadaTanggal(next.toISOString().slice(0, 10), p);
      const order = ['perencanaan', ...LANGKAH_SIKLUS];
      if (after !== null && stage !== null) expect(order.indexOf(after)).toBeGreaterThanOrEqual(order.indexOf(stage));
    },
  );
});

// Kepmendikdasmen 271/O/2025 as retold. Pra-perencanaan by 31 December and SKP 1–31 January:
// pgrikotacilegon.or.id/blog/2025/12/28/resmi-inilah-pedoman-baru-pengelolaan-kinerja-asn-pendidik-…; the January
// phases (clean-up 1–7, submission 8–21, approval 22–31, every SKP approved by 31 January):
// pakagus.com/panduan-pengisian-perencanaan-kinerja-guru-tahun-2026-di-ruang-gtk and
// www.sdnarjasa1.sch.id/2026/01/rangkuman-hasil-sosialisasi-pembaruan.html.
describe('the dated sub-stages of a period (jadwalRinciPeriode)', () => {
  it('gives 2026 its pra-perencanaan deadline in December and the three January phases', () => {
    expect(jadwalRinciPeriode({ tahun: 2026, ke: 1 }).map((j) => [j.kode, j.tahap, j.mulai, j.selesai])).toEqual([
      ['pra-perencanaan', null, null, '2025-12-31'],
      ['pembersihan-data', 'perencanaan', '2026-01-01', '2026-01-07'],
      ['pengajuan-skp', 'perencanaan', '2026-01-08', '2026-01-21'],
      ['persetujuan-skp', 'perencanaan', '2026-01-22', '2026-01-31'],
    ]);
    // The phases lie inside the month the calendar gives perencanaan, and the last one ends on its due date.
    expect(tenggatTahap('perencanaan', { tahun: 2026, ke: 1 })).toBe('2026-01-31');
    expect(
      jadwalRinciPeriode({ tahun: 2026, ke: 1 })
        .filter((j) => j.tahap === 'perencanaan')
        .every((j) => j.mulai !== null && j.mulai >= '2026-01-01' && j.selesai <= '2026-01-31'),
    ).toBe(true);
  });
  it('is empty where the sources give no days (2024, 2025) and stays a flag, not a lock, by default', () => {
    expect(jadwalRinciPeriode({ tahun: 2024, ke: 1 })).toEqual([]);
    expect(jadwalRinciPeriode({ tahun: 2025, ke: 1 })).toEqual([]);
    expect(KETENTUAN_2026.kebijakan.keterlambatan).toBe('tandai');
    expect(KETENTUAN_2026.sumber.kebijakan.catatan).toContain('terkunci');
  });
  test.prop([fc.integer({ min: 2026, max: 2100 })])(
    'every year of the 2026 rule set: dates ordered, the clean-up and submission contiguous',
    (tahun) => {
      const j = jadwalRinciPeriode({ tahun, ke: 1 }, { ketentuan: KETENTUAN_2026 });
      expect(j[0]?.selesai).toBe(`${tahun - 1}-12-31`);
      for (const x of j) if (x.mulai !== null) expect(x.mulai <= x.selesai).toBe(true);
      expect(selisihHari(j[1]!.selesai, j[2]!.mulai!)).toBe(1);
      expect(selisihHari(j[2]!.selesai, j[3]!.mulai!)).toBe(1);
    },
  );
  it('a derived rule set with a day that does not exist in every period fails validation', () => {
    const r = deriveKetentuan(KETENTUAN_2026, {
      id: 'salah',
      jadwalRinci: [
        { kode: 'x', label: 'X', labelEn: 'X', alias: [], tahap: null, mulai: null, selesai: { bulan: 2, hari: 30 } },
      ],
    });
    expect(r).toMatchObject({
      success: false,
      issues: [{ code: 'jadwal-rinci-tidak-valid', path: ['jadwalRinci', 0, 'selesai'] }],
    });
    const ok = unwrap(
      deriveKetentuan(KETENTUAN_2026, {
        id: 'akhir-feb',
        jadwalRinci: [
          {
            kode: 'x',
            label: 'X',
            labelEn: 'X',
            alias: [],
            tahap: null,
            mulai: null,
            selesai: { bulan: 2, hari: 'akhir' },
          },
        ],
      }),
    );
    expect(jadwalRinciPeriode({ tahun: 2028, ke: 1 }, { ketentuan: ok })[0]?.selesai).toBe('2028-02-29');
  });
});
