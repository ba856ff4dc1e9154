// The run's letterhead (`--kop kop.json`): read here, checked by pengelolaan-kinerja/berkas' validateKopBerkas (the
// fields of PerBKN 3/2023's lampiran forms; see src/berkas/kop.ts).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { validateKopBerkas, validateLogoBerkas, type KopBerkas } from 'pengelolaan-kinerja/berkas';
import { bacaJson, GalatPemakaian } from './masukan';

/** An example kop.json, as `pengelolaan-kinerja pak --help` and docs/cli.md show it. */
export const CONTOH_KOP = {
  pemerintah: 'Pemerintah Kota Kupang',
  instansi: 'Dinas Pendidikan dan Kebudayaan',
  alamat: 'Jalan Frans Seda Nomor 1, Kupang 85111',
  telepon: '(0380) 821234',
  laman: 'disdikbud.kupangkota.go.id',
  email: 'disdikbud@kupangkota.go.id',
  logo: 'logo-kupang.png',
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
  const json = bacaJson(
    file,
    (sebab) =>
      new GalatPemakaian(
        'kop-tidak-terbaca',
        `--kop ${file}: bukan JSON yang dapat dibaca (${sebab}). Contoh isi: ${JSON.stringify(CONTOH_KOP)}`,
        `--kop ${file}: not readable JSON (${sebab}). Example: ${JSON.stringify(CONTOH_KOP)}`,
      ),
  );
  const r = validateKopBerkas(json);
  if (!r.success) {
    const i = r.issues[0]!;
    throw new GalatPemakaian(i.code, `--kop ${file}: ${i.message}`, `--kop ${file}: ${i.messageEn}`);
  }
  return r.data;
}

/**
 * Reads the logo the letterhead names (`"logo": "logo.png"`, relative to the kop.json's folder). Coded refusals (exit
 * 2): `logo-tidak-ada` (no such file), `logo-tidak-terbaca` (not a PNG, JPEG or SVG), each saying what to do.
 */
export function bacaLogo(kopFile: string, kop: KopBerkas): Uint8Array | undefined {
  if (kop.logo === undefined) return undefined;
  const jalur = resolve(dirname(kopFile), kop.logo);
  let data: Uint8Array;
  try {
    data = new Uint8Array(readFileSync(jalur));
  } catch {
    throw new GalatPemakaian(
      'logo-tidak-ada',
      `--kop ${kopFile}: logo "${kop.logo}" tidak ada (dicari di ${jalur}). Letakkan berkas logo (PNG, JPEG atau SVG) di folder kop.json, atau hapus kunci "logo".`,
      `--kop ${kopFile}: logo "${kop.logo}" not found (looked for ${jalur}). Put the logo file (PNG, JPEG or SVG) in the kop.json folder, or remove the "logo" key.`,
    );
  }
  const r = validateLogoBerkas(data, kop.logo);
  if (!r.success) {
    const i = r.issues[0]!;
    throw new GalatPemakaian(i.code, `--kop ${kopFile}: ${i.message}`, `--kop ${kopFile}: ${i.messageEn}`);
  }
  return data;
}
