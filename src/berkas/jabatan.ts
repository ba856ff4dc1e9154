// A file with a column that looks like the jabatan, or like an AK of the integrasi, but is not read as one: refused at
// its header, so that no row's jenjang is taken from its golongan in silence (someone who is not a guru would get a
// guru's PAK) and no total leaves the integrasi out in silence.
import type { BarisBerkas } from '../format/dialek';
import type { CocokKolom } from '../format/kolom';
import { normalizeKolom } from '../format/kolom';
import { bacaJabatan } from './baca-sel';

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

/**
 * The issue of a file whose header has no jabatan (nor jenjang) column read while one of its other columns holds
 * jabatan titles in its first rows (at least half of its written cells read as a guru's title: `Guru Ahli Muda`,
 * `Guru Pertama`, `Guru Madya / 01-04-2022`), or null. Such a column is offered as the jabatan: the jenjang is not
 * taken from the golongan while it is there. A row-number column is never looked at.
 */
export function cekNilaiJabatan(
  cocok: CocokKolom,
  contoh: readonly BarisBerkas[] | undefined,
): { readonly code: string; readonly message: string; readonly messageEn: string } | null {
  if (cocok.indeks.jabatan !== undefined || cocok.indeks.jenjang !== undefined || contoh === undefined) return null;
  for (const d of cocok.laporan.diabaikan) {
    if (d.nomorUrut === true) continue;
    let ditulis = 0;
    let guru: { teks: string; baris: number } | undefined;
    let jumlahGuru = 0;
    for (const b of contoh) {
      const t = (b.sel[d.indeks] ?? '').trim();
      if (t === '') continue;
      ditulis++;
      const r = bacaJabatan(t);
      if (!r.success && r.issues[0]?.code !== 'jabatan-ambigu') continue;
      jumlahGuru++;
      guru ??= { teks: t, baris: b.baris };
    }
    if (guru === undefined || jumlahGuru * 2 < ditulis) continue;
    return {
      code: 'kolom-jabatan-tidak-terbaca',
      message: `Kolom "${d.kolom}" berisi jabatan guru (mis. "${guru.teks}" di baris ${guru.baris}), tetapi judulnya tidak dikenal sebagai jabatan: jenjang tidak diambil dari golongan selama kolom itu ada (orang yang bukan guru bisa mendapat PAK guru). Petakan kolom itu sebagai jabatan di peta kolom ({ "jabatan": "${d.kolom}" }), atau ganti judulnya menjadi "Jabatan".`,
      messageEn: `Column "${d.kolom}" holds a guru's jabatan (e.g. "${guru.teks}" on line ${guru.baris}), but its header is not known as the jabatan: the jenjang is not taken from the golongan while that column is there (someone who is not a guru could get a guru's PAK). Map that column as jabatan in the column map ({ "jabatan": "${d.kolom}" }), or rename its header "Jabatan".`,
    };
  }
  return null;
}

/**
 * The issue of a header with an AK column that is not read (`AK INTEGRASI`, `AK Kumulatif s.d. 2022` under another
 * spelling) while no conventional AK column is: refused at the header, so that no total leaves the integrasi out in
 * silence. Null when the file has none, or its conventional AK column is read.
 */
export function cekKolomAk(
  cocok: CocokKolom,
): { readonly code: string; readonly message: string; readonly messageEn: string } | null {
  if (cocok.indeks.akKonvensional !== undefined) return null;
  const calon = cocok.laporan.diabaikan.find((d) => {
    const n = normalizeKolom(d.kolom);
    // An AK header (`AK …`, `Angka Kredit …`, `Jumlah AK …`), not a flag such as SIASN's `isIntegrasi`.
    return (
      d.mungkin === 'akKonvensional' ||
      (/^(ak|angkakredit|jumlahak|jumlahangkakredit)/.test(n) && /integrasi|konvensional|kumulatif/.test(n))
    );
  });
  if (calon === undefined) return null;
  return {
    code: 'kolom-ak-tidak-terbaca',
    message: `Kolom "${calon.kolom}" tampaknya angka kredit integrasi atau konvensional, tetapi tidak terbaca: jumlah AK tiap guru akan tanpa AK Integrasi. Bila kolom itu berisi AK kumulatif konvensional sampai 31 Desember 2022, petakan sebagai akKonvensional di peta kolom ({ "akKonvensional": "${calon.kolom}" }); bila berisi AK Integrasi yang sudah dihitung, tulis AK konvensionalnya di kolom "AK Konvensional"; bila bukan angka kredit, hapus kolom itu.`,
    messageEn: `Column "${calon.kolom}" looks like an integrasi or conventional angka kredit but is not read: each guru's total would leave the AK Integrasi out. If it holds the conventional AK accumulated up to 31 December 2022, map it as akKonvensional in the column map ({ "akKonvensional": "${calon.kolom}" }); if it holds an AK Integrasi already computed, write the conventional AK in a column "AK Konvensional"; if it is not an angka kredit, remove the column.`,
  };
}
