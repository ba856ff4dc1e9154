// A file with a column that looks like the jabatan but is not read as one: refused at its header, so that no row's
// jenjang is taken from its golongan in silence (someone who is not a guru would get a guru's PAK).
import type { CocokKolom } from '../format/kolom';
import { normalizeKolom } from '../format/kolom';

/** The issue of a header whose jabatan-like column is not mapped (no jabatan and no jenjang column read), or null. */
export function cekKolomJabatan(
  cocok: CocokKolom,
): { readonly code: string; readonly message: string; readonly messageEn: string } | null {
  if (cocok.indeks.jabatan !== undefined || cocok.indeks.jenjang !== undefined) return null;
  const calon = cocok.laporan.diabaikan.find(
    (d) => d.mungkin === 'jabatan' || d.mungkin === 'jenjang' || /jabatan|jenjang/.test(normalizeKolom(d.kolom)),
  );
  if (calon === undefined) return null;
  return {
    code: 'kolom-jabatan-tidak-terbaca',
    message: `Kolom "${calon.kolom}" tampaknya jabatan, tetapi tidak terbaca sebagai jabatan: jenjang tidak diambil dari golongan selama kolom itu ada (orang yang bukan guru bisa mendapat PAK guru). Petakan kolom itu sebagai jabatan di peta kolom ({ "jabatan": "${calon.kolom}" }), atau hapus kolom itu bila memang bukan jabatan.`,
    messageEn: `Column "${calon.kolom}" looks like the jabatan but is not read as one: the jenjang is not taken from the golongan while that column is there (someone who is not a guru could get a guru's PAK). Map that column as jabatan in the column map ({ "jabatan": "${calon.kolom}" }), or remove the column if it is not the jabatan.`,
  };
}
