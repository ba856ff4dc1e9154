import { formatNilai, isKinerjaError } from './error';
import { formatIssue } from './issue';
import { bahasaDari } from './opsi';
import type { OpsiBahasa } from './types';

/**
 * A message for people from whatever a `catch` gives: a {@link KinerjaError}'s message in the chosen language with
 * every issue on its own line; any other `Error`'s message after "Galat tak terduga:" / "Unexpected error:" (never
 * its stack); anything else thrown (a string, a number…) rendered short and safe after the same words. Never throws
 * for the value; a wrong `opsi` is misuse ({@link KinerjaError} `argumen-tidak-valid`).
 *
 * @param error - Whatever was thrown.
 * @param opsi - `bahasa`: `'id'` (default) or `'en'`.
 * @returns A one- or many-line message for people; never throws, never a stack trace.
 * @category Inti
 * @example
 * describeError(new KinerjaError('pembagian-nol', 'Pembagian dengan nol.', 'Division by zero.'), { bahasa: 'en' });
 * //=> 'Division by zero.'
 * describeError(new TypeError('x is not a function')); //=> 'Galat tak terduga: x is not a function'
 */
export function describeError(error: unknown, opsi?: OpsiBahasa): string {
  const bahasa = bahasaDari(opsi, 'describeError');
  if (!isKinerjaError(error)) {
    const pesan = error instanceof Error ? safeMessage(error) : formatNilai(error);
    return `${bahasa === 'en' ? 'Unexpected error' : 'Galat tak terduga'}: ${pesan}`;
  }
  const head = bahasa === 'en' ? error.messageEn : error.message;
  const issues = Array.isArray(error.issues) ? error.issues : [];
  return [head, ...issues.map((i) => `- ${formatIssue(i, { bahasa })}`)].join('\n');
}

function safeMessage(error: Error): string {
  try {
    return typeof error.message === 'string' ? error.message : formatNilai(error.message);
  } catch {
    return '[Error]';
  }
}
