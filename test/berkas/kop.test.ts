import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateKopBerkas, validateLogoBerkas } from '../../src/berkas';
import { dokumenCetak, identitasHalaman, kopGuru, nomorDari } from '../../src/berkas/kop';
import { createPakAkumulasi, createPakPenetapan, createRekamAngkaKredit, unwrap } from '../../src';

// The letterhead of the PAK pages: the kop naskah dinas (Permendagri 1/2023; docs/pak.md) and the fields of PerBKN
// 3/2023's lampiran forms. The CLI reads kop.json and prefixes these messages with `--kop <file>:` (test/cli).
describe('validateKopBerkas', () => {
  it("reads the shipped example: the letterhead's lines, notes dropped, the penetap's NIP as written made 18 digits", () => {
    const r = validateKopBerkas(
      JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'data', 'kop.json'), 'utf8')),
    );
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data).not.toHaveProperty('_petunjuk');
    expect(r.data.penetap?.nip).toBe('196807121994031006');
    expect(r.data.tanggal).toBe('2027-01-20');
    expect(r.data).toMatchObject({
      pemerintah: 'Pemerintah Kota Kupang',
      instansi: 'Dinas Pendidikan dan Kebudayaan',
      logo: 'logo.svg',
      tandaTangan: 'basah',
    });
  });
  it('refuses with a code and says what each key should be, in both languages', () => {
    const tanpaUrut = validateKopBerkas({ nomor: '800/PAK/2027' });
    expect(tanpaUrut.success || tanpaUrut.issues[0]!.code).toBe('kop-nomor-tanpa-urut');
    const salah = validateKopBerkas({ urutMulai: 'satu', warna: 'biru' });
    expect(salah.success || [salah.issues[0]!.code, salah.issues[0]!.message, salah.issues[0]!.messageEn]).toEqual([
      'kop-tidak-valid',
      'urutMulai harus bilangan; kunci tidak dikenal warna (kunci: pemerintah, instansi, alamat, telepon, laman, email, logo, tandaTangan, nomor, urutMulai, tempat, tanggal, penetap, tembusan).',
      'urutMulai must be a number; unknown keys warna (keys: pemerintah, instansi, alamat, telepon, laman, email, logo, tandaTangan, nomor, urutMulai, tempat, tanggal, penetap, tembusan).',
    ]);
    expect(validateKopBerkas({ tandaTangan: 'digital' }).success).toBe(false);
    expect(validateKopBerkas([1]).success).toBe(false);
    expect(validateKopBerkas({ tanggal: '31-02-2027' }).success).toBe(false);
    expect(validateKopBerkas({ penetap: { nama: 'A', nip: '123', jabatan: 'Kepala Dinas' } }).success).toBe(false);
  });
  it('fills the number pattern ({urut:4} zero-padded, {guru}, {nip})', () => {
    expect(nomorDari('800/{urut:4}/{nip}', 7, '198703122010012004')).toBe('800/0007/198703122010012004');
    expect(nomorDari('800/{guru:3}-{urut}/PAK', 12, 'x', 4)).toBe('800/004-12/PAK');
    expect(kopGuru({ nomor: '800/{urut}/PAK', urutMulai: 10, tempat: 'Kupang' }, 2, 'x')).toEqual({ tempat: 'Kupang' });
    expect(kopGuru(undefined, 1, 'x')).toEqual({});
  });
  it("gives each document of a run its own nomor: a guru's Konversi, Akumulasi and Penetapan, guru after guru", () => {
    const r = (t: number) =>
      createRekamAngkaKredit({ tahun: t, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-muda', predikat: 'baik' });
    const kop = { nomor: '800/{urut:3}/PAK/2027', urutMulai: 5 } as const;
    const dok = (nip: string, mulai: number, guru: number) => {
      const pegawai = { nama: 'A', nip, golongan: 'III/c' as const };
      const a = unwrap(createPakAkumulasi({ pegawai, rekam: [r(2024), r(2025)] }));
      const p = unwrap(createPakPenetapan({ pegawai, konversi: [r(2024), r(2025)] }));
      return dokumenCetak(a, p, kop, mulai, guru);
    };
    const satu = dok('198703122010012004', 0, 0);
    const dua = dok('199001012015032001', satu.length, 1);
    expect(satu.map((d) => [d.jenis, d.nomor])).toEqual([
      ['konversi', '800/005/PAK/2027'],
      ['konversi', '800/006/PAK/2027'],
      ['akumulasi', '800/007/PAK/2027'],
      ['penetapan', '800/008/PAK/2027'],
    ]);
    const semua = [...satu, ...dua].map((d) => d.nomor);
    expect(new Set(semua).size).toBe(semua.length);
    expect(
      dokumenCetak(
        unwrap(
          createPakAkumulasi({
            pegawai: { nama: 'A', nip: '198703122010012004', golongan: 'III/c' },
            rekam: [r(2025)],
          }),
        ),
        unwrap(
          createPakPenetapan({
            pegawai: { nama: 'A', nip: '198703122010012004', golongan: 'III/c' },
            konversi: [r(2025)],
          }),
        ),
        undefined,
        0,
        0,
      ).map((d) => d.nomor),
    ).toEqual([undefined, undefined, undefined]);
  });
  it('prints identity cells it can read and counts those it cannot (never guessed)', () => {
    const catatan = { tidakTerbaca: new Map<string, number>() };
    const i = identitasHalaman(
      { identitas: { tanggalLahir: '22-07-1970', jenisKelamin: 'Pria', tmtGolongan: 'kemarin' } },
      catatan,
      { gelarBelakang: 'S.Si.', tanggalLahir: '01-01-1900' },
    );
    expect(i).toEqual({ gelarBelakang: 'S.Si.', tanggalLahir: '1970-07-22', jenisKelamin: 'laki-laki' });
    expect([...catatan.tidakTerbaca]).toEqual([['tmtGolongan', 1]]);
  });
  it("takes the employee file's TMT golongan only when its golongan is the one on the PAK", () => {
    const catatan = { tidakTerbaca: new Map<string, number>() };
    const sama = identitasHalaman({ identitas: {}, golongan: 'IV/b' }, catatan, {
      golongan: 'IV/B',
      tmtGolongan: '01-04-2018',
    });
    expect(sama).toEqual({ tmtGolongan: '2018-04-01' });
    const lain = identitasHalaman({ identitas: {}, golongan: 'IV/b' }, catatan, {
      golongan: 'Pembina, IV/a',
      tmtGolongan: '01-04-2014',
      jenisKelamin: 'P',
    });
    expect(lain).toEqual({ jenisKelamin: 'perempuan' });
    expect([...catatan.tidakTerbaca]).toEqual([['tmtGolongan (golongan lain)', 1]]);
  });
});

describe('validateLogoBerkas', () => {
  it('takes a PNG, JPEG or SVG and refuses anything else with what to do', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(validateLogoBerkas(png).success).toBe(true);
    expect(validateLogoBerkas(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])).success).toBe(true);
    expect(validateLogoBerkas(readFileSync(join(__dirname, '..', '..', 'examples', 'data', 'logo.svg'))).success).toBe(
      true,
    );
    const r = validateLogoBerkas(new TextEncoder().encode('GIF89a'), 'logo.gif');
    expect(r.success || [r.issues[0]!.code, r.issues[0]!.message]).toEqual([
      'logo-tidak-terbaca',
      'logo logo.gif bukan gambar PNG, JPEG atau SVG yang dapat dibaca. Simpan logo sebagai PNG (misalnya dengan "Simpan sebagai" di aplikasi gambar) lalu jalankan lagi.',
    ]);
    expect(validateLogoBerkas(undefined).success).toBe(false);
  });
});
