/**
 * Writes the generated conformance vectors: today `vectors/angka-kredit-konversi.json`, every jenjang ×
 * predikat × months 1–12 of every built-in rule set, computed by the library. The library is the first computation;
 * `test/vectors/angka-kredit-konversi.test.ts` checks every vector against a second, independent one (own bigint
 * rationals, own table of koefisien and persentase typed from
 * the regulation: docs/sumber.md#angka-kredit-konversi), so a library bug cannot write
 * itself into the vectors. The hand-written families (regulations' own examples) are not touched.
 *
 * `npm run vectors` writes; `npm run vectors -- --check` exits 1 when a file on disk differs from what it would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { angkaKredit, formatAngkaKredit, JENJANG, PREDIKAT, SEMUA_KETENTUAN } from '../src';

export const FORMAT_VERSION = '1.0';

const DIR = join(__dirname, '..', 'vectors');

/** Serializes a vector file: the header indented, one vector per line (diffs stay one line per vector). */
export function serializeVectors(file: { readonly vectors: readonly unknown[] } & Record<string, unknown>): string {
  const { vectors, ...head } = file;
  const kepala = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${kepala},\n  "vectors": [\n${vectors.map((v) => `    ${JSON.stringify(v)}`).join(',\n')}\n  ]\n}\n`;
}

const persen = (p: number) => `${p}%`;

/** Where a reader finds the figures (the table is in docs/sumber.md#angka-kredit-konversi and in the file's sources). */
const LOKASI_TAHUNAN = 'PermenPANRB 1/2023: koefisien tahunan (jenjang) × persentase (predikat)';
const LOKASI_PERIODIK = `${LOKASI_TAHUNAN}; PerBKN 3/2023: × bulan/12 (BKN's example 2/12 × 12.5 = 2.08)`;
const dua = (n: number) => String(n).padStart(2, '0');

/** The generated konversi family, as an object (written by {@link main}). */
export function konversiVectors(): Record<string, unknown> & { vectors: unknown[] } {
  const vectors: unknown[] = [];
  for (const k of SEMUA_KETENTUAN) {
    for (const jenjang of JENJANG) {
      const koef = k.jenjang.find((j) => j.kode === jenjang)?.koefisienTahunan;
      for (const predikat of PREDIKAT) {
        const pr = k.predikat.find((p) => p.kode === predikat)?.persentase;
        for (let bulan = 1; bulan <= 12; bulan++) {
          const ak = angkaKredit({ jenjang, predikat, bulan, ketentuan: k });
          const value: Record<string, string> = { pecahan: ak.toFraction() };
          if (ak.isTerminating()) value['desimal'] = ak.toJSON();
          value['halfUp2'] = formatAngkaKredit(ak, { untuk: 'tampilan', ketentuan: k });
          value['halfUp3'] = formatAngkaKredit(ak, { untuk: 'siasn', ketentuan: k });
          vectors.push({
            id: `konversi-${k.id}-${jenjang}-${predikat}-${dua(bulan)}`,
            operation: 'angka-kredit',
            ketentuan: k.id,
            input: { jenjang, predikat, bulan },
            expected: { value },
            source: {
              ref: bulan === 12 ? ['permenpanrb-1-2023'] : ['permenpanrb-1-2023', 'perbkn-3-2023'],
              locator: bulan === 12 ? LOKASI_TAHUNAN : LOKASI_PERIODIK,
              confidence: 'high',
            },
            comment: `${koef} × ${persen(pr ?? 0)} × ${bulan}/12 = ${ak.toFraction()}`,
          });
        }
      }
    }
  }
  return {
    $schema: './schema.json',
    formatVersion: FORMAT_VERSION,
    family: 'angka-kredit-konversi',
    title: 'Angka kredit konversi: every jenjang × predikat × months 1–12, per rule set',
    description:
      "AK = koefisien tahunan (jenjang) × persentase (predikat) × bulan / 12, exact. pecahan is the reduced fraction (an integer without /1), desimal the exact decimal when it terminates; halfUp2 and halfUp3 round the exact value once (never a running sum). The regulation's own worked examples are in angka-kredit-contoh.json, written by hand.",
    generated: {
      by: "scripts/vectors.ts (the library's angkaKredit and formatAngkaKredit)",
      command: 'npm run vectors',
      checkedAgainst:
        'test/vectors/angka-kredit-konversi.test.ts: own bigint rationals (test/core/desimal-rujukan.ts) and own koefisien/persentase table typed from the regulation (docs/sumber.md#angka-kredit-konversi)',
    },
    rounding: {
      halfUp2: {
        places: 2,
        mode: 'half-up',
        use: "tampilan: as BKN's examples show an AK (2/12 × 12.5 → 2.08; 5.625 → 5.63)",
      },
      halfUp3: {
        places: 3,
        mode: 'half-up',
        use: "siasn: SIASN stores 3 decimals (decimal(10,3)); SIASN's own rounding mode is undocumented, half-up is the library's policy",
      },
    },
    operations: {
      'angka-kredit': {
        description: 'The angka kredit konversi of a predikat over a number of months.',
        input: '{ jenjang: jenjang code, predikat: predikat code, bulan: integer 1..12 }',
        expected: '{ pecahan, desimal? (when terminating), halfUp2, halfUp3 }',
        library: 'angkaKredit, formatAngkaKredit',
      },
    },
    sources: {
      'permenpanrb-1-2023': {
        title:
          'Peraturan Menteri PANRB Nomor 1 Tahun 2023 tentang Jabatan Fungsional: koefisien tahunan per jenjang and persentase per predikat',
        where: 'docs/sumber.md#angka-kredit-konversi',
      },
      'perbkn-3-2023': {
        title: 'Peraturan BKN Nomor 3 Tahun 2023: periodic konversi as bulan/12 of the annual koefisien',
        where:
          'docs/sumber.md#angka-kredit-konversi (BKN Direktorat Jabatan ASN slides on PerBKN 3/2023: 2/12 × 12.5 = 2.08)',
      },
    },
    vectors,
  };
}

/** Every generated file: name → content. */
export function generatedFiles(): Record<string, string> {
  return { 'angka-kredit-konversi.json': serializeVectors(konversiVectors()) };
}

function main(): void {
  const check = process.argv.includes('--check');
  let beda = 0;
  for (const [nama, isi] of Object.entries(generatedFiles())) {
    const path = join(DIR, nama);
    if (check) {
      let ada = '';
      try {
        ada = readFileSync(path, 'utf8');
      } catch {
        ada = '';
      }
      if (ada !== isi) {
        beda += 1;
        process.stderr.write(`vectors/${nama} is not what scripts/vectors.ts writes: run npm run vectors\n`);
      }
    } else {
      writeFileSync(path, isi);
      process.stdout.write(`wrote vectors/${nama}\n`);
    }
  }
  process.exit(beda === 0 ? 0 : 1);
}

if (require.main === module) main();
