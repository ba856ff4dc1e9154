// The header of an operator's file matched to the fields the rows are read by. Today the CLI keeps this table in
// src/cli/kolom.ts, which a page cannot import: this is a copy of it, to be replaced by the reader's own matcher when
// `pengelolaan-kinerja/berkas` exports one (docs/web.md, "One implementation").
export const MEDAN = {
  nip: ['nip', 'nipbaru', 'nippegawai'],
  nama: ['nama', 'namapegawai', 'namalengkap'],
  jenjang: ['jenjang', 'jabatan', 'jenjangjabatan', 'jabatanfungsional'],
  golongan: ['golongan', 'golonganruang', 'golruang', 'pangkatgolongan'],
  predikat: ['predikat', 'predikatkinerja', 'kuadrankinerja'],
  tahun: ['tahun', 'tahunpenilaian'],
  bulanMulai: ['bulanmulai', 'bulanawal'],
  bulanSelesai: ['bulanselesai', 'bulanakhir'],
  akDasar: ['akdasar', 'angkakreditdasar'],
  akKonvensional: ['akkumulatif2022', 'akkonvensional', 'akkumulatifkonvensional', 'akintegrasikumulatif'],
  golongan2022: ['golongan2022', 'golongan31desember2022'],
  unitKerja: ['unitkerja', 'satuanpendidikan', 'sekolah', 'unor'],
  pnsId: ['pnsid', 'idpns', 'pnsorangid'],
  rwJabatanId: ['rwjabatanid', 'idrwjabatan'],
  nomorSk: ['nomorsk', 'nosk', 'skno', 'nomorpak'],
  tanggalSk: ['tanggalsk', 'tglsk', 'skdate', 'tanggalpak'],
} as const;

export type Medan = keyof typeof MEDAN;

const normal = (s: string): string => s.replace(/^\uFEFF/, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** How much a row looks like the header: the count of known column names (the reader skips title rows with it). */
export function skorJudul(sel: readonly string[]): number {
  return sel.filter((s) => Object.values(MEDAN).some((x) => (x as readonly string[]).includes(normal(s)))).length;
}

export interface Cocok {
  readonly indeks: Readonly<Partial<Record<Medan, number>>>;
  readonly dipakai: readonly string[];
  readonly diabaikan: readonly string[];
  /** The required fields the header lacks, with the messages to show. */
  readonly kurang: readonly { readonly pesan: string; readonly pesanEn: string }[];
}

export function cocokkanKolom(header: readonly string[]): Cocok {
  const norm = header.map(normal);
  const indeks: Partial<Record<Medan, number>> = {};
  for (const medan of Object.keys(MEDAN) as Medan[]) {
    const i = norm.findIndex((h) => (MEDAN[medan] as readonly string[]).includes(h));
    if (i >= 0) indeks[medan] = i;
  }
  const pakai = new Set(Object.values(indeks));
  const kurang = (['nip', 'nama', 'golongan'] as const)
    .filter((m) => indeks[m] === undefined)
    .map((m) => ({
      pesan: `Kolom ${m} tidak ditemukan di baris judul (${header.join(', ')}). Judul yang dikenal: ${MEDAN[m].join(', ')}.`,
      pesanEn: `Column ${m} is not in the header (${header.join(', ')}). Known headers: ${MEDAN[m].join(', ')}.`,
    }));
  return {
    indeks,
    dipakai: (Object.keys(indeks) as Medan[]).map((m) => `${header[indeks[m]!]} → ${m}`),
    diabaikan: header.filter((h, i) => !pakai.has(i) && h.trim() !== ''),
    kurang,
  };
}
