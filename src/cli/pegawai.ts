// `pak --pegawai data-pegawai.csv [--pegawai daftar-guru.xlsx]`: who each guru is, from other files (SIASN's Data
// Pegawai export, Dapodik's Daftar Guru), read by pengelolaan-kinerja/berkas' dataPegawai and merged (the first file
// given wins a field both have); a refusal is a usage error (exit 2) naming the option and the file. The files are
// checked to be there by the caller, as every input of the command is.
import { dataPegawai, buildDataPegawai, type DataPegawai, matchKolom } from 'pengelolaan-kinerja/berkas';
import { GalatPemakaian, type Masukan } from './masukan';
import { type Bahasa, pilih } from './teks';

/**
 * Reads the identity file: a NIP column is required, the identity columns are those it has. Says which of its columns
 * are taken and which are not (on standard output, before the run's summary).
 */
export async function bacaDataPegawai(file: string, masukan: Masukan, bahasa: Bahasa): Promise<DataPegawai> {
  const r = await dataPegawai(masukan);
  if (!r.success) {
    const i = r.issues[0]!;
    throw new GalatPemakaian(i.code, `--pegawai ${file}: ${i.message}`, `--pegawai ${file}: ${i.messageEn}`);
  }
  // The NIP column the guru are matched by, as the reader found it (`NIP`, `NIP BARU`, `nip_baru`, …).
  const c = matchKolom(masukan.header);
  const iNip = c.success ? c.data.indeks.nip : undefined;
  const kunci = iNip === undefined ? '' : (masukan.header[iNip] ?? '');
  const dipakai = new Set([...r.data.kolom, kunci]);
  const lain = masukan.header.filter((h) => !dipakai.has(h) && h.trim() !== '');
  // At most eight named: SIASN's export has some fifty columns the pages do not print.
  const nama = lain.slice(0, 8).join(', ');
  const sisa = lain.length - 8;
  const tidak =
    lain.length === 0
      ? ''
      : pilih(
          bahasa,
          `; tidak dipakai: ${nama}${sisa > 0 ? ` dan ${sisa} lainnya` : ''}`,
          `; not used: ${nama}${sisa > 0 ? ` and ${sisa} more` : ''}`,
        );
  const cocok = kunci === '' ? '' : pilih(bahasa, `dicocokkan dengan ${kunci}; `, `matched by ${kunci}; `);
  const kolom = r.data.kolom.join(', ');
  process.stdout.write(
    `--pegawai ${file}: ${cocok}${pilih(bahasa, `kolom identitas: ${kolom}`, `identity columns: ${kolom}`)}${tidak}\n`,
  );
  return r.data;
}

/** Reads every `--pegawai` file (none: undefined) and merges them, the first given first. */
export async function bacaSemuaDataPegawai(
  files: readonly string[],
  buka: (file: string) => Promise<Masukan>,
  bahasa: Bahasa,
): Promise<DataPegawai | undefined> {
  if (files.length === 0) return undefined;
  const semua: DataPegawai[] = [];
  for (const f of files) {
    semua.push(await bacaDataPegawai(f, await buka(f), bahasa));
  }
  return semua.length === 1 ? semua[0] : buildDataPegawai(semua);
}
