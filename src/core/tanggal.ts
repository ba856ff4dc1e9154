/**
 * Calendar dates as the library carries them: ISO strings `yyyy-mm-dd`, with no time zone, so a date given as
 * `2024-03-01` is that day in WIB, WITA or WIT alike. Instants (when an event happened) are ISO date-times with an
 * offset or `Z`.
 *
 * @module
 */

import { formatNilai, KinerjaError } from './error';
import { periksaTeks } from './periksa';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil): exact for every year. */
function hariSejakEpoch(tahun: number, bulan: number, hari: number): number {
  const y = bulan <= 2 ? tahun - 1 : tahun;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (bulan + (bulan > 2 ? -3 : 9)) + 2) / 5) + hari - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The number written by the `n` ASCII digits of `s` from `i`, or -1 when one of them is not a digit. */
function angka(s: string, i: number, n: number): number {
  let v = 0;
  for (let j = i; j < i + n; j++) {
    const d = s.charCodeAt(j) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * The milliseconds since the epoch of an ISO date-time with offset, `yyyy-mm-ddThh:mm[:ss[.f…]](Z|±hh:mm)` (a
 * fraction of 1 to 9 digits, counted to the millisecond), or `null` when the value is not a real date-time (a real
 * date, hour < 24, minute and second < 60, offset up to ±23:59). One scan of the characters: no regular expression,
 * no `Date.parse`, the same answer on every engine. {@link waktuMs} is its throwing twin, {@link isWaktuIso} its test.
 *
 * @internal
 * @example
 * parseWaktu('2024-03-01T08:00:00+07:00'); //=> 1709254800000
 * parseWaktu('2024-02-30T08:00Z'); //=> null
 */
export function parseWaktu(value: unknown): number | null {
  if (typeof value !== 'string' || value.length < 17) return null;
  const s = value;
  // '-' 45, 'T' 84, ':' 58
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58)
    return null;
  const tahun = angka(s, 0, 4);
  const bulan = angka(s, 5, 2);
  const hari = angka(s, 8, 2);
  const jam = angka(s, 11, 2);
  const menit = angka(s, 14, 2);
  let p = 16;
  let detik = 0;
  let milidetik = 0;
  if (s[p] === ':') {
    detik = angka(s, p + 1, 2);
    p += 3;
    if (s[p] === '.') {
      const awal = ++p;
      while (p < s.length && p - awal < 9 && s.charCodeAt(p) >= 48 && s.charCodeAt(p) <= 57) p++;
      if (p === awal) return null;
      milidetik = angka(`${s.slice(awal, Math.min(p, awal + 3))}00`, 0, 3);
    }
  }
  let offsetMenit = 0;
  if (s[p] === 'Z') {
    if (p !== s.length - 1) return null;
  } else if ((s[p] === '+' || s[p] === '-') && s[p + 3] === ':' && p === s.length - 6) {
    const oj = angka(s, p + 1, 2);
    const om = angka(s, p + 4, 2);
    if (oj < 0 || oj > 23 || om < 0 || om > 59) return null;
    offsetMenit = (s[p] === '-' ? -1 : 1) * (oj * 60 + om);
  } else return null;
  if (
    tahun < 0 ||
    !isTanggalValid(tahun, bulan, hari) ||
    jam < 0 ||
    jam > 23 ||
    menit < 0 ||
    menit > 59 ||
    detik < 0 ||
    detik > 59
  )
    return null;
  return (
    ((hariSejakEpoch(tahun, bulan, hari) * 24 + jam) * 60 + menit - offsetMenit) * 60_000 + detik * 1000 + milidetik
  );
}

/**
 * Whether year, month (1..12) and day form a real date of the Gregorian calendar.
 *
 * @internal
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
 * @internal
 * @example
 * jumlahHari(2024, 2); //=> 29
 */
export function jumlahHari(tahun: number, bulan: number): number {
  if (!Number.isInteger(tahun) || !Number.isInteger(bulan) || bulan < 1 || bulan > 12) periksaTeks(null, 'tahun/bulan');
  if (bulan === 2) return (tahun % 4 === 0 && tahun % 100 !== 0) || tahun % 400 === 0 ? 29 : 28;
  return bulan === 4 || bulan === 6 || bulan === 9 || bulan === 11 ? 30 : 31;
}

/**
 * Whether a string is a real calendar date written `yyyy-mm-dd`.
 *
 * @internal
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
 * @internal
 * @example
 * isWaktuIso('2024-03-01T08:00:00+07:00'); //=> true
 * isWaktuIso('2024-03-01 08:00');          //=> false
 */
export function isWaktuIso(value: unknown): value is string {
  return parseWaktu(value) !== null;
}

/**
 * Milliseconds since the epoch of an ISO date-time (for ordering events); anything that is not a valid
 * {@link isWaktuIso} date-time throws {@link KinerjaError} `argumen-tidak-valid`, so `NaN` never escapes.
 *
 * @internal
 * @example
 * waktuMs('1970-01-01T00:00:01Z'); //=> 1000
 */
export function waktuMs(waktu: string): number {
  const ms = parseWaktu(waktu);
  if (ms === null) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      `Waktu ${formatNilai(waktu)} bukan ISO 8601 dengan zona (…Z atau …+07:00).`,
      `${formatNilai(waktu)} is not an ISO 8601 date-time with an offset (…Z or …+07:00).`,
    );
  }
  return ms;
}

/**
 * When the last event of a history happened (its `pada`), or `null` when there is none or it carries no valid
 * ISO date-time; for refusing an event earlier than the one before it.
 *
 * @internal
 * @example
 * waktuTerakhir([{ pada: '2024-01-05T08:00:00+07:00' }]); //=> '2024-01-05T08:00:00+07:00'
 */
export function waktuTerakhir(riwayat: readonly unknown[]): string | null {
  const last: unknown = Array.isArray(riwayat) ? riwayat[riwayat.length - 1] : undefined;
  const pada = last !== null && typeof last === 'object' ? (last as { pada?: unknown }).pada : undefined;
  return isWaktuIso(pada) ? pada : null;
}
