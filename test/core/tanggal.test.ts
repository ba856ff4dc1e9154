import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { KinerjaError } from '../../src';
import { isWaktuIso, waktuMs } from '../../src/core/tanggal';

const dua = (n: number) => String(n).padStart(2, '0');

/** A real ISO date-time with an offset, and the milliseconds Date.parse gives it. */
const waktu = fc
  .record({
    ms: fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
    offset: fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
    pecahan: fc.constantFrom('', '.5', '.25', '.125', '.123456789'),
    detik: fc.boolean(),
  })
  .map(({ ms, offset, pecahan, detik }) => {
    const lokal = new Date(Math.floor(ms / 60_000) * 60_000 + offset * 60_000);
    const tanda = offset < 0 ? '-' : '+';
    const zona = offset === 0 ? 'Z' : `${tanda}${dua(Math.floor(Math.abs(offset) / 60))}:${dua(Math.abs(offset) % 60)}`;
    const jam = `${lokal.toISOString().slice(0, 16)}${detik ? `:${dua(lokal.getUTCSeconds())}${pecahan}` : ''}`;
    return `${jam}${zona}`;
  });

describe('waktuMs', () => {
  test('known instants', () => {
    expect(waktuMs('1970-01-01T00:00:01Z')).toBe(1000);
    expect(waktuMs('2024-03-01T08:00:00+07:00')).toBe(Date.UTC(2024, 2, 1, 1));
    expect(waktuMs('2024-03-01T08:00:00.5-01:30')).toBe(Date.UTC(2024, 2, 1, 9, 30, 0, 500));
    expect(waktuMs('0001-01-01T00:00Z')).toBe(Date.UTC(2001, 0, 1) - 2000 * 365.2425 * 86_400_000);
  });

  test.prop([waktu])('agrees with Date.parse on every real date-time', (w) => {
    expect(isWaktuIso(w)).toBe(true);
    expect(waktuMs(w)).toBe(Date.parse(w));
  });

  test('refuses what is not a real instant, never NaN', () => {
    for (const w of [
      '2024-02-30T08:00Z',
      '2024-03-01T24:00Z',
      '2024-03-01T08:60Z',
      '2024-03-01T08:00:60Z',
      '2024-03-01T08:00+24:00',
      '2024-03-01T08:00+07:60',
      '2024-03-01 08:00Z',
      '2024-03-01T08:00',
      '2024-03-01T08:00:00.Z',
      '2024-03-01T08:00:00.1234567890Z',
      '2024-03-01T08:00+07:0',
      '2024-03-01T08:00z',
      '2024-03-01T08:0a+07:00',
      '+2024-03-01T08:00Z',
      '2024-03-01T08:00Z ',
    ]) {
      expect(isWaktuIso(w)).toBe(false);
      expect(() => waktuMs(w)).toThrow(KinerjaError);
    }
  });
});
