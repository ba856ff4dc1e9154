// The types of core that the error, the option checks and the issue functions share: a leaf, so that none of those
// files imports another one back.

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
 * The options of every function that writes text for people: the language.
 *
 * @category Inti
 * @example
 * const opsi: OpsiBahasa = { bahasa: 'en' };
 */
export interface OpsiBahasa {
  /** The language of the text: `id` (Bahasa Indonesia, the default) or `en`. */
  readonly bahasa?: Bahasa;
}
