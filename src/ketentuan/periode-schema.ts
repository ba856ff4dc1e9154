import { z } from 'zod';

/**
 * The zod schema of {@link Periode}.
 *
 * @category Ketentuan
 * @example
 * PeriodeSchema.parse({ tahun: 2024, ke: 1 });
 */
export const PeriodeSchema = /* @__PURE__ */ (() =>
  z.strictObject({ tahun: z.number().int().min(1000).max(9999), ke: z.number().int().min(1) }).readonly())();

/**
 * A period of pengelolaan kinerja: a year and the number of the period in it (`ke`, 1-based). Under the 2024 rules
 * a year has two periods, the semesters (`ke: 1` is January–June); a rule set with one annual period has only `ke: 1`.
 *
 * @category Ketentuan
 * @example
 * const semester1: Periode = { tahun: 2024, ke: 1 };
 */
export type Periode = z.infer<typeof PeriodeSchema>;
