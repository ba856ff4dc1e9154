import type { LaporanKolom } from 'pengelolaan-kinerja/berkas';
import { pilih, type Bahasa } from './teks';

/** One line for the terminal: the columns used (header → field) and those ignored, with what they might be. */
export function ringkasKolom(l: LaporanKolom, bahasa: Bahasa): string {
  const pakai = l.dipakai.map((d) => `${d.kolom} → ${d.medan}`).join(', ');
  const abai = l.diabaikan
    .map((d) =>
      d.mungkin === undefined ? `"${d.kolom}"` : `"${d.kolom}" (${pilih(bahasa, 'mungkin', 'perhaps')} ${d.mungkin}?)`,
    )
    .join(', ');
  return pilih(
    bahasa,
    `kolom dipakai: ${pakai}${l.diabaikan.length > 0 ? `\nkolom diabaikan: ${abai} (petakan dengan --kolom bila perlu; lihat: pengelolaan-kinerja kolom <berkas>)` : ''}`,
    `columns used: ${pakai}${l.diabaikan.length > 0 ? `\ncolumns ignored: ${abai} (map them with --kolom if needed; see: pengelolaan-kinerja kolom <file>)` : ''}`,
  );
}
