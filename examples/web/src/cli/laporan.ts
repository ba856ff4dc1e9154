import { petakanKolom } from './kolom';
import type { Masukan } from './masukan';
import type { OpsiBaca } from './data';
import { pilih, type Bahasa } from './teks';

/** Every column of the file: used for a field, or named as ignored (with the field it might be). */
export interface LaporanKolomCli {
  readonly dipakai: readonly { readonly medan: string; readonly kolom: string }[];
  readonly diabaikan: readonly { readonly kolom: string; readonly mungkin?: string }[];
}

/** The reader's column report when it gives one, else one made from the header map (every column either way). */
export function laporanKolom(masukan: Masukan, opsi: Pick<OpsiBaca, 'peta'>): LaporanKolomCli {
  const dari = (masukan as { laporanKolom?: LaporanKolomCli }).laporanKolom;
  if (dari !== undefined) return dari;
  const { indeks } = petakanKolom(masukan.header, opsi.peta);
  const dipakai: { medan: string; kolom: string }[] = [];
  const pakai = new Set<number>();
  for (const [medan, i] of Object.entries(indeks) as [string, number][]) {
    dipakai.push({ medan, kolom: masukan.header[i] ?? medan });
    pakai.add(i);
  }
  const diabaikan = masukan.header.flatMap((h, i) => (pakai.has(i) || h.trim() === '' ? [] : [{ kolom: h.replace(/^\uFEFF/, '') }]));
  return { dipakai, diabaikan };
}

/** One line for the terminal: the columns used (header → field) and those ignored, with what they might be. */
export function ringkasKolom(l: LaporanKolomCli, bahasa: Bahasa): string {
  const pakai = l.dipakai.map((d) => `${d.kolom} → ${d.medan}`).join(', ');
  const abai = l.diabaikan.map((d) => (d.mungkin === undefined ? `"${d.kolom}"` : `"${d.kolom}" (${pilih(bahasa, 'mungkin', 'perhaps')} ${d.mungkin}?)`)).join(', ');
  return pilih(
    bahasa,
    `kolom dipakai: ${pakai}${l.diabaikan.length > 0 ? `\nkolom diabaikan: ${abai} (petakan dengan --kolom bila perlu; lihat: pengelolaan-kinerja kolom <berkas>)` : ''}`,
    `columns used: ${pakai}${l.diabaikan.length > 0 ? `\ncolumns ignored: ${abai} (map them with --kolom if needed; see: pengelolaan-kinerja kolom <file>)` : ''}`,
  );
}
