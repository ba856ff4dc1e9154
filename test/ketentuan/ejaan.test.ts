import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  GOLONGAN_PPPK,
  JABATAN_GURU_AMBIGU,
  KETENTUAN_2024,
  KETENTUAN_2025,
  KETENTUAN_2026,
  parseGolongan,
  parseJenjang,
  safeParseGolongan,
  safeParseJenjang,
  safeParseKode,
  safeParsePredikat,
  validateKetentuan,
} from '../../src';

// Sources: docs/sumber.md#ejaan-dalam-berkas (spellings in forms and exports); SIASN's golongan and jabatan fungsional references as
// copied by the rumahASN helpdesk (github taufiqurrohmansuwarto/rumahASN docs/siasn/siasn_golongan.csv,
// docs/siasn/jab_fungsional_siasn.csv) and by the PHP SDK black-coffee04/ws-siasn-php (src/Data/Referensi/
// golonganPns.json.gz, jabatanFungsional.json.gz, kuadranNilai.json.gz); Kepmenpan 84/1993 titles as tabled by
// achmadsolihat.blogspot.com/2015/08/urutan-utruktur-golongan-dan-pangkat.html and the "sekarang / dulu" table at
// id.scribd.com/document/441675203/Jenjang-Kepangkatan-Guru-docx.

const ok = <T>(data: T) => ({ success: true, data });
const kodeIssue = (r: { success: boolean; issues?: readonly { code: string }[] }) =>
  r.success ? null : r.issues?.[0]?.code;

describe('golongan as forms and exports write it (docs/sumber.md)', () => {
  it('reads the ruang with a space, a dash, nothing, a slash, any case', () => {
    for (const s of ['IV b', 'IVb', 'IV-b', 'iv/b', 'IV/B', 'IV / b', 'iv_b'])
      expect(safeParseGolongan(s), s).toEqual(ok('IV/b'));
    expect(parseGolongan('IIIa')).toBe('III/a');
    expect(parseGolongan('III-d')).toBe('III/d');
  });

  it('reads the pangkat with Tingkat I abbreviated (SIASN golongan reference: "Pembina Tingkat I" = IV/b)', () => {
    for (const s of [
      'Pembina Tk.I',
      'Pembina Tk. I',
      'PEMBINA TK. I',
      'Pembina Tingkat I',
      'pembina tkt i',
      'Pembina Tingkat 1',
    ]) {
      expect(safeParseGolongan(s), s).toEqual(ok('IV/b'));
    }
    expect(parseGolongan('Penata Muda Tk.I')).toBe('III/b');
    expect(parseGolongan('Penata Tk. I')).toBe('III/d');
    expect(parseGolongan('Pembina Utama Muda')).toBe('IV/c');
  });

  it('accepts a pangkat + golongan pair only when both name the same golongan', () => {
    expect(safeParseGolongan('Pembina Tk.I, IV/b')).toEqual(ok('IV/b'));
    expect(safeParseGolongan('Pembina Tingkat I (IV/b)')).toEqual(ok('IV/b'));
    expect(safeParseGolongan('Penata Muda, III/a')).toEqual(ok('III/a'));
    const salah = safeParseGolongan('Pembina Tk.I, IV/a');
    expect(kodeIssue(salah)).toBe('golongan-pangkat-tidak-cocok');
    if (!salah.success) {
      expect(salah.issues[0]?.message).toContain('IV/b');
      expect(salah.issues[0]?.message).toContain('IV/a');
      expect(salah.issues[0]?.messageEn).toContain('disagree');
    }
    expect(kodeIssue(safeParseGolongan('Pembina Tk.I, entah'))).toBe('label-tidak-dikenal');
  });

  it('refuses a PPPK golongan (Perpres 98/2020: I–XVII) with its own code, never "unknown"', () => {
    for (const g of ['IX', 'x', 'XVII', 'Golongan IX', 'gol. XI']) {
      const r = safeParseGolongan(g);
      expect(kodeIssue(r), g).toBe('golongan-pppk');
      if (!r.success) expect(r.issues[0]?.message).toContain('PPPK');
    }
    expect(GOLONGAN_PPPK).toHaveLength(17);
  });

  it('still refuses what is no golongan', () => {
    for (const s of ['V/a', 'IV/f', 'Pembina Tingkat II', 'XVIII', ''])
      expect(kodeIssue(safeParseGolongan(s)), s).toBe('label-tidak-dikenal');
  });
});

describe("jenjang from guru titles, as SIASN's jabatan fungsional reference marks them", () => {
  it('reads the modern titles as SIASN writes them', () => {
    expect(parseJenjang('Guru Ahli Muda')).toBe('ahli-muda');
    expect(parseJenjang('GURU AHLI PERTAMA')).toBe('ahli-pertama');
    expect(parseJenjang('Guru Ahli Madya')).toBe('ahli-madya');
    expect(parseJenjang('Guru Ahli Utama')).toBe('ahli-utama');
  });

  it('reads the legacy titles whose jenjang SIASN confirms (jenjang column PT/MU/MA/UT)', () => {
    const tabel: [string, string][] = [
      ['Guru Madya Tingkat I', 'ahli-pertama'], // SIASN "Guru Madya Tingkat. I" PT; 84/1993 III/b
      ['Guru Madya Tingkat. I', 'ahli-pertama'],
      ['Guru Pertama', 'ahli-pertama'], // PermenPAN-RB 16/2009; SIASN PT
      ['Guru Dewasa', 'ahli-muda'], // SIASN MU; 84/1993 III/c
      ['Guru Dewasa Tingkat I', 'ahli-muda'],
      ['Guru Dewasa Tk. I', 'ahli-muda'],
      ['Guru Dewasa Tingkat. I', 'ahli-muda'], // SIASN's own spelling
      ['Guru Pembina', 'ahli-madya'], // SIASN MA; 84/1993 IV/a
      ['Guru Pembina Tingkat I', 'ahli-madya'],
      ['Guru Utama Muda', 'ahli-madya'], // 84/1993 IV/c (SIASN row MU with status X: see docs/ketentuan.md)
      ['Guru Utama Madya', 'ahli-utama'], // SIASN UT; 84/1993 IV/d
      ['Guru Utama', 'ahli-utama'], // SIASN UT; 84/1993 IV/e, 16/2009 IV/d–e
    ];
    for (const [s, j] of tabel) expect(safeParseJenjang(s), s).toEqual(ok(j));
  });

  it('refuses a title whose jenjang depends on the regulation (Guru Madya: III/a in 1993, IV/a–c in 2009, SIASN MA)', () => {
    const r = safeParseJenjang('Guru Madya');
    expect(kodeIssue(r)).toBe('jabatan-ambigu');
    if (!r.success) {
      expect(r.issues[0]?.message).toContain('golongan');
      expect(r.issues[0]?.message).toContain('84/1993');
    }
    for (const s of ['GURU MUDA', 'Guru Muda Tk. I', 'Guru Muda Tingkat. I'])
      expect(kodeIssue(safeParseJenjang(s)), s).toBe('jabatan-ambigu');
    expect(JABATAN_GURU_AMBIGU.map((j) => j.ejaan)).toEqual(['Guru Madya', 'Guru Muda', 'Guru Muda Tingkat I']);
  });

  it("does not read a jabatan that is not a guru's as a jenjang", () => {
    for (const s of [
      'Analis SDM Aparatur',
      'Analis SDM Aparatur Ahli Muda',
      'Kepala Badan',
      'Guru',
      'Guru Besar Madya',
      'Pembina',
    ]) {
      expect(kodeIssue(safeParseJenjang(s)), s).toBe('label-tidak-dikenal');
    }
  });
});

describe('SIASN kuadran (kuadranKinerjaNilai) only where the caller says it is one', () => {
  it("reads 1–5 as SIASN's reference (ws-siasn-php kuadranNilai: 1 SANGAT BAIK … 5 SANGAT KURANG)", () => {
    expect([1, 2, 3, 4, 5].map((n) => safeParseKode('kuadranKinerja', n))).toEqual(
      ['sangat-baik', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'].map(ok),
    );
    expect(safeParseKode('kuadranKinerja', ' 3 ')).toEqual(ok('butuh-perbaikan'));
    expect(safeParseKode('kuadranKinerja', 'SANGAT KURANG')).toEqual(ok('sangat-kurang'));
  });

  it('refuses other numbers, and a digit is no predikat', () => {
    for (const v of [0, 6, 2.5, '6', '', NaN])
      expect(kodeIssue(safeParseKode('kuadranKinerja', v)), String(v)).toBe('label-tidak-dikenal');
    expect(kodeIssue(safeParsePredikat('2'))).toBe('label-tidak-dikenal');
    expect(kodeIssue(safeParsePredikat(2))).toBe('label-tidak-dikenal');
  });
});

type Kat = 'golongan' | 'jenjang' | 'predikat' | 'kuadranKinerja';
const ALIAS: readonly { kategori: Kat; kode: string; ejaan: string }[] = [
  ...(['golongan', 'jenjang', 'predikat'] as const).flatMap((kategori) =>
    (KETENTUAN_2024[kategori] as readonly { kode: string; label: string; alias: readonly string[] }[]).flatMap((e) =>
      [e.kode, e.label, ...e.alias].map((ejaan) => ({ kategori, kode: e.kode, ejaan })),
    ),
  ),
  ...KETENTUAN_2024.predikat.map((p) => ({
    kategori: 'kuadranKinerja' as const,
    kode: p.kode,
    ejaan: String(p.kuadranSiasn),
  })),
];

/** Noise a file adds: case, spaces, and `-`, `_`, `.` between words, padding. */
const bising = (s: string) =>
  fc
    .tuple(
      fc.constantFrom<(x: string) => string>(
        (x) => x,
        (x) => x.toUpperCase(),
        (x) => x.toLowerCase(),
      ),
      fc.constantFrom(' ', '  ', '-', '_', '. ', ' . ', '\t'),
      fc.constantFrom('', ' ', '  '),
    )
    .map(([c, sep, pad]) => `${pad}${c(s).split(/\s+/).join(sep)}${pad}`);

describe('properties of the alias table', () => {
  test.prop([fc.constantFrom(...ALIAS).chain((a) => bising(a.ejaan).map((v) => ({ ...a, v })))])(
    'every alias, with noise, parses to its own code (so to no other)',
    ({ kategori, kode, v }) => {
      expect(safeParseKode(kategori, v)).toEqual(ok(kode));
    },
  );

  it('no spelling is owned by two codes in any built-in rule set', () => {
    for (const k of [KETENTUAN_2024, KETENTUAN_2025, KETENTUAN_2026]) {
      const r = validateKetentuan(k);
      expect(r.success, k.id).toBe(true);
    }
  });

  it('no ambiguous title is also an alias', () => {
    for (const j of JABATAN_GURU_AMBIGU) expect(kodeIssue(safeParseJenjang(j.ejaan))).toBe('jabatan-ambigu');
  });
});
