import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { parseBulanBerkas, parseDesimalBerkas, parseNipBerkas, parseTanggalBerkas } from '../../src/berkas';

describe('values as written', () => {
  it("NIP with spaces, dots, quotes or Excel's leading quote", () => {
    for (const t of [
      '19870312 201001 2 004',
      "'198703122010012004",
      '"198703122010012004"',
      '19870312.201001.2.004',
      ' 198703122010012004 ',
      '19870312-201001-2-004',
    ]) {
      expect(parseNipBerkas(t)).toEqual({ success: true, data: '198703122010012004' });
    }
    for (const t of ['1987031220100120', '1.98703122010012e+17', '19870312201001200A', ''])
      expect(parseNipBerkas(t).success).toBe(false);
    const r = parseNipBerkas('1.98703E+17');
    expect(!r.success && r.issues[0]!.message).toMatch(/Teks/);
  });
  it('dates in the Indonesian order, ISO and with month names; impossible days refused', () => {
    expect(parseTanggalBerkas('2023-09-01')).toEqual({ success: true, data: '2023-09-01' });
    expect(parseTanggalBerkas('01/09/2023')).toEqual({ success: true, data: '2023-09-01' });
    expect(parseTanggalBerkas('01-09-2023')).toEqual({ success: true, data: '2023-09-01' });
    expect(parseTanggalBerkas('1.9.2023')).toEqual({ success: true, data: '2023-09-01' });
    expect(parseTanggalBerkas('31 Desember 2023')).toEqual({ success: true, data: '2023-12-31' });
    for (const t of ['2023-02-29', '31/04/2023', '2023-13-01', 'besok', '09/2023'])
      expect(parseTanggalBerkas(t).success).toBe(false);
  });
  it('months by number or name', () => {
    expect(parseBulanBerkas('9')).toEqual({ success: true, data: 9 });
    expect(parseBulanBerkas('Nopember')).toEqual({ success: true, data: 11 });
    for (const t of ['0', '13', '1.5', 'Sept 2023']) expect(parseBulanBerkas(t).success).toBe(false);
  });
  it('decimals: 12,5  12.5  1.234,5; 1,234.5 only when the file says so; ambiguous ones refused', () => {
    const ok = (t: string, d: ',' | '.', v: string) =>
      expect(parseDesimalBerkas(t, d)).toEqual({ success: true, data: v });
    ok('12,5', ',', '12.5');
    ok('12,5', '.', '12.5');
    ok('12.5', ',', '12.5');
    ok('1.234,5', ',', '1234.5');
    ok('1.234,5', '.', '1234.5');
    ok('1,234.5', '.', '1234.5');
    ok('550,63', ',', '550.63');
    ok('1.234.567', ',', '1234567');
    ok('0012', ',', '12');
    expect(parseDesimalBerkas('1,234.5', ',').success).toBe(false);
    const amb = parseDesimalBerkas('1.234', ',');
    expect(!amb.success && amb.issues[0]!.code).toBe('desimal-ambigu');
    expect(parseDesimalBerkas('1,234', '.').success).toBe(false);
    for (const t of ['12,5,3', 'abc', '', '-', '1..2']) expect(parseDesimalBerkas(t, ',').success).toBe(false);
  });
  it('property: a decimal written in either Indonesian form reads back to its value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 999 }), (bulat, pecahan) => {
        const p = String(pecahan).padStart(3, '0');
        const id = `${bulat.toLocaleString('de-DE')},${p}`;
        const harap = `${bulat}.${p}`;
        const r = parseDesimalBerkas(id, ',');
        return r.success && r.data === harap;
      }),
    );
  });
});
