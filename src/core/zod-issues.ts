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

/**
 * The patterns of the library's schemas in words (a pattern itself says nothing to a user), Indonesian and English:
 * the NIP, SIASN's AK with three decimals, SIASN's dd-mm-yyyy date, SIASN's positive whole numbers. Matched by the
 * pattern's text (a zod issue carries the text, not the RegExp): a test checks that every pattern of the published
 * schemas is here or its schema gives its own message, so a changed pattern fails a test instead of losing its words.
 */
export function polaDalamKata(pola: string): readonly [string, string] | null {
  if (pola === '/^\\d{18}$/')
    return [
      'Harus NIP 18 angka, tanpa spasi atau tanda lain.',
      'Must be an 18-digit NIP, without spaces or other marks.',
    ];
  if (pola === '/^-?\\d+\\.\\d{3}$/')
    return [
      'Harus angka dengan tiga desimal di belakang titik (mis. 12.500).',
      'Must be a number with three decimals after a point (e.g. 12.500).',
    ];
  if (pola === '/^\\d{2}-\\d{2}-\\d{4}$/') return ['Harus tanggal dd-mm-yyyy.', 'Must be a dd-mm-yyyy date.'];
  const angka = /^\/\^\[1-9\]\\d\{0,(\d+)\}\$\/$/.exec(pola);
  if (angka !== null) {
    const n = Number(angka[1]) + 1;
    return [
      `Harus bilangan bulat positif, paling banyak ${n} angka.`,
      `Must be a positive whole number of at most ${n} digits.`,
    ];
  }
  return null;
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
      if (i.format === 'regex' && 'pattern' in i && typeof i.pattern === 'string')
        return polaDalamKata(i.pattern)?.[0] ?? (zodBawaan(i) ? 'Bentuknya tidak sesuai.' : i.message);
      return `Format tidak valid (${i.format}).`;
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

/** Whether the issue's message is zod's own (not one a schema gave). */
const zodBawaan = (i: z.core.$ZodIssue): boolean => i.message.startsWith('Invalid');

function english(i: z.core.$ZodIssue): string {
  if (i.code === 'custom' && typeof i.params?.['messageEn'] === 'string') return i.params['messageEn'];
  if (i.code === 'invalid_format' && 'pattern' in i && typeof i.pattern === 'string')
    return polaDalamKata(i.pattern)?.[1] ?? i.message;
  return i.message;
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
      english(i),
      { zodCode: i.code },
    ),
  );
}
