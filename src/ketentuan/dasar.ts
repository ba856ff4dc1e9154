import type { BagianKetentuan, Ketentuan, Sumber } from './types';

/**
 * A named base of the built-in rule sets: the parts that one set of regulations fixes for several years, each with
 * its source. A year's rule set (`ketentuan-<tahun>.ts`) names every part it takes from a base and states the parts
 * it changes; no year takes a part from another year, so editing one year changes that year only, and editing a base
 * changes exactly the years that name it (docs/architecture.md, "Rule sets from named bases").
 *
 * @internal
 */
export type DasarKetentuan<K extends keyof Ketentuan, S extends BagianKetentuan = Extract<K, BagianKetentuan>> = {
  readonly [B in K]: Ketentuan[B];
} & { readonly sumber: { readonly [B in S]: Sumber } };
