import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { FORMAT_VERSION } from '../../scripts/vectors';
import { OPERASI } from './jalankan';
import { DIR_VEKTOR, semuaBerkas } from './muat';

// The vector files follow their JSON Schema (draft 2020-12), and the rules the schema cannot say.
const schema = JSON.parse(readFileSync(join(DIR_VEKTOR, 'schema.json'), 'utf8')) as {
  properties: { family: { enum: string[] } };
};
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validate = ajv.compile(schema);
const berkas = semuaBerkas();

/** The ids that occur more than once. */
const idGanda = (vs: readonly { id: string }[]): string[] => {
  const ids = vs.map((v) => v.id);
  return ids.filter((id, i) => ids.indexOf(id) !== i);
};

describe('vectors/schema.json', () => {
  it.each(Object.keys(berkas))('%s is valid against the schema', (nama) => {
    const ok = validate(berkas[nama]);
    expect(ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
  });
  it('refuses what it must: a vector without a source, a failure without a code, a bad decimal, a retired vector without a reason', () => {
    const dasar = berkas['predikat.json']!;
    const v = dasar.vectors[0]!;
    const dengan = (x: object) => ({ ...dasar, vectors: [{ ...v, ...x }] });
    expect(validate(dasar)).toBe(true);
    expect(
      validate({
        ...dasar,
        vectors: [{ ...v, source: undefined }].map((x) => JSON.parse(JSON.stringify(x)) as object),
      }),
    ).toBe(false);
    expect(validate(dengan({ expected: { failure: {} } }))).toBe(false);
    expect(validate(dengan({ expected: { value: 'baik', failure: { code: 'x' } } }))).toBe(false);
    expect(validate(dengan({ expected: { value: 'cukup' } }))).toBe(false);
    expect(validate(dengan({ status: 'retired' }))).toBe(false);
    expect(validate(dengan({ status: 'retired', retiredReason: 'typo', retiredBy: 'predikat-2024-atas-sesuai' }))).toBe(
      true,
    );
    expect(validate(dengan({ retiredBy: 'predikat-2024-atas-sesuai' }))).toBe(false);
    expect(validate(dengan({ ketentuan: 2024 }))).toBe(false);
    const ak = berkas['angka-kredit-konversi.json']!;
    const a = ak.vectors[0]!;
    expect(
      validate({
        ...ak,
        vectors: [{ ...a, expected: { value: { pecahan: '2.08', halfUp2: '2.08', halfUp3: '2.083' } } }],
      }),
    ).toBe(false);
    expect(
      validate({
        ...ak,
        vectors: [{ ...a, expected: { value: { pecahan: '25/12', halfUp2: '2.083', halfUp3: '2.083' } } }],
      }),
    ).toBe(false);
    const ig = berkas['integrasi.json']!;
    const i = ig.vectors[0]!;
    expect(validate({ ...ig, vectors: [{ ...i, input: { golongan: 'IV/b', akKumulatif: 550.63 } }] })).toBe(false);
    expect(
      validate({
        ...ig,
        vectors: [{ ...i, expected: { value: { ...(i.expected as { value: object }).value, akIntegrasi: '150,63' } } }],
      }),
    ).toBe(false);
    // Every vector is followable: a source without a locator is refused.
    expect(validate(dengan({ source: { ref: v.source.ref, confidence: v.source.confidence } }))).toBe(false);
    // An unknown operation, rule set, failure code or predikat is refused: a runner written from the docs knows them all.
    expect(validate(dengan({ operation: 'predikat-tahunan' }))).toBe(false);
    expect(validate(dengan({ ketentuan: '2027' }))).toBe(false);
    expect(validate(dengan({ expected: { failure: { code: 'kode-baru' } } }))).toBe(false);
    expect(validate(dengan({ expected: { value: 'cukup' } }))).toBe(false);
    expect(validate(dengan({ input: { hasilKerja: 'di-atas', perilakuKerja: 'sesuai-ekspektasi' } }))).toBe(false);
    expect(
      validate({
        ...ak,
        vectors: [{ ...a, input: { jenjang: 'ahli-muda', predikat: 'cukup', bulan: 12 } }],
      }),
    ).toBe(false);
    expect(
      validate({
        ...ak,
        vectors: [
          {
            ...a,
            input: { jenjang: 'ahli-muda', predikat: 'Baik', bulan: 12 },
            expected: { failure: { code: 'kode-tidak-dikenal' } },
          },
        ],
      }),
    ).toBe(true);
    const km = berkas['akumulasi.json']!;
    const k = km.vectors[0]!;
    expect(
      validate({
        ...km,
        vectors: [
          {
            ...k,
            input: {
              rekam: [{ tahun: 2024, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-pertama', predikat: 'Baik' }],
            },
          },
        ],
      }),
    ).toBe(false);
  });
});

describe('vector files: rules beyond the schema', () => {
  const semua = Object.values(berkas).flatMap((b) => b.vectors);
  it('covers every family the schema names, in format ' + FORMAT_VERSION, () => {
    expect(new Set(Object.values(berkas).map((b) => b.family))).toEqual(new Set(schema.properties.family.enum));
    for (const b of Object.values(berkas)) expect(b.formatVersion).toBe(FORMAT_VERSION);
  });
  it('has ids unique across all files', () => {
    expect(idGanda(semua)).toEqual([]);
    // The check finds a repeated id, in one file or across two.
    const v = semua[0]!;
    expect(idGanda([v, semua[1]!, v])).toEqual([v.id]);
  });
  it('names only operations its file describes and the tests can run, and only sources its file lists', () => {
    for (const [nama, b] of Object.entries(berkas)) {
      for (const v of b.vectors) {
        expect(Object.keys(b.operations), `${nama} ${v.id}`).toContain(v.operation);
        expect(Object.keys(OPERASI), `${nama} ${v.id}`).toContain(v.operation);
        for (const r of v.source.ref) expect(Object.keys(b.sources), `${nama} ${v.id}`).toContain(r);
      }
    }
  });
  it('points a retired vector to one that exists and is active', () => {
    for (const v of semua.filter((x) => x.status === 'retired' && x.retiredBy !== undefined)) {
      expect(semua.find((x) => x.id === v.retiredBy)?.status ?? 'active').toBe('active');
    }
  });
  it('ships the vectors: package.json files and exports', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      files: string[];
      exports: Record<string, unknown>;
    };
    expect(pkg.files).toContain('vectors');
    expect(pkg.exports['./vectors/*']).toBe('./vectors/*');
  });
});
