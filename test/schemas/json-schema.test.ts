import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  type AspekBerakhlak,
  type Rating,
  ASPEK_BERAKHLAK,
  createRekamAngkaKredit,
  KETENTUAN_2024,
  KETENTUAN_2026,
  createPenilaianHasilKerja,
  createPenilaianPerilakuKerja,
  unwrap,
} from '../../src';
import { jsonSchemas, serialize, type NamaSkema } from '../../scripts/schemas';
import { DATA, alurDisepakati, siklusBaru } from '../pelaksanaan/fixtures';
import { rencanaSeed } from '../perencanaan/fixtures';

const schemas = jsonSchemas();
const dir = join(__dirname, '..', '..', 'schemas');

describe('JSON Schemas shipped in schemas/', () => {
  it.each(Object.keys(schemas) as NamaSkema[])('%s.json is what the zod schema says (snapshot)', (nama) => {
    expect(readFileSync(join(dir, `${nama}.json`), 'utf8')).toBe(serialize(schemas[nama]));
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const check = (nama: NamaSkema, doc: unknown) => {
    const validate = ajv.compile(schemas[nama]);
    const ok = validate(JSON.parse(JSON.stringify(doc)));
    return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };

  it('accepts the documents the library produces', () => {
    const alur = alurDisepakati();
    const semua = (r: Rating) =>
      Object.fromEntries(ASPEK_BERAKHLAK.map((a) => [a, r])) as Record<AspekBerakhlak, Rating>;
    expect(check('rencana-kinerja', rencanaSeed())).toEqual([]);
    expect(check('riwayat-rencana', alur.riwayat)).toEqual([]);
    expect(check('riwayat-siklus', siklusBaru().riwayat)).toEqual([]);
    expect(check('langkah-siklus', DATA)).toEqual([]);
    const aspek = {
      'upaya-refleksi': 'di-atas-ekspektasi',
      'upaya-mempelajari': 'sesuai-ekspektasi',
      'perubahan-praktik': 'sesuai-ekspektasi',
    } as const;
    expect(
      check(
        'penilaian-hasil-kerja',
        unwrap(
          createPenilaianHasilKerja({ aspek, poin: 32, rating: 'sesuai-ekspektasi' }, { ketentuan: KETENTUAN_2024 }),
        ),
      ),
    ).toEqual([]);
    expect(
      check(
        'penilaian-perilaku-kerja',
        unwrap(
          createPenilaianPerilakuKerja(
            { aspek: semua('sesuai-ekspektasi'), rating: 'sesuai-ekspektasi' },
            { ketentuan: KETENTUAN_2024 },
          ),
        ),
      ),
    ).toEqual([]);
    expect(
      check(
        'rekam-angka-kredit',
        createRekamAngkaKredit({
          tahun: 2024,
          bulanMulai: 1,
          bulanAkhir: 2,
          jenjang: 'ahli-pertama',
          predikat: 'baik',
        }),
      ),
    ).toEqual([]);
    expect(
      check('capaian-rapor-pendidikan', {
        jenisSatuan: 'sd',
        indikator: [{ kode: 'D.1', kategori: 'kurang', skor: 40 }],
      }),
    ).toEqual([]);
    expect(check('capaian-rapor-pendidikan', { indikator: [{ kode: 'D.1', kategori: 'buruk' }] })).not.toEqual([]);
    expect(check('periode', { tahun: 2024, ke: 1 })).toEqual([]);
    expect(check('ketentuan', KETENTUAN_2024)).toEqual([]);
    expect(check('ketentuan', KETENTUAN_2026)).toEqual([]);
  });

  it('rejects what the zod schemas reject in shape', () => {
    expect(check('rencana-kinerja', { ...rencanaSeed(), rhk: 'x' })).not.toEqual([]);
    expect(check('periode', { tahun: 2024 })).not.toEqual([]);
    expect(check('rekam-angka-kredit', { tahun: 2024 })).not.toEqual([]);
    expect(check('penilaian-hasil-kerja', { rating: 'baik' })).not.toEqual([]);
  });
});
