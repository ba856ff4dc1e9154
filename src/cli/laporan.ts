import type { LaporanKolom } from 'pengelolaan-kinerja/berkas';
import { pilih, type Bahasa } from './teks';

/**
 * The terminal's column report: the columns used (header → field), those read one per period (with how many cells
 * were empty: no row for that period) and those ignored, with what they might be.
 */
export function ringkasKolom(l: LaporanKolom, bahasa: Bahasa): string {
  const pakai = l.dipakai.map((d) => `${d.kolom} → ${d.medan}`).join(', ');
  const abai = l.diabaikan
    .map((d) =>
      d.nomorUrut === true
        ? `"${d.kolom}" (${pilih(bahasa, 'nomor urut', 'row number')})`
        : d.mungkin === undefined
          ? `"${d.kolom}"`
          : `"${d.kolom}" (${pilih(bahasa, 'mungkin', 'perhaps')} ${d.mungkin}?)`,
    )
    .join(', ');
  const periode = (l.perPeriode ?? [])
    .map((p) =>
      (p.kosong ?? 0) > 0 ? `"${p.kolom}" (${p.kosong} ${pilih(bahasa, 'kosong', 'empty')})` : `"${p.kolom}"`,
    )
    .join(', ');
  const perPeriode =
    periode === ''
      ? ''
      : pilih(
          bahasa,
          `\nkolom per periode (predikat; satu baris per periode, sel kosong = tidak dinilai pada periode itu, tanpa baris): ${periode}`,
          `\ncolumns per period (predikat; one row per period, an empty cell = not rated in that period, no row): ${periode}`,
        );
  return pilih(
    bahasa,
    `kolom dipakai: ${pakai}${perPeriode}${l.diabaikan.length > 0 ? `\nkolom diabaikan: ${abai} (petakan dengan --kolom bila perlu; lihat: pengelolaan-kinerja kolom <berkas>)` : ''}`,
    `columns used: ${pakai}${perPeriode}${l.diabaikan.length > 0 ? `\ncolumns ignored: ${abai} (map them with --kolom if needed; see: pengelolaan-kinerja kolom <file>)` : ''}`,
  );
}
