import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fromZodIssues } from '../../src/core/zod-issues';
import { createPakKonversi, createRekamAngkaKredit } from '../../src';

const pesan = (s: z.ZodType, v: unknown) => {
  const r = s.safeParse(v);
  if (r.success) throw new Error('expected a failure');
  return fromZodIssues(r.error.issues).map((i) => [i.message, i.messageEn]);
};

describe('fromZodIssues: the patterns of the schemas in words, never the pattern itself', () => {
  it('says what a NIP, an AK of three decimals, a dd-mm-yyyy date and a positive number must be', () => {
    expect(pesan(z.string().regex(/^\d{18}$/), '1987 0312')).toEqual([
      ['Harus NIP 18 angka, tanpa spasi atau tanda lain.', 'Must be an 18-digit NIP, without spaces or other marks.'],
    ]);
    expect(pesan(z.string().regex(/^-?\d+\.\d{3}$/), '12,5')[0]?.[0]).toBe(
      'Harus angka dengan tiga desimal di belakang titik (mis. 12.500).',
    );
    expect(pesan(z.string().regex(/^\d{2}-\d{2}-\d{4}$/), '2027-01-20')[0]?.[0]).toBe('Harus tanggal dd-mm-yyyy.');
    expect(pesan(z.string().regex(/^[1-9]\d{0,8}$/), '0')[0]).toEqual([
      'Harus bilangan bulat positif, paling banyak 9 angka.',
      'Must be a positive whole number of at most 9 digits.',
    ]);
  });
  it('keeps a message a schema gives, and says an unknown pattern without showing it', () => {
    expect(pesan(z.string().regex(/^[a-z]+$/, { message: 'Pakai huruf kecil.' }), 'X')[0]?.[0]).toBe(
      'Pakai huruf kecil.',
    );
    const [id] = pesan(z.string().regex(/^[a-z]+$/), 'X')[0] ?? [];
    expect(id).toBe('Bentuknya tidak sesuai.');
  });
  it('a PAK document with a NIP written with spaces: the message says what to write', () => {
    const r = createPakKonversi({
      pegawai: { nama: 'Siti', nip: '19870101 201001 2 001', golongan: 'III/c' },
      rekam: createRekamAngkaKredit({
        tahun: 2025,
        bulanMulai: 1,
        bulanAkhir: 12,
        jenjang: 'ahli-muda',
        predikat: 'baik',
      }),
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => i.message).join(' ')).toContain('Harus NIP 18 angka');
    expect(r.issues.map((i) => i.message).join(' ')).not.toMatch(/\/\^/);
  });
});
