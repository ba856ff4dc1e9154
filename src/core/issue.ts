import { periksaDaftar, periksaObjek, periksaTeks } from './periksa';
import { bahasaDari } from './opsi';
import { formatNilai, KinerjaError } from './error';
import type { Bahasa, Issue, OpsiBahasa, PathSegment } from './types';

export type { Bahasa, Issue, OpsiBahasa, PathSegment };

/**
 * Builds a frozen {@link Issue} from positional parts (the library's own shorthand; the public form is
 * {@link createIssue}).
 *
 * @internal
 */
export function issueOf(
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
 * Builds a frozen {@link Issue}, for apps that add their own checks beside the library's. The path is copied;
 * `params` are optional.
 *
 * @param input - The issue's `code`, `path`, `message` and `messageEn`, and optional `params`.
 * @returns A frozen issue; throws `KinerjaError` `argumen-tidak-valid` for an input of another shape.
 * @category Inti
 * @example
 * createIssue({ code: 'kode-tidak-dikenal', path: ['predikat'], message: 'Kode tidak dikenal.', messageEn: 'Unknown code.' });
 * //=> { code: 'kode-tidak-dikenal', path: ['predikat'], message: 'Kode tidak dikenal.', messageEn: 'Unknown code.' }
 */
export function createIssue(input: {
  readonly code: string;
  readonly path?: readonly PathSegment[];
  readonly message: string;
  readonly messageEn: string;
  readonly params?: Readonly<Record<string, string | number | boolean>>;
}): Issue {
  periksaObjek(input, 'input');
  const { code, path = [], message, messageEn, params } = input;
  periksaTeks(code, 'input.code');
  periksaTeks(message, 'input.message');
  periksaTeks(messageEn, 'input.messageEn');
  if (params !== undefined) periksaObjek(params, 'input.params');
  if (!Array.isArray(path) || !path.every((seg) => typeof seg === 'string' || Number.isSafeInteger(seg))) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      'input.path harus daftar teks dan bilangan bulat.',
      'input.path must be a list of strings and integers.',
    );
  }
  return issueOf(code, path, message, messageEn, params);
}

/**
 * The message of an issue in the chosen language.
 *
 * @param issue - An issue from any failed result.
 * @param opsi - `bahasa`: `'id'` (default) or `'en'`.
 * @returns `path: message` (or the message alone for an empty path).
 * @category Inti
 * @example
 * formatIssue(createIssue({ code: 'x', path: ['a', 0], message: 'Salah.', messageEn: 'Wrong.' }), { bahasa: 'en' });
 * //=> 'a[0]: Wrong.'
 */
export function formatIssue(issue: Issue, opsi?: OpsiBahasa): string {
  periksaObjek(issue, 'issue');
  const bahasa = bahasaDari(opsi, 'formatIssue');
  if (!Array.isArray(issue.path)) periksaDaftar(null, 'issue.path');
  const where = formatPath(issue.path);
  const text = bahasa === 'en' ? issue.messageEn : issue.message;
  return where === '' ? text : `${where}: ${text}`;
}

/**
 * Writes a path as `a.b[0].c`.
 *
 * @param path - An issue's path.
 * @returns The path as one string; empty for an empty path.
 * @category Inti
 * @example
 * formatPath(['rhk', 1, 'kuantitas']); //=> 'rhk[1].kuantitas'
 */
export function formatPath(path: readonly PathSegment[]): string {
  if (!Array.isArray(path)) periksaDaftar(null, 'path');
  let out = '';
  for (const seg of path) {
    if (typeof seg !== 'string' && typeof seg !== 'number') periksaTeks(seg, 'path[]');
    out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  }
  return out;
}

/**
 * The same issues located under `prefix` (e.g. the index of an event in a history, or the field of a larger document).
 *
 * @internal
 */
export function prefixIssues(issues: readonly Issue[], prefix: readonly PathSegment[]): Issue[] {
  return issues.map((i) => issueOf(i.code, [...prefix, ...i.path], i.message, i.messageEn, i.params));
}

/**
 * The issue of an option that must be one of two words (`opsi-tidak-valid`, located at the option's key), for the
 * functions that return a `Result` (`validasi harus "penuh" atau "tepercaya", bukan "x".`).
 *
 * @internal
 */
export function issuePilihanOpsi(kunci: string, pilihan: readonly [string, string], nilai: unknown): Issue {
  const [a, b] = pilihan;
  return issueOf(
    'opsi-tidak-valid',
    [kunci],
    `${kunci} harus "${a}" atau "${b}", bukan ${formatNilai(nilai)}.`,
    `${kunci} must be "${a}" or "${b}", not ${formatNilai(nilai)}.`,
  );
}

/**
 * The issue of an id that a list holds twice (`id-ganda`): `Id ${nama} "${id}" ganda.`
 *
 * @internal
 */
export function issueIdGanda(path: readonly PathSegment[], nama: string, id: string): Issue {
  return issueOf('id-ganda', path, `Id ${nama} "${id}" ganda.`, `Duplicate ${nama} id "${id}".`);
}

/**
 * The issue of a span of dates whose start is after its end (`periode-terbalik`).
 *
 * @internal
 */
export function issueTanggalTerbalik(path: readonly PathSegment[]): Issue {
  return issueOf(
    'periode-terbalik',
    path,
    'Tanggal mulai sesudah tanggal selesai.',
    'The start date is after the end date.',
  );
}

/**
 * The issue of a target quantity that is not a positive whole number (`kuantitas-tidak-valid`).
 *
 * @internal
 */
export function issueKuantitasTidakValid(path: readonly PathSegment[], kuantitas: unknown): Issue {
  return issueOf(
    'kuantitas-tidak-valid',
    path,
    `Target kuantitas harus bilangan bulat positif, bukan ${kuantitas}.`,
    `Target kuantitas must be a positive integer, not ${kuantitas}.`,
  );
}
