import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { formatPakHtml } from '../../src/cetak';
import { LABEL_JENJANG, LABEL_PREDIKAT, PANGKAT } from '../../src/cetak/label';
import { angkaKreditIntegrasi, createPakAkumulasi, createPakKonversi, createPakPenetapan, createRekamAngkaKredit, isKinerjaError, KETENTUAN_2024, KETENTUAN_2025, KETENTUAN_2026, unwrap, type KopPak } from '../../src';

const NIP = '198701012010012001';
const rekam = (tahun: number, predikat: 'baik' | 'sangat-baik' = 'baik') =>
  createRekamAngkaKredit({ tahun, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-madya', predikat }, tahun < 2024 ? { ketentuan: KETENTUAN_2024 } : {});

function dokumen(teks: { nama: string; unitKerja: string; instansi: string } & KopPak) {
  const pegawai = { nama: teks.nama, nip: NIP, golongan: 'IV/b' as const, unitKerja: teks.unitKerja, instansi: teks.instansi };
  const kop: KopPak = { ...(teks.nomor === undefined ? {} : { nomor: teks.nomor }), ...(teks.tempat === undefined ? {} : { tempat: teks.tempat }), ...(teks.penetap === undefined ? {} : { penetap: teks.penetap }), tanggal: '2026-01-15' };
  const integrasi = unwrap(angkaKreditIntegrasi({ golongan: 'IV/b', akKumulatif: '550.63' }));
  return [
    unwrap(createPakKonversi({ pegawai, rekam: rekam(2025, 'sangat-baik'), ...kop })),
    unwrap(createPakAkumulasi({ pegawai, rekam: [rekam(2023), rekam(2024), rekam(2025, 'sangat-baik')], ...kop })),
    unwrap(createPakPenetapan({ pegawai, integrasi, konversi: [rekam(2023), rekam(2024), rekam(2025, 'sangat-baik')], ...kop })),
  ] as const;
}
const tags = (h: string) => h.match(/<[^>]*>/g) ?? [];

describe('formatPakHtml', () => {
  const [konversi, akumulasi, penetapan] = dokumen({ nama: 'Dra. Siti Aminah, M.Pd.', unitKerja: 'SMP Negeri 1 Kupang', instansi: 'Dinas Pendidikan Kota Kupang', nomor: '800/12/PAK/2026', tempat: 'Kupang', penetap: { nama: 'Drs. Budi', nip: '197001011995031001', jabatan: 'Kepala Dinas Pendidikan' } });
  it('prints each document with the figures a dinas signs, rounded once with a decimal comma', () => {
    const k = formatPakHtml(konversi);
    expect(k).toContain('KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT');
    expect(k).toContain('<td>Januari s.d. Desember 2025</td><td>Sangat Baik</td><td class="angka">150%</td><td class="angka">37,50</td><td class="angka">56,25</td>');
    expect(k).toContain('Pembina Tingkat I, IV/b');
    expect(k).toContain('Guru Ahli Madya');
    expect(k).toContain('pada tanggal 15 Januari 2026');
    const a = formatPakHtml(akumulasi);
    // 2023 Baik 37.5 + 2024 Baik 37.5 + 2025 Sangat Baik 56.25 = 131.25
    expect(a).toContain('<td colspan="5">Jumlah angka kredit</td><td class="angka">131,25</td>');
    const p = formatPakHtml(penetapan);
    // 150.63 + 131.25 = 281.88: 18.12 short of IV/c (300), 168.12 short of Ahli Utama (450)
    expect(p).toContain('<td class="angka">281,88</td>');
    expect(p).toContain('Belum memenuhi, kekurangan 18,12');
    expect(p).toContain('kekurangan 168,12; predikat terakhir memenuhi');
  });
  it('puts several documents on separate A4 pages of one file', () => {
    const h = formatPakHtml([konversi, akumulasi, penetapan], { judul: 'PAK 2026' });
    expect(h.match(/<section class="halaman">/g)).toHaveLength(3);
    expect(h).toContain('@page { size: A4;');
    expect(h).toContain('.halaman + .halaman { break-before: page;');
    expect(h).toContain('<title>PAK 2026</title>');
    expect(h).not.toMatch(/<script|<link|<img|https?:/);
  });
  it('refuses what is not a PAK document, coded, and unknown options', () => {
    const salah = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isKinerjaError(e) ? e.code : 'untyped';
      }
      return 'no error';
    };
    expect(salah(() => formatPakHtml({ ...penetapan, akKumulatif: 'x' } as never))).toBe('argumen-tidak-valid');
    expect(salah(() => formatPakHtml([]))).toBe('argumen-tidak-valid');
    expect(salah(() => formatPakHtml(penetapan, { judul: 1 } as never))).toBe('argumen-tidak-valid');
    expect(salah(() => formatPakHtml(penetapan, { lain: 1 } as never))).toBe('argumen-tidak-valid');
  });
  it('uses the labels of the built-in rule sets', () => {
    for (const k of [KETENTUAN_2024, KETENTUAN_2025, KETENTUAN_2026]) {
      expect(Object.fromEntries(k.predikat.map((p) => [p.kode, p.label]))).toEqual(LABEL_PREDIKAT);
      expect(Object.fromEntries(k.jenjang.map((j) => [j.kode, j.label]))).toEqual(LABEL_JENJANG);
      expect(Object.fromEntries(k.golongan.map((g) => [g.kode, g.pangkat]))).toEqual(PANGKAT);
    }
  });

  // Issue #15: every user string in the HTML is escaped. Hostile strings change no tag of the page (same tags as with
  // plain text), and every & in the page starts an entity.
  const hostil = fc.string({ minLength: 1, maxLength: 60, unit: fc.constantFrom('<', '>', '&', '"', "'", '/', 's', 'c', 'r', 'i', 'p', 't', ' ', '=', 'x', '!', '-', '\u00e9') });
  test.prop([hostil, hostil, hostil, hostil, hostil, hostil, hostil])('escapes every user string (fuzzed)', (nama, unitKerja, instansi, nomor, tempat, pNama, jabatan) => {
    const jahat = dokumen({ nama, unitKerja, instansi, nomor, tempat, penetap: { nama: pNama, nip: '197001011995031001', jabatan } });
    const polos = dokumen({ nama: 'a', unitKerja: 'a', instansi: 'a', nomor: 'a', tempat: 'a', penetap: { nama: 'a', nip: '197001011995031001', jabatan: 'a' } });
    const h = formatPakHtml([...jahat]);
    expect(tags(h)).toEqual(tags(formatPakHtml([...polos])));
    expect(h).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
  });
});
