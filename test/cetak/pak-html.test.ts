import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { formatPakHtml } from '../../src/cetak';
import { LABEL_JENJANG, LABEL_PREDIKAT, PANGKAT } from '../../src/cetak/label';
import {
  angkaKreditIntegrasi,
  createPakAkumulasi,
  createPakKonversi,
  createPakPenetapan,
  createRekamAngkaKredit,
  isKinerjaError,
  KETENTUAN_2024,
  KETENTUAN_2025,
  KETENTUAN_2026,
  unwrap,
  type KopPak,
} from '../../src';

const NIP = '198701012010012001';
const rekam = (tahun: number, predikat: 'baik' | 'sangat-baik' = 'baik') =>
  createRekamAngkaKredit(
    { tahun, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-madya', predikat },
    tahun < 2024 ? { ketentuan: KETENTUAN_2024 } : {},
  );

function dokumen(teks: { nama: string; unitKerja: string; instansi: string } & KopPak) {
  const pegawai = {
    nama: teks.nama,
    nip: NIP,
    golongan: 'IV/b' as const,
    unitKerja: teks.unitKerja,
    instansi: teks.instansi,
  };
  const kop: KopPak = {
    ...(teks.nomor === undefined ? {} : { nomor: teks.nomor }),
    ...(teks.tempat === undefined ? {} : { tempat: teks.tempat }),
    ...(teks.penetap === undefined ? {} : { penetap: teks.penetap }),
    tanggal: '2026-01-15',
  };
  const integrasi = unwrap(angkaKreditIntegrasi({ golongan: 'IV/b', akKumulatif: '550.63' }));
  return [
    unwrap(createPakKonversi({ pegawai, rekam: rekam(2025, 'sangat-baik'), ...kop })),
    unwrap(createPakAkumulasi({ pegawai, rekam: [rekam(2023), rekam(2024), rekam(2025, 'sangat-baik')], ...kop })),
    unwrap(
      createPakPenetapan({
        pegawai,
        integrasi,
        konversi: [rekam(2023), rekam(2024), rekam(2025, 'sangat-baik')],
        ...kop,
      }),
    ),
  ] as const;
}
const tags = (h: string) => h.match(/<[^>]*>/g) ?? [];

describe('formatPakHtml', () => {
  const [konversi, akumulasi, penetapan] = dokumen({
    nama: 'Dra. Siti Aminah, M.Pd.',
    unitKerja: 'SMP Negeri 1 Kupang',
    instansi: 'Dinas Pendidikan Kota Kupang',
    nomor: '800/12/PAK/2026',
    tempat: 'Kupang',
    penetap: { nama: 'Drs. Budi', nip: '197001011995031001', jabatan: 'Kepala Dinas Pendidikan' },
  });
  it('prints each document with the figures a dinas signs, rounded once with a decimal comma', () => {
    const k = formatPakHtml(konversi);
    expect(k).toContain('KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT');
    expect(k).toContain(
      '<td>Januari s.d. Desember 2025</td><td>Sangat Baik</td><td class="angka">150%</td><td class="angka">37,50</td><td class="angka">56,25</td>',
    );
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
  it("titles a file after all its documents by default: one guru's by nama and NIP, several guru by their number", () => {
    const judul = (h: string) => /<title>([^<]*)<\/title>/.exec(h)?.[1];
    expect(judul(formatPakHtml(konversi))).toBe(`PAK konversi Dra. Siti Aminah, M.Pd. ${NIP}`);
    expect(judul(formatPakHtml([konversi, akumulasi, penetapan]))).toBe(
      `PAK konversi, akumulasi, penetapan Dra. Siti Aminah, M.Pd. ${NIP}`,
    );
    const lain = unwrap(
      createPakKonversi({
        pegawai: { nama: 'Budi', nip: '199001012015011001', golongan: 'III/b' },
        rekam: createRekamAngkaKredit({
          tahun: 2025,
          bulanMulai: 1,
          bulanAkhir: 12,
          jenjang: 'ahli-pertama',
          predikat: 'baik',
        }),
      }),
    );
    expect(judul(formatPakHtml([konversi, penetapan, lain]))).toBe('PAK konversi, penetapan: 2 guru');
  });
  it('writes the stylesheet as CSS: no character reference inside <style>, the font family quoted as written', () => {
    const h = formatPakHtml([konversi, akumulasi, penetapan]);
    const gaya = h.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
    expect(gaya).toContain('font-family: "Times New Roman", Times, "Liberation Serif"');
    expect(gaya).not.toMatch(/&(#\d+|#x[0-9a-f]+|[a-z]+);/i);
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
    // A Result given as it is: the message says how to take the document out of it.
    const hasil = { success: true, data: penetapan };
    expect(() => formatPakHtml(hasil as never)).toThrow(/Result, bukan dokumen PAK: berikan unwrap\(hasil\)/);
  });
  // PerBKN 3/2023, lampiran "Contoh Penetapan Angka Kredit" (mirror https://fliphtml5.com/ffcwr/kblm/Peraturan_BKN_Nomor_3_Tahun_2023/48):
  // Keterangan perorangan 1 Nama … 8 Unit Kerja; Instansi and Masa Penilaian above; ASLI and Tembusan below.
  it("prints the form's fields in its order, each one the document has, and an empty line for each it lacks (never dots)", () => {
    const pegawai = {
      nama: 'Siti Aminah',
      nip: NIP,
      golongan: 'IV/b' as const,
      gelarDepan: 'Dra.',
      gelarBelakang: 'M.Pd.',
      karpeg: 'N 123456',
      tempatLahir: 'Kupang',
      tanggalLahir: '1975-05-15',
      jenisKelamin: 'perempuan' as const,
      tmtGolongan: '2020-04-01',
      tmtJabatan: '2019-01-02',
      unitKerja: 'SMP Negeri 1 Kupang',
      instansi: 'Pemerintah Kota Kupang',
    };
    const kop: KopPak = {
      nomor: '800/1/PAK/2026',
      tanggal: '2026-01-15',
      tempat: 'Kupang',
      instansi: 'Dinas Pendidikan Kota Kupang',
      penetap: {
        nama: 'Drs. Budi',
        nip: '197001011995031001',
        pangkat: 'Pembina Utama Muda, IV/c',
        jabatan: 'Kepala Dinas Pendidikan',
      },
      tembusan: ['Kepala Kantor Regional X BKN', 'Pejabat Penilai Kinerja'],
    };
    const h = formatPakHtml(unwrap(createPakPenetapan({ pegawai, konversi: [rekam(2024), rekam(2025)], ...kop })));
    const label = [...h.matchAll(/<td class="label">([^<]*)<\/td><td>(.*?)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]);
    expect(label).toEqual([
      ['Nama', 'Dra. Siti Aminah, M.Pd.'],
      ['NIP', NIP],
      ['Nomor Seri KARPEG', 'N 123456'],
      ['Tempat/Tgl. Lahir', 'Kupang, 15 Mei 1975'],
      ['Jenis Kelamin', 'Perempuan'],
      ['Pangkat/Golongan Ruang/TMT', 'Pembina Tingkat I, IV/b / 1 April 2020'],
      ['Jabatan/TMT', 'Guru Ahli Madya / 2 Januari 2019'],
      ['Unit Kerja', 'SMP Negeri 1 Kupang'],
    ]);
    expect(h).toContain('<p class="kop">Dinas Pendidikan Kota Kupang</p>');
    expect(h).toContain('NOMOR: 800/1/PAK/2026');
    expect(h).toContain(
      'Instansi: Pemerintah Kota Kupang</td><td class="kanan">Masa Penilaian: Januari 2024 s.d. Desember 2025',
    );
    expect(h).toContain('<div>Pembina Utama Muda, IV/c</div>');
    expect(h).toContain('<li>Kepala Kantor Regional X BKN</li><li>Pejabat Penilai Kinerja</li>');
    expect(h).not.toMatch(/…|\.\.\.\./);
    // Nothing but what the library requires: every other field an empty line, the instansi too.
    const polos = formatPakHtml(
      unwrap(createPakPenetapan({ pegawai: { nama: 'Siti', nip: NIP, golongan: 'IV/b' }, konversi: [] })),
    );
    const kosong = '<span class="isian"></span>';
    expect(polos).toContain(`NOMOR: ${kosong}`);
    expect(polos).toContain(`Instansi: ${kosong}`);
    expect(polos).toContain(`<td class="label">Nomor Seri KARPEG</td><td>${kosong}</td>`);
    expect(polos).toContain(
      `<td class="label">Pangkat/Golongan Ruang/TMT</td><td>Pembina Tingkat I, IV/b / <span class="isian pendek"></span></td>`,
    );
    expect(polos).toContain(`<div>Ditetapkan di ${kosong}</div>`);
    expect(polos.match(/<li><span class="isian"><\/span><\/li>/g)).toHaveLength(3);
    expect(polos).not.toMatch(/…/);
  });
  it('adds the gelar to the name unless the name is already written with them', () => {
    const nama = (p: object) =>
      formatPakHtml(
        unwrap(createPakPenetapan({ pegawai: { nama: 'Siti', nip: NIP, golongan: 'IV/b', ...p }, konversi: [] })),
      ).match(/<td class="label">Nama<\/td><td>(.*?)<\/td>/)?.[1];
    expect(nama({ gelarDepan: 'Dra.', gelarBelakang: 'M.Pd.' })).toBe('Dra. Siti, M.Pd.');
    expect(nama({ nama: 'Dra. SITI AMINAH, M.Pd.', gelarDepan: 'Dra.', gelarBelakang: 'M.Pd.' })).toBe(
      'Dra. SITI AMINAH, M.Pd.',
    );
    expect(nama({ nama: 'YOHANES BENA', gelarBelakang: 'S.Pd.' })).toBe('YOHANES BENA, S.Pd.');
  });
  it('prints an AK Integrasi that was not computed as absent, not as 0,00', () => {
    const tanpa = formatPakHtml(
      unwrap(createPakPenetapan({ pegawai: { nama: 'Siti', nip: NIP, golongan: 'IV/b' }, konversi: [rekam(2025)] })),
    );
    expect(tanpa).toContain(
      '<td>AK Integrasi (angka kredit sampai 31 Desember 2022)</td><td class="angka">— (tidak ada)</td>',
    );
    const dengan = formatPakHtml(penetapan);
    expect(dengan).toContain(
      '<td>AK Integrasi (angka kredit sampai 31 Desember 2022)</td><td class="angka">150,63</td>',
    );
  });
  it('uses the labels of the built-in rule sets', () => {
    for (const k of [KETENTUAN_2024, KETENTUAN_2025, KETENTUAN_2026]) {
      expect(Object.fromEntries(k.predikat.map((p) => [p.kode, p.label]))).toEqual(LABEL_PREDIKAT);
      expect(Object.fromEntries(k.jenjang.map((j) => [j.kode, j.label]))).toEqual(LABEL_JENJANG);
      expect(Object.fromEntries(k.golongan.map((g) => [g.kode, g.pangkat]))).toEqual(PANGKAT);
    }
  });

  // Every user string in the HTML is escaped. Hostile strings change no tag of the page (same tags as with
  // plain text), and every & in the page starts an entity.
  const hostil = fc.string({
    minLength: 1,
    maxLength: 60,
    unit: fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      '/',
      's',
      'c',
      'r',
      'i',
      'p',
      't',
      ' ',
      '=',
      'x',
      '!',
      '-',
      '\u00e9',
    ),
  });
  test.prop([hostil, hostil, hostil, hostil, hostil, hostil, hostil])(
    'escapes every user string (fuzzed)',
    (nama, unitKerja, instansi, nomor, tempat, pNama, jabatan) => {
      const jahat = dokumen({
        nama,
        unitKerja,
        instansi,
        nomor,
        tempat,
        penetap: { nama: pNama, nip: '197001011995031001', jabatan },
      });
      const polos = dokumen({
        nama: 'a',
        unitKerja: 'a',
        instansi: 'a',
        nomor: 'a',
        tempat: 'a',
        penetap: { nama: 'a', nip: '197001011995031001', jabatan: 'a' },
      });
      const h = formatPakHtml([...jahat]);
      expect(tags(h)).toEqual(tags(formatPakHtml([...polos])));
      expect(h).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
    },
  );
});
