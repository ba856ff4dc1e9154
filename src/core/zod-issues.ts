import type { z } from 'zod';
import { createIssue, type Issue, type PathSegment } from './issue';

/**
 * Turns zod's issues into the library's coded issues (`skema-tidak-valid`), keeping path and zod's code.
 *
 * @category Inti
 * @example
 * import { z } from 'zod';
 * const r = z.object({ a: z.number() }).safeParse({ a: 'x' });
 * if (!r.success) fromZodIssues(r.error.issues)[0]?.code; //=> 'skema-tidak-valid'
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PathSegment[] = []): Issue[] {
  return issues.map((i) =>
    createIssue(
      'skema-tidak-valid',
      [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      `Bentuk data tidak sesuai skema (${i.code}): ${i.message}`,
      `Data does not match the schema (${i.code}): ${i.message}`,
      { zodCode: i.code },
    ),
  );
}
