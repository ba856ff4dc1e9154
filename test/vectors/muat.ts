import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of the conformance vectors. */
export const DIR_VEKTOR = join(__dirname, '..', '..', 'vectors');

export type Harapan =
  | { readonly value: unknown }
  | { readonly failure: { readonly code: string; readonly path?: readonly (string | number)[] } };

export interface Vektor {
  readonly id: string;
  readonly operation: string;
  readonly ketentuan: string;
  readonly input: Record<string, unknown>;
  readonly expected: Harapan;
  readonly source: {
    readonly ref: readonly string[];
    readonly confidence: string;
    readonly locator?: string;
    readonly worked?: boolean;
  };
  readonly comment: string;
  readonly status?: 'active' | 'retired';
  readonly retiredBy?: string;
  readonly retiredReason?: string;
}

export interface BerkasVektor {
  readonly formatVersion: string;
  readonly family: string;
  readonly operations: Record<string, unknown>;
  readonly sources: Record<string, unknown>;
  readonly generated?: unknown;
  readonly vectors: readonly Vektor[];
}

/** Every vector file (not the schema), by file name. */
export function semuaBerkas(): Record<string, BerkasVektor> {
  const out: Record<string, BerkasVektor> = {};
  for (const f of readdirSync(DIR_VEKTOR)
    .filter((n) => n.endsWith('.json') && n !== 'schema.json')
    .sort()) {
    out[f] = JSON.parse(readFileSync(join(DIR_VEKTOR, f), 'utf8')) as BerkasVektor;
  }
  return out;
}

/** The active vectors of a family (every file of that family), as [id, vector] rows for `it.each`. */
export function vektorAktif(family: string): [string, Vektor][] {
  return Object.values(semuaBerkas())
    .filter((b) => b.family === family)
    .flatMap((b) => b.vectors)
    .filter((v) => v.status !== 'retired')
    .map((v) => [v.id, v]);
}
