import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromZodIssues, polaDalamKata } from '../../src/core/zod-issues';
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
  it('every pattern of the published JSON Schemas is said in words, or its schema gives its own message', () => {
    const dir = join(__dirname, '..', '..', 'schemas');
    const pola = new Set<string>();
    const kumpul = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(kumpul);
      else if (v !== null && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          // A pattern that comes with a format is zod's own check of that format (an ISO date), not a regex of ours.
          if (k === 'pattern' && typeof x === 'string' && !('format' in v)) pola.add(x);
          else kumpul(x);
        }
    };
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')))
      kumpul(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    // The codes of a rule set (kebab-case): src/ketentuan/schema.ts gives its own message.
    const pesanSendiri = new Set(['^[a-z0-9]+(?:-[a-z0-9]+)*$']);
    expect(pola.size).toBeGreaterThan(3);
    for (const p of pola) if (!pesanSendiri.has(p)) expect([p, polaDalamKata(`/${p}/`)]).not.toEqual([p, null]);
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
