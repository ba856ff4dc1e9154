/**
 * Calendar dates as the library carries them: ISO strings `yyyy-mm-dd`, with no time zone, so a date given as
 * `2024-03-01` is that day in WIB, WITA or WIT alike. Instants (when an event happened) are ISO date-times with an
 * offset or `Z`.
 *
 * @module
 */

import { periksaTeks } from './periksa';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Whether year, month (1..12) and day form a real date of the Gregorian calendar.
 *
 * @category Inti
 * @example
 * isTanggalValid(2024, 2, 29); //=> true
 * isTanggalValid(2023, 2, 29); //=> false
 */
export function isTanggalValid(tahun: number, bulan: number, hari: number): boolean {
  if (!Number.isInteger(tahun) || !Number.isInteger(bulan) || !Number.isInteger(hari)) return false;
  if (bulan < 1 || bulan > 12 || hari < 1) return false;
  return hari <= jumlahHari(tahun, bulan);
}

/**
 * The number of days of a month.
 *
 * @category Inti
 * @example
 * jumlahHari(2024, 2); //=> 29
 */
export function jumlahHari(tahun: number, bulan: number): number {
  if (!Number.isInteger(tahun) || !Number.isInteger(bulan) || bulan < 1 || bulan > 12) periksaTeks(null, 'tahun/bulan');
  if (bulan === 2) return (tahun % 4 === 0 && tahun % 100 !== 0) || tahun % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(bulan) ? 30 : 31;
}

/**
 * Whether a string is a real calendar date written `yyyy-mm-dd`.
 *
 * @category Inti
 * @example
 * isTanggalIso('2024-03-01'); //=> true
 * isTanggalIso('2024-02-30'); //=> false
 */
export function isTanggalIso(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  return m !== null && isTanggalValid(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Whether a string is an ISO date-time with an explicit offset (`2024-03-01T08:00:00+07:00`, `…Z`) whose date and
 * time are real.
 *
 * @category Inti
 * @example
 * isWaktuIso('2024-03-01T08:00:00+07:00'); //=> true
 * isWaktuIso('2024-03-01 08:00');          //=> false
 */
export function isWaktuIso(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATETIME_RE.exec(value);
  if (m === null || !isTanggalValid(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  return Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? 0) < 60;
}

/**
 * Milliseconds since the epoch of an ISO date-time (for ordering events); anything that is not a valid
 * {@link isWaktuIso} date-time throws {@link KinerjaError} `argumen-tidak-valid`, so `NaN` never escapes.
 *
 * @category Inti
 * @example
 * waktuMs('1970-01-01T00:00:01Z'); //=> 1000
 */
export function waktuMs(waktu: string): number {
  if (!isWaktuIso(waktu)) periksaTeks(null, 'waktu (ISO 8601 dengan zona)');
  return Date.parse(waktu);
}

/**
 * When the last event of a history happened (its `pada`), or `null` when there is none or it carries no valid
 * ISO date-time; for refusing an event earlier than the one before it.
 *
 * @category Inti
 * @example
 * waktuTerakhir([{ pada: '2024-01-05T08:00:00+07:00' }]); //=> '2024-01-05T08:00:00+07:00'
 */
export function waktuTerakhir(riwayat: readonly unknown[]): string | null {
  const last: unknown = Array.isArray(riwayat) ? riwayat[riwayat.length - 1] : undefined;
  const pada = last !== null && typeof last === 'object' ? (last as { pada?: unknown }).pada : undefined;
  return isWaktuIso(pada) ? pada : null;
}
