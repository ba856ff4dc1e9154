import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateKopBerkas } from '../../src/berkas';
import { identitasHalaman, kopGuru, nomorDari } from '../../src/berkas/kop';

// The letterhead of the PAK pages: the fields of PerBKN 3/2023's lampiran forms (Contoh Penetapan Angka Kredit;
// mirror https://fliphtml5.com/ffcwr/kblm/Peraturan_BKN_Nomor_3_Tahun_2023/48). The CLI reads kop.json and prefixes
// these messages with `--kop <file>:` (test/cli).
describe('validateKopBerkas', () => {
  it("reads the shipped example: notes dropped, the penetap's NIP as written made 18 digits", () => {
    const r = validateKopBerkas(
      JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'data', 'kop.json'), 'utf8')),
    );
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data).not.toHaveProperty('_petunjuk');
    expect(r.data.penetap?.nip).toBe('196807121994031006');
    expect(r.data.tanggal).toBe('2027-01-20');
  });
  it('refuses with a code and says what each key should be, in both languages', () => {
    const tanpaUrut = validateKopBerkas({ nomor: '800/PAK/2027' });
    expect(tanpaUrut.success || tanpaUrut.issues[0]!.code).toBe('kop-nomor-tanpa-urut');
    const salah = validateKopBerkas({ urutMulai: 'satu', warna: 'biru' });
    expect(salah.success || [salah.issues[0]!.code, salah.issues[0]!.message, salah.issues[0]!.messageEn]).toEqual([
      'kop-tidak-valid',
      'urutMulai harus bilangan; kunci tidak dikenal warna (kunci: instansi, nomor, urutMulai, tempat, tanggal, penetap, tembusan).',
      'urutMulai must be a number; unknown keys warna (keys: instansi, nomor, urutMulai, tempat, tanggal, penetap, tembusan).',
    ]);
    expect(validateKopBerkas([1]).success).toBe(false);
    expect(validateKopBerkas({ tanggal: '31-02-2027' }).success).toBe(false);
    expect(validateKopBerkas({ penetap: { nama: 'A', nip: '123', jabatan: 'Kepala Dinas' } }).success).toBe(false);
  });
  it("numbers each guru's documents from urutMulai ({urut:4} zero-padded, {nip})", () => {
    expect(nomorDari('800/{urut:4}/{nip}', 7, '198703122010012004')).toBe('800/0007/198703122010012004');
    expect(kopGuru({ nomor: '800/{urut}/PAK', urutMulai: 10 }, 2, 'x')).toEqual({ nomor: '800/11/PAK' });
    expect(kopGuru(undefined, 1, 'x')).toEqual({});
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
});
