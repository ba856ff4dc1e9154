import { KinerjaError } from '../core/error';
import { issueOf } from '../core/issue';
import { fail, ok, safely, type Result } from '../core/result';
import { jumlahHari } from '../core/tanggal';
import { ketentuanUntuk } from './pilih';
import type { KetentuanBerlaku } from './types';
import { ketentuanBerlakuOpsional, type OpsiKetentuan } from './opsi-ketentuan';
import { bahasaDari } from '../core/opsi';
import type { OpsiBahasa } from '../core/issue';
import { parseSalinan } from '../core/salinan';
import { PeriodeSchema, type Periode } from './periode-schema';

export { PeriodeSchema, type Periode };

/**
 * Checks that a period exists under a rule set (`periode-tidak-ada` otherwise).
 *
 * @param input - Anything: a period `{ tahun, ke }` to check.
 * @param opsi - `ketentuan`: the rule set (default: the one in force in the period's year).
 * @returns The period, or a failed result with `skema-tidak-valid` or `periode-tidak-ada`.
 * @category Ketentuan
 * @example
 * validatePeriode({ tahun: 2024, ke: 3 }).success; //=> false
 */
export function validatePeriode(input: unknown, opsi?: OpsiKetentuan): Result<Periode> {
  const diberikan = safely(() => ketentuanBerlakuOpsional(opsi, 'validatePeriode'));
  if (!diberikan.success) return diberikan;
  const r = parseSalinan(PeriodeSchema, input);
  let ketentuan: KetentuanBerlaku | undefined = diberikan.data;
  if (ketentuan === undefined && r.success) {
    const byYear = safely(() => ketentuanUntuk(`${String(r.data.tahun).padStart(4, '0')}-01-01`));
    if (!byYear.success && byYear.issues[0]?.code === 'periode-sebelum-konversi') return byYear;
    ketentuan = byYear.success ? byYear.data : undefined;
  }
  const n = ketentuan?.periode.rentangBulan.length ?? 0;
  if (!r.success || ketentuan === undefined || r.data.ke > n) {
    const ke = n === 1 ? 'ke: 1' : `ke 1..${n}`;
    return fail([
      issueOf(
        'periode-tidak-ada',
        [],
        ketentuan === undefined
          ? 'Periode harus { tahun, ke } dalam tahun yang punya ketentuan (2023 dan sesudahnya).'
          : `Periode harus { tahun, ke } dengan ${ke}: ketentuan ${ketentuan.id} punya ${n} periode setahun (${ketentuan.periode.jenis}).`,
        ketentuan === undefined
          ? 'A period must be { tahun, ke } in a year with a rule set (2023 and later).'
          : `A period must be { tahun, ke } with ${ke}: rule set ${ketentuan.id} has ${n} period(s) a year (${ketentuan.periode.jenis}).`,
        { periode: n, ketentuan: ketentuan?.id ?? '' },
      ),
    ]);
  }
  return ok(Object.freeze({ tahun: r.data.tahun, ke: r.data.ke }));
}

/**
 * The first and last calendar date of a period, as `yyyy-mm-dd`. Throws {@link KinerjaError}
 * `argumen-tidak-valid` for a period the rule set does not have.
 *
 * @param periode - The period.
 * @param opsi - `ketentuan`: the rule set (default: the one in force in the period's year).
 * @returns Its first and last dates and months; throws `KinerjaError` `argumen-tidak-valid` for a period the rule set
 *   does not have.
 * @category Ketentuan
 * @example
 * rentangPeriode({ tahun: 2024, ke: 2 }); //=> { mulai: '2024-07-01', selesai: '2024-12-31', bulanMulai: 7, bulanAkhir: 12 }
 */
export function rentangPeriode(
  periode: Periode,
  opsi?: OpsiKetentuan,
): { readonly mulai: string; readonly selesai: string; readonly bulanMulai: number; readonly bulanAkhir: number } {
  const ketentuan = ketentuanBerlakuOpsional(opsi, 'rentangPeriode') ?? ketentuanUntuk(periode);
  const v = validatePeriode(periode, { ketentuan });
  const range = v.success ? ketentuan.periode.rentangBulan[periode.ke - 1] : undefined;
  if (range === undefined) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      v.success ? 'Periode tidak ada.' : (v.issues[0]?.message ?? ''),
      v.success ? 'No such period.' : (v.issues[0]?.messageEn ?? ''),
    );
  }
  const [a, b] = range;
  const pad = (x: number) => String(x).padStart(2, '0');
  return Object.freeze({
    mulai: `${periode.tahun}-${pad(a)}-01`,
    selesai: `${periode.tahun}-${pad(b)}-${pad(jumlahHari(periode.tahun, b))}`,
    bulanMulai: a,
    bulanAkhir: b,
  });
}

/**
 * The display label of a period, e.g. "Semester 1 Tahun 2024" or "Tahun 2026".
 *
 * @param periode - The period.
 * @param opsi - `ketentuan`: the rule set (default: the one in force in the period's year); `bahasa`: `'id'` (default)
 *   or `'en'`.
 * @returns The label; throws `KinerjaError` `argumen-tidak-valid` for a period the rule set does not have.
 * @category Ketentuan
 * @example
 * formatPeriode({ tahun: 2024, ke: 1 }); //=> 'Semester 1 Tahun 2024'
 */
export function formatPeriode(periode: Periode, opsi?: OpsiKetentuan & OpsiBahasa): string {
  const bahasa = bahasaDari(opsi, 'formatPeriode', ['ketentuan', 'bahasa']);
  const ketentuan = ketentuanBerlakuOpsional(opsi, 'formatPeriode', ['ketentuan', 'bahasa']) ?? ketentuanUntuk(periode);
  if (ketentuan.periode.jenis === 'tahunan')
    return bahasa === 'en' ? `Year ${periode.tahun}` : `Tahun ${periode.tahun}`;
  return bahasa === 'en'
    ? `Semester ${periode.ke} of ${periode.tahun}`
    : `Semester ${periode.ke} Tahun ${periode.tahun}`;
}
