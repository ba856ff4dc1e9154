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
 * The month `n` months after month `bulan` of `tahun` (`n` may be negative).
 *
 * @param tahun - The year.
 * @param bulan - The month, 1..12.
 * @param n - How many months to move.
 * @returns The year and month reached.
 * @internal
 * @example
 * tambahBulan(2026, 1, -1); //=> { tahun: 2025, bulan: 12 }
 */
export function tambahBulan(
  tahun: number,
  bulan: number,
  n: number,
): { readonly tahun: number; readonly bulan: number } {
  const i = tahun * 12 + bulan - 1 + n;
  return { tahun: Math.floor(i / 12), bulan: (((i % 12) + 12) % 12) + 1 };
}

/**
 * A calendar date written `yyyy-mm-dd`.
 *
 * @param tahun - The year.
 * @param bulan - The month, 1..12.
 * @param hari - The day of the month.
 * @returns The date as `yyyy-mm-dd`.
 * @internal
 * @example
 * tulisTanggal(2024, 2, 9); //=> '2024-02-09'
 */
export function tulisTanggal(tahun: number, bulan: number, hari: number): string {
  return `${String(tahun).padStart(4, '0')}-${String(bulan).padStart(2, '0')}-${String(hari).padStart(2, '0')}`;
}

/**
 * The day number of a `yyyy-mm-dd` date: days since 1970-01-01 in the proleptic Gregorian calendar, by integer
 * arithmetic (no `Date`, so no time zone and no daylight saving can move it).
 *
 * @param iso - A date written `yyyy-mm-dd` (checked by the caller).
 * @returns The days since 1970-01-01 (negative before it).
 * @internal
 * @example
 * nomorHari('1970-01-02'); //=> 1
 * nomorHari('2024-03-01') - nomorHari('2024-02-28'); //=> 2
 */
export function nomorHari(iso: string): number {
  const bulan = Number(iso.slice(5, 7));
  const tahun = Number(iso.slice(0, 4)) - (bulan <= 2 ? 1 : 0);
  const era = Math.floor(tahun / 400);
  const tahunEra = tahun - era * 400;
  const hariTahun = Math.floor((153 * (bulan + (bulan > 2 ? -3 : 9)) + 2) / 5) + Number(iso.slice(8, 10)) - 1;
  const hariEra = tahunEra * 365 + Math.floor(tahunEra / 4) - Math.floor(tahunEra / 100) + hariTahun;
  return era * 146097 + hariEra - 719468;
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
