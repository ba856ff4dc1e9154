// `pak --pegawai data-pegawai.csv`: who each guru is, from a second file (SIASN's Data Pegawai export), read by
// pengelolaan-kinerja/berkas' dataPegawai; a refusal is a usage error (exit 2) naming the option and the file.
import { dataPegawai, type DataPegawai } from 'pengelolaan-kinerja/berkas';
import { GalatPemakaian, type Masukan } from './masukan';

/** Reads the identity file: a NIP column is required, the identity columns are those it has. */
export async function bacaDataPegawai(file: string, masukan: Masukan): Promise<DataPegawai> {
  const r = await dataPegawai(masukan);
  if (!r.success) {
    const i = r.issues[0]!;
    throw new GalatPemakaian(i.code, `--pegawai ${file}: ${i.message}`, `--pegawai ${file}: ${i.messageEn}`);
  }
  return r.data;
}
