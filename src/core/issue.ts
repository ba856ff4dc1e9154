import { periksaDaftar } from './periksa';

/**
 * A segment of the location of an {@link Issue} inside the checked value.
 *
 * @category Inti
 * @example
 * const path: readonly PathSegment[] = ['rhk', 0, 'kuantitas'];
 */
export type PathSegment = string | number;

/**
 * One coded problem found while checking a document or a rule set: where it is (`path`), what it is
 * (`code`, stable across versions), and a message in Bahasa Indonesia with its English twin.
 *
 * @category Inti
 * @example
 * const issue: Issue = {
 *   code: 'poin-kurang',
 *   path: ['rhk'],
 *   message: 'Total poin 24, kurang 8 dari minimum 32.',
 *   messageEn: 'Total points 24, 8 short of the minimum 32.',
 * };
 */
export interface Issue {
  /** Stable machine-readable code, kebab-case. */
  readonly code: string;
  /** Where the problem is: property names and array indexes from the root of the checked value. */
  readonly path: readonly PathSegment[];
  /** Message in Bahasa Indonesia. */
  readonly message: string;
  /** The same message in English. */
  readonly messageEn: string;
  /** Values the message was built from (for apps that write their own messages). */
  readonly params?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * The language of a message: `id` (Bahasa Indonesia, the default) or `en`.
 *
 * @category Inti
 * @example
 * const bahasa: Bahasa = 'en';
 */
export type Bahasa = 'id' | 'en';

/**
 * Builds a frozen {@link Issue}.
 *
 * @category Inti
 * @example
 * createIssue('kode-tidak-dikenal', ['predikat'], 'Kode tidak dikenal.', 'Unknown code.');
 * //=> { code: 'kode-tidak-dikenal', path: ['predikat'], message: 'Kode tidak dikenal.', messageEn: 'Unknown code.' }
 */
export function createIssue(
  code: string,
  path: readonly PathSegment[],
  message: string,
  messageEn: string,
  params?: Readonly<Record<string, string | number | boolean>>,
): Issue {
  periksaDaftar(path, 'path');
  const issue: Issue =
    params === undefined
      ? { code, path: Object.freeze([...path]), message, messageEn }
      : { code, path: Object.freeze([...path]), message, messageEn, params: Object.freeze({ ...params }) };
  return Object.freeze(issue);
}

/**
 * The message of an issue in the chosen language.
 *
 * @category Inti
 * @example
 * formatIssue(createIssue('x', ['a', 0], 'Salah.', 'Wrong.'), 'en');
 * //=> 'a[0]: Wrong.'
 */
export function formatIssue(issue: Issue, bahasa: Bahasa = 'id'): string {
  const where = formatPath(issue.path);
  const text = bahasa === 'en' ? issue.messageEn : issue.message;
  return where === '' ? text : `${where}: ${text}`;
}

/**
 * Writes a path as `a.b[0].c`.
 *
 * @category Inti
 * @example
 * formatPath(['rhk', 1, 'kuantitas']); //=> 'rhk[1].kuantitas'
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  }
  return out;
}

/**
 * The same issues located under `prefix` (e.g. the index of an event in a history, or the field of a larger document).
 *
 * @category Inti
 * @example
 * prefixIssues([createIssue('x', ['a'], 'Salah.', 'Wrong.')], ['rencana'])[0]?.path; //=> ['rencana', 'a']
 */
export function prefixIssues(issues: readonly Issue[], prefix: readonly PathSegment[]): Issue[] {
  return issues.map((i) => createIssue(i.code, [...prefix, ...i.path], i.message, i.messageEn, i.params));
}
