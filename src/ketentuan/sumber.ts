import type { Sumber, TingkatSumber } from './types';

const buat =
  (tingkat: TingkatSumber) =>
  (acuan: readonly string[], catatan?: string): Sumber =>
    catatan === undefined ? { tingkat, acuan } : { tingkat, acuan, catatan };

/** A source stated in the regulations cited (`acuan`: ids of the rule set's `dokumen`). @internal */
export const reg = /* @__PURE__ */ buat('reg');
/** A source stated in the official guides cited. @internal */
export const seed = /* @__PURE__ */ buat('seed');
/** A fact no source settles: a policy whose default `catatan` explains. @internal */
export const open = /* @__PURE__ */ buat('open') as (acuan: readonly string[], catatan: string) => Sumber;
