import type { BagianKetentuan, BagianPerencanaan, Ketentuan, KetentuanKonversi, Sumber } from './types';

/**
 * A named base of the built-in rule sets: the parts that one set of regulations fixes for several years, each with
 * its source (`K`: the parts it holds; `S`: the parts it gives a source for, the same by default). A year's rule set
 * (`ketentuan-<tahun>.ts`) names, part by part, the base it takes that part from, or gives the part itself; no year
 * takes a part from another year, so editing one year changes that year only, and editing a base changes exactly
 * the years that name it (docs/ketentuan.md, "How the built-in rule sets are written").
 *
 * @internal
 */
export type DasarKetentuan<K extends BagianKetentuan | 'dokumen', S extends BagianKetentuan = Exclude<K, 'dokumen'>> = {
  readonly [B in K]: Ketentuan[B];
} & { readonly sumber: { readonly [B in S]: Sumber } };

/** For each part, the base (or the year's own parts) that holds its value and its source. @internal */
export type AsalKetentuan = { readonly [B in BagianKetentuan]: DasarKetentuan<B> };

/** For a rule set of the angka kredit side: the planning parts have a source only (why they are absent). @internal */
export type AsalKetentuanKonversi = {
  readonly [B in Exclude<BagianKetentuan, BagianPerencanaan>]: DasarKetentuan<B>;
} & {
  readonly [B in BagianPerencanaan]: { readonly [P in B]?: never } & { readonly sumber: { readonly [P in B]: Sumber } };
};

type Identitas = Pick<Ketentuan, 'id' | 'nama' | 'berlakuMulai' | 'dokumen'>;

/**
 * Assembles a rule set from its identity and, part by part in the order given, the value and the source of the base
 * (or the year's own parts) named for it. Not frozen: the caller freezes it.
 *
 * @internal
 */
export function susunKetentuan(identitas: Identitas, asal: AsalKetentuan): Ketentuan;
export function susunKetentuan(
  identitas: Identitas & Pick<KetentuanKonversi, 'lingkup'>,
  asal: AsalKetentuanKonversi,
): KetentuanKonversi;
export function susunKetentuan(
  identitas: Identitas,
  asal: {
    readonly [B in BagianKetentuan]: { readonly [P in B]?: unknown } & { readonly sumber: Partial<Record<B, Sumber>> };
  },
): Ketentuan | KetentuanKonversi {
  const bagian: Record<string, unknown> = {};
  const sumber: Record<string, Sumber | undefined> = {};
  for (const b of Object.keys(asal) as BagianKetentuan[]) {
    const dasar: { readonly [P in BagianKetentuan]?: unknown } & {
      readonly sumber: Partial<Record<BagianKetentuan, Sumber>>;
    } = asal[b];
    if (b in dasar) bagian[b] = dasar[b];
    sumber[b] = dasar.sumber[b];
  }
  return { ...identitas, ...bagian, sumber } as unknown as Ketentuan;
}
