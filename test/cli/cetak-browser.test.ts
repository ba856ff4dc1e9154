import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { formatPakHtml } from '../../src/cetak';
import {
  angkaKreditIntegrasi,
  createPakAkumulasi,
  createPakKonversi,
  createPakPenetapan,
  createRekamAngkaKredit,
  KETENTUAN_2024,
  unwrap,
  type Predikat,
} from '../../src';

// The PAK page checked in a real browser. Debian's chromium, driven by playwright-core, prints each document
// to PDF: one A4 page per document, nothing outside it. .ci/run installs chromium and sets PK_BROWSER=1; elsewhere the
// test runs when /usr/bin/chromium exists.
const CHROMIUM = '/usr/bin/chromium';
const wajib = process.env['PK_BROWSER'] === '1';
const jalan = wajib || existsSync(CHROMIUM);

function dokumen() {
  // Every field of the form filled, with long values: the fullest page a dinas prints.
  const pegawai = {
    nama: 'Fransiska Maria Theresia Ndun-Kase',
    gelarDepan: 'Dra.',
    gelarBelakang: 'S.Pd., M.Pd., Gr.',
    nip: '197505152000032004',
    golongan: 'IV/b' as const,
    karpeg: 'N 0123456',
    tempatLahir: 'Soe, Timor Tengah Selatan',
    tanggalLahir: '1975-05-15',
    jenisKelamin: 'perempuan' as const,
    tmtGolongan: '2021-04-01',
    tmtJabatan: '2019-10-01',
    unitKerja: 'SMP Negeri 1 Kupang Tengah, Kecamatan Oebobo, Kota Kupang',
    instansi: 'Pemerintah Kota Kupang, Provinsi Nusa Tenggara Timur',
  };
  const kop = {
    nomor: '800.1.11.1/0173/PAK/Disdikbud/I/2027',
    tanggal: '2027-01-20',
    tempat: 'Kupang',
    instansi: 'Dinas Pendidikan dan Kebudayaan Kota Kupang',
    penetap: {
      nama: 'Drs. Yohanes Bena, M.Si.',
      nip: '196807121994031006',
      pangkat: 'Pembina Utama Muda, IV/c',
      jabatan: 'Kepala Dinas Pendidikan dan Kebudayaan Kota Kupang',
    },
    tembusan: [
      'Kepala Kantor Regional X Badan Kepegawaian Negara di Denpasar',
      'Pejabat Penilai Kinerja',
      'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Kupang',
      'Guru yang bersangkutan',
    ],
  };
  const p: Predikat[] = ['baik', 'sangat-baik', 'baik', 'butuh-perbaikan', 'baik', 'sangat-baik'];
  // Many rows: 2023–2026 in quarters and semesters, the longest akumulasi a dinas meets.
  const rekam = [
    createRekamAngkaKredit(
      { tahun: 2023, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-madya', predikat: 'baik' },
      { ketentuan: KETENTUAN_2024 },
    ),
    ...[1, 4, 7, 10].map((b, i) =>
      createRekamAngkaKredit({ tahun: 2024, bulanMulai: b, bulanAkhir: b + 2, jenjang: 'ahli-madya', predikat: p[i]! }),
    ),
    ...[1, 7].map((b, i) =>
      createRekamAngkaKredit({
        tahun: 2025,
        bulanMulai: b,
        bulanAkhir: b + 5,
        jenjang: 'ahli-madya',
        predikat: p[i + 3]!,
      }),
    ),
    createRekamAngkaKredit({
      tahun: 2026,
      bulanMulai: 1,
      bulanAkhir: 12,
      jenjang: 'ahli-madya',
      predikat: 'sangat-baik',
    }),
  ];
  const integrasi = unwrap(angkaKreditIntegrasi({ golongan: 'IV/b', akKumulatif: '550.63' }));
  return [
    unwrap(createPakKonversi({ pegawai, rekam: rekam[rekam.length - 1]!, ...kop })),
    unwrap(createPakAkumulasi({ pegawai, rekam, ...kop })),
    unwrap(createPakPenetapan({ pegawai, integrasi, konversi: rekam, ...kop })),
  ];
}

function halamanPdf(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe.runIf(jalan)('PAK pages in Chromium (print to PDF)', () => {
  it('prints one A4 page per document with nothing outside it', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const docs = dokumen();
      const dir = mkdtempSync(join(tmpdir(), 'pk-cetak-'));
      const file = join(dir, 'pak.html');
      writeFileSync(file, formatPakHtml(docs));
      await page.goto(`file://${file}`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(halamanPdf(pdf)).toBe(docs.length);
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.\d+ 84[12]\.\d+\s*\]/);
      // Nothing wider than the printable width, no section taller than the printable height (A4 minus margins).
      const ukuran = await page.$$eval('section.halaman', (s) =>
        s.map((e) => ({ tinggi: e.scrollHeight, lebar: e.scrollWidth, lebarKlien: e.clientWidth })),
      );
      const mm = 96 / 25.4;
      for (const u of ukuran) {
        expect(u.lebar).toBeLessThanOrEqual(u.lebarKlien);
        expect(u.tinggi).toBeLessThanOrEqual((297 - 38) * mm);
      }
      if (process.env['PK_SCREENSHOT'] !== undefined) {
        await page.emulateMedia({ media: 'screen' });
        await page.setViewportSize({ width: 900, height: 1200 });
        await page.locator('section.halaman').nth(2).screenshot({ path: process.env['PK_SCREENSHOT'] });
      }
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe.runIf(wajib && !existsSync(CHROMIUM))('PAK pages in Chromium', () => {
  it('needs Debian chromium when PK_BROWSER=1', () => {
    expect(existsSync(CHROMIUM)).toBe(true);
  });
});
