import { matchKolom } from 'pengelolaan-kinerja/berkas';
import type { Masukan } from './masukan';
import type { OpsiBaca } from './data';
import { pilih, type Bahasa } from './teks';

/** Every column of the file: used for a field, or named as ignored (with the field it might be). */
export interface LaporanKolomCli {
  readonly dipakai: readonly { readonly medan: string; readonly kolom: string }[];
  readonly diabaikan: readonly { readonly kolom: string; readonly mungkin?: string }[];
}

/** The reader's column report (berkas' matchKolom with the operator's map): every column, used or ignored. */
export function laporanKolom(masukan: Masukan, opsi: Pick<OpsiBaca, 'peta'>): LaporanKolomCli {
  const r = matchKolom(masukan.header, opsi.peta);
  if (r.success) return r.data.laporan;
  // The map names a header the file lacks: bacaData refuses the run with that message; report without the map.
  const s = matchKolom(masukan.header);
  return s.success ? s.data.laporan : { dipakai: [], diabaikan: masukan.header.map((kolom) => ({ kolom })) };
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
