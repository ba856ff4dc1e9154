// Column names as operators have them (e-Kinerja and SIASN exports, dinas templates), matched case-insensitively and
// without spaces or punctuation to the fields the CLI reads. A column map (--kolom peta.json) overrides them.

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

export const normalKolom = (s: string): string => s.replace(/^\uFEFF/, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** The header's index for each field, from the built-in names or the operator's map (field → header as written). */
export function petakanKolom(header: readonly string[], peta: Readonly<Partial<Record<Medan, string>>> = {}): { indeks: Partial<Record<Medan, number>>; tidakDikenal: string[] } {
  const norm = header.map(normalKolom);
  const indeks: Partial<Record<Medan, number>> = {};
  const tidakDikenal: string[] = [];
  for (const medan of Object.keys(MEDAN) as Medan[]) {
    const diminta = peta[medan];
    const i = diminta !== undefined ? norm.indexOf(normalKolom(diminta)) : norm.findIndex((h) => (MEDAN[medan] as readonly string[]).includes(h));
    if (i >= 0) indeks[medan] = i;
    else if (diminta !== undefined) tidakDikenal.push(diminta);
  }
  return { indeks, tidakDikenal };
}
