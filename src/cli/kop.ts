// The run's letterhead (`--kop kop.json`): read here, checked by pengelolaan-kinerja/berkas' validateKopBerkas (the
// fields of PerBKN 3/2023's lampiran forms; see src/berkas/kop.ts).
import { readFileSync } from 'node:fs';
import { validateKopBerkas, type KopBerkas } from 'pengelolaan-kinerja/berkas';
import { GalatPemakaian } from './masukan';

/** An example kop.json, as `pengelolaan-kinerja pak --help` and docs/cli.md show it. */
export const CONTOH_KOP = {
  instansi: 'Dinas Pendidikan dan Kebudayaan Kota Kupang',
  nomor: '800.1.11.1/{urut:4}/PAK/2027',
  urutMulai: 1,
  tempat: 'Kupang',
  tanggal: '2027-01-20',
  penetap: {
    nama: 'Drs. Yohanes Bena, M.Si.',
    nip: '196807121994031006',
    pangkat: 'Pembina Utama Muda, IV/c',
    jabatan: 'Kepala Dinas Pendidikan dan Kebudayaan Kota Kupang',
  },
  tembusan: ['Kepala Kantor Regional X BKN', 'Pejabat Penilai Kinerja', 'Guru yang bersangkutan'],
} as const;

/**
 * Reads and checks `--kop kop.json`. Coded refusals (exit 2): `kop-tidak-terbaca` (not JSON), and those of
 * validateKopBerkas (`kop-tidak-valid`, `kop-nomor-tanpa-urut`), each prefixed with the option and the file.
 */
export function bacaKopBerkas(file: string): KopBerkas {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    const sebab = e instanceof SyntaxError ? e.message : String((e as { code?: unknown }).code ?? e);
    throw new GalatPemakaian(
      'kop-tidak-terbaca',
      `--kop ${file}: bukan JSON yang dapat dibaca (${sebab}). Contoh isi: ${JSON.stringify(CONTOH_KOP)}`,
      `--kop ${file}: not readable JSON (${sebab}). Example: ${JSON.stringify(CONTOH_KOP)}`,
    );
  }
  const r = validateKopBerkas(json);
  if (!r.success) {
    const i = r.issues[0]!;
    throw new GalatPemakaian(i.code, `--kop ${file}: ${i.message}`, `--kop ${file}: ${i.messageEn}`);
  }
  return r.data;
}
