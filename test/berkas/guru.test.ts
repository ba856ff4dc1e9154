import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { sumDesimal } from '../../src/core/desimal';
import { formatAngkaKredit } from '../../src/penilaian/angka-kredit';
import { pakBerkas, readBerkas, type OpsiPak, type RingkasanGuru, type TujuanKeluaran } from '../../src/berkas';

// Properties of the per-guru run over generated files: a page (and a SIASN body) only for a complete guru unless the
// draft option; a page's total is the sum of the guru's accepted rows; the same AK konvensional on every row of a
// guru is the one fact it would be on one row.

const nip = (g: number) => `19870312201001200${g}`;
const PREDIKAT = ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang', 'Istimewa'] as const;
const PERIODE = [
  ['2023', '1', '12'],
  ['2024', '1', '6'],
  ['2024', '7', '12'],
  ['2025', '1', '12'],
  ['2025', '3', '8'],
] as const;

const baris = fc.array(
  fc.record({
    guru: fc.integer({ min: 0, max: 3 }),
    periode: fc.integer({ min: 0, max: PERIODE.length - 1 }),
    predikat: fc.constantFrom(...PREDIKAT),
    nomorSk: fc.constantFrom('800/1', ''),
  }),
  { minLength: 1, maxLength: 14 },
);
type Baris = { guru: number; periode: number; predikat: string; nomorSk: string };

function csv(rows: readonly Baris[], konvensional: (r: Baris, i: number) => string): string {
  const kepala =
    'NIP,Nama,Golongan,Jabatan,Tahun,Bulan Mulai,Bulan Selesai,Predikat,AK Konvensional,PNS ID,RW Jabatan ID,Nomor SK,Tanggal SK';
  return [
    kepala,
    ...rows.map((r, i) => {
      const [t, a, b] = PERIODE[r.periode]!;
      return `${nip(r.guru)},Guru ${r.guru},III/c,Guru Ahli Muda,${t},${a},${b},${r.predikat},${konvensional(r, i)},P${r.guru},R${r.guru},${r.nomorSk},2026-01-05`;
    }),
  ].join('\n');
}

async function jalan(teks: string, opsi: OpsiPak = {}) {
  const b = await readBerkas(new TextEncoder().encode(`${teks}\n`));
  if (!b.success) throw new Error(b.issues[0]!.message);
  const isi = new Map<string, string>();
  const tujuan: TujuanKeluaran = {
    write: (n, t) => void isi.set(n, t),
    open: (n) => {
      isi.set(n, '');
      return { write: (t) => void isi.set(n, isi.get(n)! + t) };
    },
  };
  const guru: RingkasanGuru[] = [];
  const r = await pakBerkas(b.data, tujuan, { ...opsi, onGuru: (g) => guru.push(g) });
  if (!r.success) throw new Error(r.issues[0]!.message);
  const tabel = (f: string) =>
    (isi.get(f) ?? '')
      .trim()
      .split('\n')
      .slice(1)
      .filter(Boolean)
      // A NIP is written as the formula of its text, the form spreadsheets keep as text.
      .map((l) => l.split(',').map((v) => v.replace(/^"=""(\d+)"""$/, '$1')));
  return { isi, guru, diterima: tabel('diterima.csv'), galat: tabel('galat.csv') };
}

describe('one guru, one complete record (generated files)', () => {
  it('no guru with a refused row has a page or a SIASN body unless draf; a page total is the sum of its accepted rows', async () => {
    await fc.assert(
      fc.asyncProperty(baris, fc.boolean(), async (rows, draf) => {
        const { isi, guru, diterima, galat } = await jalan(
          csv(rows, () => ''),
          draf ? { draf: true } : {},
        );
        const siasn = isi.get('siasn-angkakredit.jsonl') ?? '';
        for (const g of guru) {
          const tertolak = galat.some((x) => x[1] === g.nip && x.at(-1) === 'baris');
          expect(g.status).toBe(tertolak ? 'ditunda' : 'lengkap');
          expect(isi.has(`pak/${g.nip}.html`)).toBe(!tertolak || draf);
          if (tertolak) expect(siasn).not.toContain(g.nip);
          const ak = diterima.filter((x) => x[1] === g.nip && x[4] === 'konversi').map((x) => x[11]!);
          expect(g.akKonversi).toBe(sumDesimal(ak).toJSON());
          const halaman = isi.get(`pak/${g.nip}.html`);
          if (halaman !== undefined) expect(halaman).toContain(formatAngkaKredit(g.akKumulatif).replace('.', ','));
          if (halaman !== undefined) expect(halaman.includes('class="draf"')).toBe(tertolak);
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it("repeating a guru's identical AK konvensional on every row changes nothing", async () => {
    await fc.assert(
      // A guru's first row is then always accepted (a refusal for overlapping months falls on a later row), so the
      // AK written once is read.
      fc.asyncProperty(
        baris.map((rs) => rs.filter((r) => r.predikat !== 'Istimewa')).filter((rs) => rs.length > 0),
        async (rows) => {
          const pertama = new Map<number, number>();
          rows.forEach((r, i) => {
            if (!pertama.has(r.guru)) pertama.set(r.guru, i);
          });
          const sekali = await jalan(csv(rows, (r, i) => (pertama.get(r.guru) === i ? '250' : '')));
          const semua = await jalan(csv(rows, () => '250'));
          expect(semua.guru).toEqual(sekali.guru);
          expect(semua.isi.get('ringkasan.csv')).toBe(sekali.isi.get('ringkasan.csv'));
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);
});
