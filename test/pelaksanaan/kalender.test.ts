import { afterEach, describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { tenggatTahap, jadwalSiklus, KinerjaError, LANGKAH_SIKLUS, rentangPeriode, tahapPadaTanggal } from '../../src';
import { selisihHari } from '../../src/pelaksanaan/kalender';

const TZ = process.env.TZ;
afterEach(() => {
  if (TZ === undefined) delete process.env.TZ;
  else process.env.TZ = TZ;
});

describe('the semester calendar (REFERENCE §2)', () => {
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
    const runs = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'].map((tz) => {
      process.env.TZ = tz;
      return JSON.stringify([jadwalSiklus({ tahun: 2024, ke: 1 }), tahapPadaTanggal('2024-03-01', { tahun: 2024, ke: 1 }), selisihHari('2024-02-29', '2024-03-05')]);
    });
    expect(new Set(runs).size).toBe(1);
  });

  it('refuses bad dates with a coded error', () => {
    expect(() => tahapPadaTanggal('2024-02-30', { tahun: 2024, ke: 1 })).toThrowError(KinerjaError);
    expect(() => selisihHari('x', '2024-01-01')).toThrowError(expect.objectContaining({ code: 'argumen-tidak-valid' }));
    expect(() => tenggatTahap('penilaian', { tahun: 2024, ke: 3 })).toThrowError(expect.objectContaining({ code: 'argumen-tidak-valid' }));
    expect(() => tenggatTahap('terbang' as never, { tahun: 2024, ke: 1 })).toThrowError(expect.objectContaining({ code: 'kode-tidak-dikenal' }));
  });

  // 2024 has two semesters; from 2025 a year is one period.
  const periode = fc.oneof(fc.record({ tahun: fc.constant(2024), ke: fc.constantFrom(1, 2) }), fc.record({ tahun: fc.integer({ min: 2025, max: 2100 }), ke: fc.constant(1) }));

  test.prop([periode])('due dates do not fall from A to E and penilaian, and rise from month to month', (p) => {
    const due = LANGKAH_SIKLUS.map((l) => tenggatTahap(l, p));
    for (let i = 1; i < due.length; i++) expect(due[i]! >= due[i - 1]!).toBe(true);
    expect(tenggatTahap('diskusi-persiapan', p) < tenggatTahap('observasi-kinerja', p)).toBe(true);
    expect(tenggatTahap('diskusi-tindak-lanjut', p) < tenggatTahap('upaya-tindak-lanjut', p)).toBe(true);
    expect(tenggatTahap('upaya-tindak-lanjut', p) < tenggatTahap('refleksi-tindak-lanjut', p)).toBe(true);
  });

  test.prop([periode, fc.integer({ min: 0, max: 370 })])('every date of the period maps to exactly one current stage, in order', (p, offset) => {
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
  });
});
