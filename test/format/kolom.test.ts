import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import {
  buildPetaKolom,
  kolomWajibKurang,
  countKolomDikenal,
  KOLOM_DIKENAL,
  matchKolom,
  MEDAN_BERKAS,
  normalizeKolom,
  validatePetaKolom,
  type Medan,
} from '../../src/berkas';

// Headers exactly as SIASN's Data Pegawai CSV writes them (kanekescom/laravel-siasn-simpeg
// src/Transformers/PegawaiCsvTransformer.php).
const DATA_PEGAWAI = [
  'PNS ID',
  'NIP BARU',
  'NIP LAMA',
  'NAMA',
  'GELAR DEPAN',
  'GELAR BELAKANG',
  'TEMPAT LAHIR ID',
  'TEMPAT LAHIR NAMA',
  'TANGGAL LAHIR',
  'JENIS KELAMIN',
  'AGAMA ID',
  'AGAMA NAMA',
  'JENIS KAWIN ID',
  'JENIS KAWIN NAMA',
  'NIK',
  'NOMOR HP',
  'EMAIL',
  'EMAIL GOV',
  'ALAMAT',
  'NPWP NOMOR',
  'BPJS',
  'JENIS PEGAWAI ID',
  'JENIS PEGAWAI NAMA',
  'KEDUDUKAN HUKUM ID',
  'KEDUDUKAN HUKUM NAMA',
  'STATUS CPNS PNS',
  'KARTU ASN VIRTUAL',
  'NOMOR SK CPNS',
  'TANGGAL SK CPNS',
  'TMT CPNS',
  'NOMOR SK PNS',
  'TANGGAL SK PNS',
  'TMT PNS',
  'GOL AWAL ID',
  'GOL AWAL NAMA',
  'GOL AKHIR ID',
  'GOL AKHIR NAMA',
  'TMT GOLONGAN',
  'MK TAHUN',
  'MK BULAN',
  'JENIS JABATAN ID',
  'JENIS JABATAN NAMA',
  'JABATAN ID',
  'JABATAN NAMA',
  'TMT JABATAN',
  'TINGKAT PENDIDIKAN ID',
  'TINGKAT PENDIDIKAN NAMA',
  'PENDIDIKAN ID',
  'PENDIDIKAN NAMA',
  'TAHUN LULUS',
  'KPKN ID',
  'KPKN NAMA',
  'LOKASI KERJA ID',
  'LOKASI KERJA NAMA',
  'UNOR ID',
  'UNOR NAMA',
  'INSTANSI INDUK ID',
  'INSTANSI INDUK NAMA',
  'INSTANSI KERJA ID',
  'INSTANSI KERJA NAMA',
  'SATUAN KERJA INDUK ID',
  'SATUAN KERJA INDUK NAMA',
  'SATUAN KERJA KERJA ID',
  'SATUAN KERJA KERJA NAMA',
];

describe('known headers', () => {
  it('every alias has a source, and no header means two fields', () => {
    const dilihat = new Map<string, Medan>();
    for (const m of MEDAN_BERKAS) {
      for (const a of KOLOM_DIKENAL[m]) {
        expect(a.sumber.length).toBeGreaterThan(10);
        const n = normalizeKolom(a.judul);
        expect(dilihat.get(n) ?? m).toBe(m);
        dilihat.set(n, m);
      }
    }
  });
  it('reads SIASN Data Pegawai: identity columns used, every other column named as ignored', () => {
    const r = matchKolom(DATA_PEGAWAI);
    expect(r.success).toBe(true);
    if (!r.success) return;
    const pakai = Object.fromEntries(r.data.laporan.dipakai.map((d) => [d.medan, d.kolom]));
    expect(pakai).toMatchObject({
      pnsId: 'PNS ID',
      nip: 'NIP BARU',
      nama: 'NAMA',
      golongan: 'GOL AKHIR NAMA',
      jabatan: 'JABATAN NAMA',
      gelarDepan: 'GELAR DEPAN',
      gelarBelakang: 'GELAR BELAKANG',
      tempatLahir: 'TEMPAT LAHIR NAMA',
      tanggalLahir: 'TANGGAL LAHIR',
      jenisKelamin: 'JENIS KELAMIN',
      tmtGolongan: 'TMT GOLONGAN',
      tmtJabatan: 'TMT JABATAN',
      unitKerja: 'UNOR NAMA',
      instansi: 'INSTANSI INDUK NAMA',
    });
    expect(r.data.laporan.dipakai.length + r.data.laporan.diabaikan.length).toBe(DATA_PEGAWAI.length);
    expect(r.data.laporan.diabaikan.find((d) => d.kolom === 'INSTANSI KERJA NAMA')?.mungkin).toBe('instansi');
    expect(r.data.laporan.diabaikan.find((d) => d.kolom === 'GOL AWAL NAMA')?.mungkin).toBe('golongan');
    expect(kolomWajibKurang(r.data, DATA_PEGAWAI)).toEqual([]);
  });
  it('reads the PAK template columns the issue found ignored, and rw-angkakredit keyed by pns', () => {
    const r = matchKolom([
      'NIP',
      'Nama',
      'Golongan',
      'Jumlah AK Konvensional s.d. 2022',
      'ID Riwayat Jabatan',
      'pns',
      'nomorSk',
      'tanggalSk',
    ]);
    expect(r.success && r.data.indeks).toEqual({
      nip: 0,
      nama: 1,
      golongan: 2,
      akKonvensional: 3,
      rwJabatanId: 4,
      pnsId: 5,
      nomorSk: 6,
      tanggalSk: 7,
    });
  });
  it("reads a school information system's staff columns (gol, jenkel); a bare 'tempat' stays a hint, never taken", () => {
    const r = matchKolom([
      'no',
      'nip',
      'nama',
      'tempat',
      'tanggallahir',
      'jenkel',
      'pangkat',
      'gol',
      'tahun',
      'predikat',
    ]);
    expect(r.success).toBe(true);
    if (!r.success) return;
    const pakai = Object.fromEntries(r.data.laporan.dipakai.map((d) => [d.medan, d.kolom]));
    expect(pakai).toMatchObject({ golongan: 'gol', jenisKelamin: 'jenkel', tanggalLahir: 'tanggallahir' });
    expect(pakai.tempatLahir).toBeUndefined();
  });

  it('a header error lists every missing field, the headers accepted and the map line', () => {
    const header = ['NIP/NRP', 'Nama Guru', 'Pangkat', 'Tahun', 'Predikat'];
    const r = matchKolom(header);
    if (!r.success) throw new Error('match');
    const issues = kolomWajibKurang(r.data, header);
    expect(issues.map((i) => i.path[0])).toEqual(['nip', 'nama', 'golongan']);
    expect(issues[0]!.message).toContain('"NIP BARU"');
    expect(issues[0]!.message).toContain('peta kolom');
    expect(issues[0]!.message).not.toContain('--');
    expect(issues[0]!.message).toMatch(/"nip": "NIP\/NRP"/);
    expect(issues[0]!.messageEn).toContain('Headers accepted');
  });
  it('a map names columns, maps value codes, and "" says the file has no such column', () => {
    const r = matchKolom(['NIP/NRP', 'Nama', 'Golongan', 'Nilai', 'Predikat'], {
      nip: 'NIP/NRP',
      predikat: { kolom: 'Nilai', nilai: { SB: 'Sangat Baik', ' b ': 'Baik' } },
      tahun: '',
    });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.indeks).toMatchObject({ nip: 0, predikat: 3 });
    expect(r.data.nilai.predikat?.get('sb')).toBe('Sangat Baik');
    expect(r.data.nilai.predikat?.get('b')).toBe('Baik');
    expect(r.data.laporan.diabaikan).toEqual([{ kolom: 'Predikat', indeks: 4, mungkin: 'predikat' }]);
    const x = matchKolom(['NIP'], { nama: 'Nama Lengkap' });
    expect(!x.success && x.issues.map((i) => i.code)).toEqual(['kolom-peta-tidak-ada']);
  });
  it('the map it builds reads back to the same columns', () => {
    const p = buildPetaKolom(DATA_PEGAWAI);
    const v = validatePetaKolom(JSON.parse(JSON.stringify(p)));
    expect(v.success).toBe(true);
    if (!v.success) return;
    const a = matchKolom(DATA_PEGAWAI);
    const b = matchKolom(DATA_PEGAWAI, v.data);
    expect(b.success && a.success && b.data.indeks).toEqual(a.success && a.data.indeks);
    expect(validatePetaKolom({ predikat: { kolom: 1 } }).success).toBe(false);
    expect(validatePetaKolom([]).success).toBe(false);
  });
  it('counts known headers to find the header row', () => {
    expect(countKolomDikenal(['DAFTAR NOMINATIF GURU', '', ''])).toBe(0);
    expect(countKolomDikenal(DATA_PEGAWAI)).toBeGreaterThan(10);
  });
  it('a row-number column (NO, No., Nomor, No Urut) is marked as such and never offered for a field', () => {
    const header = ['NO', 'No.', 'Nomor', 'No Urut', 'Nomor Urut', 'NIP', 'Nama', 'Keterangan'];
    const r = matchKolom(header);
    expect(r.success && r.data.laporan.diabaikan.filter((d) => d.nomorUrut === true).map((d) => d.kolom)).toEqual(
      header.slice(0, 5),
    );
    expect(
      r.success && r.data.laporan.diabaikan.filter((d) => d.nomorUrut === true && d.mungkin !== undefined),
    ).toEqual([]);
    // The map line of a missing field points at a column that is not a row number.
    const kurang = r.success ? kolomWajibKurang(r.data, header) : [];
    expect(kurang.map((i) => i.message)).toEqual([expect.stringContaining('{ "golongan": "Keterangan" }')]);
    const tanpaCalon = matchKolom(['No', 'NIP', 'Nama']);
    expect(tanpaCalon.success && kolomWajibKurang(tanpaCalon.data, ['No', 'NIP', 'Nama'])[0]?.message).toContain(
      '{ "golongan": "…" }',
    );
    expect(buildPetaKolom(['No', 'NIP'])._diabaikan).toEqual(['No (nomor urut/row number)']);
  });
  it('headers exports write for something else are never offered as a field that only looks like them', () => {
    const header = [
      'NIP',
      'Nama',
      'Golongan',
      'hasilKinerjaNilai',
      'PerilakuKerjaNilai',
      'jenis_pegawai',
      'NIK',
      'Nomor HP',
      'MK TAHUN',
      'TAHUN LULUS',
      'GOL AKHIR ID',
      'UNOR ID',
      'JABATAN ID',
    ];
    const r = matchKolom(header);
    expect(r.success && r.data.laporan.diabaikan.filter((d) => d.mungkin !== undefined)).toEqual([]);
    // A header like a known one is still offered.
    const g = matchKolom(['NIP', 'Nama', 'Golongan', 'GOL AWAL NAMA']);
    expect(g.success && g.data.laporan.diabaikan).toEqual([{ kolom: 'GOL AWAL NAMA', indeks: 3, mungkin: 'golongan' }]);
  });
  it('a sheet with one column per period: the periods its headers name, only without a period or predikat column', () => {
    const header = [
      'NIP',
      'Nama',
      'Golongan',
      '2023',
      '2024 S1',
      '2024 Semester II',
      'Predikat 2025',
      'Smt 2 2025',
      'AK 2022',
    ];
    const r = matchKolom(header);
    expect(r.success && r.data.laporan.perPeriode).toEqual([
      { kolom: '2023', indeks: 3, tahun: 2023 },
      { kolom: '2024 S1', indeks: 4, tahun: 2024, semester: 1 },
      { kolom: '2024 Semester II', indeks: 5, tahun: 2024, semester: 2 },
      { kolom: 'Predikat 2025', indeks: 6, tahun: 2025 },
      { kolom: 'Smt 2 2025', indeks: 7, tahun: 2025, semester: 2 },
    ]);
    expect(r.success && r.data.laporan.diabaikan.map((d) => d.kolom)).toEqual(['AK 2022']);
    expect(buildPetaKolom(header)._perPeriode).toEqual(header.slice(3, 8));
    const biasa = matchKolom(['NIP', 'Nama', 'Golongan', 'Tahun', 'Predikat', '2023']);
    expect(biasa.success && biasa.data.laporan.perPeriode).toBeUndefined();
    expect(biasa.success && biasa.data.laporan.diabaikan.map((d) => d.kolom)).toEqual(['2023']);
  });
  it('property: every column is used, read per period or ignored exactly once, whatever the header', () => {
    const judul = fc.oneof(
      fc.constantFrom(...MEDAN_BERKAS.flatMap((m) => KOLOM_DIKENAL[m].map((a) => a.judul))),
      fc.constantFrom('No', 'No Urut', '2023', '2024 S1', 'Predikat 2025', 'Smt 1 2026'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(judul, { maxLength: 20 }), (header) => {
        const r = matchKolom(header);
        if (!r.success) return false;
        const semua = [
          ...r.data.laporan.dipakai.map((d) => d.indeks),
          ...r.data.laporan.diabaikan.map((d) => d.indeks),
          ...(r.data.laporan.perPeriode ?? []).map((d) => d.indeks),
        ].sort((x, y) => x - y);
        const isi = header.flatMap((h, i) =>
          h.trim() === '' && !r.data.laporan.dipakai.some((d) => d.indeks === i) ? [] : [i],
        );
        return JSON.stringify(semua) === JSON.stringify(isi);
      }),
    );
  });
});
