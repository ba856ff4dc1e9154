import type { z } from 'zod';
import { issueOf, type Issue, type PathSegment } from './issue';

const TIPE: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  boolean: 'boolean',
  object: 'objek',
  array: 'daftar',
  undefined: 'kosong',
  null: 'null',
  bigint: 'bigint',
};

/** A bound in words: `Minimal 3 karakter.` for a text, `butir` for a list, the number alone otherwise. */
function batas(kata: string, origin: string, n: unknown): string {
  const satuan = origin === 'string' ? ' karakter' : origin === 'array' ? ' butir' : '';
  return `${kata} ${String(n)}${satuan}.`;
}

function indonesian(i: z.core.$ZodIssue): string {
  switch (i.code) {
    case 'invalid_type':
      return `Wajib berupa ${TIPE[i.expected] ?? i.expected}.`;
    case 'too_small':
      return batas('Minimal', i.origin, i.minimum);
    case 'too_big':
      return batas('Maksimal', i.origin, i.maximum);
    case 'invalid_value':
      return `Nilai harus salah satu dari: ${i.values.map(String).join(', ')}.`;
    case 'invalid_format':
      return i.format === 'regex' && 'pattern' in i && typeof i.pattern === 'string'
        ? `Tidak cocok dengan pola ${i.pattern}.`
        : `Format tidak valid (${i.format}).`;
    case 'not_multiple_of':
      return `Harus kelipatan ${String(i.divisor)}.`;
    case 'unrecognized_keys':
      return `Kunci tidak dikenal: ${i.keys.join(', ')}.`;
    case 'invalid_union':
      return 'Tidak cocok dengan bentuk mana pun yang diizinkan.';
    case 'custom':
      return i.message;
    default:
      return `Nilai tidak valid (${i.code}).`;
  }
}

/**
 * Turns zod's issues into the library's coded issues (`skema-tidak-valid`), keeping path and zod's code
 * (`params.zodCode`), with a message in Bahasa Indonesia and zod's own in English.
 *
 * @internal
 * @example
 * import { z } from 'zod';
 * const r = z.strictObject({ a: z.number() }).safeParse({ a: 'x' });
 * if (!r.success) fromZodIssues(r.error.issues)[0]?.message; //=> 'Wajib berupa angka.'
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PathSegment[] = []): Issue[] {
  return issues.map((i) =>
    issueOf(
      'skema-tidak-valid',
      [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      indonesian(i),
      i.code === 'custom' && typeof i.params?.['messageEn'] === 'string' ? i.params['messageEn'] : i.message,
      { zodCode: i.code },
    ),
  );
}
