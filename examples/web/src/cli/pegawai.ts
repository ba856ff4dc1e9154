// `pak --pegawai data-pegawai.csv`: who each guru is, from a second file (SIASN's Data Pegawai export, or any table
// with a NIP column and identity columns), joined by NIP. The konversi file says what each guru earned; this one
// says what the PAK page prints about them (gelar, Karpeg, tempat/tanggal lahir, jenis kelamin, TMT, unit kerja,
// instansi). The konversi file's own identity columns win where both have a value.
import { matchKolom, parseNipBerkas, type Medan } from 'pengelolaan-kinerja/berkas';
import { GalatPemakaian, type Masukan } from './masukan';

/** The identity fields read from the file, as written. */
export const MEDAN_IDENTITAS = ['gelarDepan', 'gelarBelakang', 'tempatLahir', 'tanggalLahir', 'jenisKelamin', 'karpeg', 'tmtGolongan', 'tmtJabatan', 'instansi', 'unitKerja'] as const satisfies readonly Medan[];

export interface DataPegawai {
  readonly perNip: ReadonlyMap<string, Readonly<Partial<Record<(typeof MEDAN_IDENTITAS)[number], string>>>>;
  /** Rows without a readable NIP (skipped, counted). */
  readonly tanpaNip: number;
  readonly kolom: readonly string[];
}

/** Reads the identity file: a NIP column is required, the identity columns are those it has. */
export async function bacaDataPegawai(file: string, masukan: Masukan): Promise<DataPegawai> {
  const c = matchKolom(masukan.header);
  if (!c.success || c.data.indeks.nip === undefined) {
    throw new GalatPemakaian(
      'pegawai-tanpa-nip',
      `--pegawai ${file}: tidak ada kolom NIP (judul yang dikenal: NIP, NIP BARU, NIP Pegawai). Judul kolom berkas: ${masukan.header.map((h) => `"${h}"`).join(', ')}.`,
      `--pegawai ${file}: no NIP column (headers accepted: NIP, NIP BARU, NIP Pegawai). The file's headers: ${masukan.header.map((h) => `"${h}"`).join(', ')}.`,
    );
  }
  const { indeks } = c.data;
  const iNip = indeks.nip!;
  const ada = MEDAN_IDENTITAS.filter((m) => indeks[m] !== undefined);
  if (ada.length === 0) {
    throw new GalatPemakaian(
      'pegawai-tanpa-identitas',
      `--pegawai ${file}: tidak ada kolom identitas (GELAR DEPAN, GELAR BELAKANG, TEMPAT LAHIR NAMA, TANGGAL LAHIR, JENIS KELAMIN, Karpeg, TMT GOLONGAN, TMT JABATAN, UNOR NAMA, INSTANSI INDUK NAMA).`,
      `--pegawai ${file}: no identity column (GELAR DEPAN, GELAR BELAKANG, TEMPAT LAHIR NAMA, TANGGAL LAHIR, JENIS KELAMIN, Karpeg, TMT GOLONGAN, TMT JABATAN, UNOR NAMA, INSTANSI INDUK NAMA).`,
    );
  }
  const perNip = new Map<string, Partial<Record<(typeof MEDAN_IDENTITAS)[number], string>>>();
  let tanpaNip = 0;
  for await (const b of masukan.baris) {
    if (b.rusak !== undefined) {
      tanpaNip += 1;
      continue;
    }
    const nip = parseNipBerkas(b.sel[iNip] ?? '');
    if (!nip.success) {
      tanpaNip += 1;
      continue;
    }
    const isi: Partial<Record<(typeof MEDAN_IDENTITAS)[number], string>> = {};
    for (const m of ada) {
      const v = (b.sel[indeks[m]!] ?? '').trim();
      if (v !== '') isi[m] = v;
    }
    perNip.set(nip.data, { ...perNip.get(nip.data), ...isi });
  }
  return { perNip, tanpaNip, kolom: ada.map((m) => masukan.header[indeks[m]!] ?? m) };
}
