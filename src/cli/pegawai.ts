// `pak --pegawai data-pegawai.csv [--pegawai daftar-guru.xlsx]`: who each guru is, from other files (SIASN's Data
// Pegawai export, Dapodik's Daftar Guru), read by pengelolaan-kinerja/berkas' dataPegawai and merged (the first file
// given wins a field both have); a refusal is a usage error (exit 2) naming the option and the file.
import { existsSync } from 'node:fs';
import { dataPegawai, buildDataPegawai, type DataPegawai } from 'pengelolaan-kinerja/berkas';
import { GalatPemakaian, type Masukan } from './masukan';

/**
 * Reads the identity file: a NIP column is required, the identity columns are those it has. Says which of its columns
 * are taken and which are not (on standard output, before the run's summary).
 */
export async function bacaDataPegawai(
  file: string,
  masukan: Masukan,
  bahasa: 'id' | 'en' = 'id',
): Promise<DataPegawai> {
  const r = await dataPegawai(masukan);
  if (!r.success) {
    const i = r.issues[0]!;
    throw new GalatPemakaian(i.code, `--pegawai ${file}: ${i.message}`, `--pegawai ${file}: ${i.messageEn}`);
  }
  const dipakai = new Set(r.data.kolom);
  const lain = masukan.header.filter((h) => !dipakai.has(h) && !/^nip\b/i.test(h.trim()) && h.trim() !== '');
  // At most eight named: SIASN's export has some fifty columns the pages do not print.
  const nama = lain.slice(0, 8).join(', ');
  const sisa = lain.length - 8;
  const tidak =
    lain.length === 0
      ? ''
      : bahasa === 'en'
        ? `; not used: ${nama}${sisa > 0 ? ` and ${sisa} more` : ''}`
        : `; tidak dipakai: ${nama}${sisa > 0 ? ` dan ${sisa} lainnya` : ''}`;
  process.stdout.write(
    bahasa === 'en'
      ? `--pegawai ${file}: identity columns: ${r.data.kolom.join(', ')}${tidak}\n`
      : `--pegawai ${file}: kolom identitas: ${r.data.kolom.join(', ')}${tidak}\n`,
  );
  return r.data;
}

/** Reads every `--pegawai` file (none: undefined) and merges them, the first given first. */
export async function bacaSemuaDataPegawai(
  files: readonly string[],
  buka: (file: string) => Promise<Masukan>,
  bahasa: 'id' | 'en' = 'id',
): Promise<DataPegawai | undefined> {
  if (files.length === 0) return undefined;
  const semua: DataPegawai[] = [];
  for (const f of files) {
    if (!existsSync(f))
      throw new GalatPemakaian('berkas', `--pegawai: berkas ${f} tidak ada.`, `--pegawai: file ${f} does not exist.`);
    semua.push(await bacaDataPegawai(f, await buka(f), bahasa));
  }
  return semua.length === 1 ? semua[0] : buildDataPegawai(semua);
}
