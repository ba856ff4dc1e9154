import { expect } from 'vitest';
import type { HarapanBerkas, HasilBaca } from './fixtures';

export function cocokHarapan(h: HarapanBerkas, r: HasilBaca): void {
  if (h.ditolak !== undefined) {
    expect(r.ditolak).toBe(h.ditolak);
    return;
  }
  expect(r.ditolak).toBeUndefined();
  if (h.header !== undefined) expect(r.header).toEqual(h.header);
  if (h.dialek !== undefined) expect(r.dialek).toMatchObject(h.dialek);
  if (h.baris !== undefined) expect(r.baris).toEqual(h.baris);
  if (h.jumlah !== undefined) expect(r.baris).toHaveLength(h.jumlah);
  if (h.prolog !== undefined) expect(r.prolog).toBe(h.prolog);
  for (const [i, kolom, nilai] of h.sel ?? []) {
    const k = r.header!.indexOf(kolom);
    expect(k, kolom).toBeGreaterThanOrEqual(0);
    expect((r.baris![i]![1] as readonly string[])[k]).toBe(nilai);
  }
}
