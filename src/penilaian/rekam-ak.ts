import { z } from 'zod';
import { daftarDari, periksaObjek } from '../core/periksa';
import { Desimal, sumDesimal } from '../core/desimal';
import { KinerjaError } from '../core/error';
import { formatPath, issueOf, prefixIssues, type Issue } from '../core/issue';
import { fromZodIssues } from '../core/zod-issues';
import { fail, ok, safely, type Result } from '../core/result';
import { GOLONGAN, JENJANG, PREDIKAT } from '../ketentuan/kode';
import { ketentuanUntuk } from '../ketentuan/pilih';
import { angkaKredit } from './angka-kredit';
import { ketentuanBerlakuOpsional, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';
import { isGolonganPppk, issuePppk } from './pppk';
import { parseSalinan } from '../core/salinan';

/**
 * The zod schema of {@link RekamAngkaKredit}. Exact figures travel as strings (`"37.5"`, `"25/12"`).
 *
 * @category Penilaian
 * @example
 * RekamAngkaKreditSchema.safeParse({}).success; //=> false
 */
export const RekamAngkaKreditSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      ketentuan: z.string().min(1),
      tahun: z.number().int(),
      bulanMulai: z.number().int().min(1).max(12),
      bulanAkhir: z.number().int().min(1).max(12),
      jenjang: z.enum(JENJANG),
      golongan: z.enum(GOLONGAN).optional(),
      predikat: z.enum(PREDIKAT),
      koefisienTahunan: z.string().refine((s) => Desimal.isValid(s)),
      persentase: z.number().int().min(0),
      angkaKredit: z.string().refine((s) => Desimal.isValid(s)),
    })
    .readonly())();

/**
 * One period's angka kredit as computed, with the koefisien, persentase and months it used, so that history stays
 * reproducible when the rules change.
 *
 * @category Penilaian
 * @example
 * createRekamAngkaKredit({ tahun: 2024, bulanMulai: 1, bulanAkhir: 6, jenjang: 'ahli-pertama', predikat: 'baik' }).angkaKredit; //=> '6.25'
 */
export type RekamAngkaKredit = z.infer<typeof RekamAngkaKreditSchema>;

const SegmenSchema = /* @__PURE__ */ (() =>
  RekamAngkaKreditSchema.unwrap().pick({
    tahun: true,
    bulanMulai: true,
    bulanAkhir: true,
    jenjang: true,
    predikat: true,
    golongan: true,
  }))();

/**
 * What a period record is made from.
 *
 * @category Penilaian
 * @example
 * const s: SegmenAngkaKredit = { tahun: 2024, bulanMulai: 1, bulanAkhir: 3, jenjang: 'ahli-pertama', predikat: 'baik' };
 */
export type SegmenAngkaKredit = Pick<
  RekamAngkaKredit,
  'tahun' | 'bulanMulai' | 'bulanAkhir' | 'jenjang' | 'predikat'
> & {
  readonly golongan?: RekamAngkaKredit['golongan'];
};

/**
 * Computes and records the angka kredit of months `bulanMulai..bulanAkhir` of a year. Throws {@link KinerjaError}
 * for unknown codes or months out of order.
 *
 * @param segmen - The year, first and last month, jenjang and predikat.
 * @param opsi - `ketentuan`: the rule set (default: the one in force for the year).
 * @returns The frozen record; throws `KinerjaError` `kode-tidak-dikenal` for unknown codes, `argumen-tidak-valid` for
 *   months out of order.
 * @category Penilaian
 * @example
 * createRekamAngkaKredit({ tahun: 2024, bulanMulai: 1, bulanAkhir: 2, jenjang: 'ahli-pertama', predikat: 'baik' }).angkaKredit; //=> '25/12'
 */
export function createRekamAngkaKredit(segmen: SegmenAngkaKredit, opsi?: OpsiKetentuan): RekamAngkaKredit {
  periksaObjek(segmen, 'segmen');
  const diberikan = ketentuanBerlakuOpsional(opsi, 'createRekamAngkaKredit');
  if (isGolonganPppk((segmen as { golongan?: unknown }).golongan)) {
    const i = issuePppk(['segmen', 'golongan'], String((segmen as { golongan?: unknown }).golongan));
    throw new KinerjaError('argumen-tidak-valid', i.message, i.messageEn, [i]);
  }
  const bentuk = parseSalinan(SegmenSchema, segmen);
  if (!bentuk.success) {
    const issues = fromZodIssues(bentuk.error.issues, ['segmen']);
    const medan = [...new Set(issues.map((i) => formatPath(i.path.slice(1)) || 'segmen'))].join(', ');
    throw new KinerjaError(
      'argumen-tidak-valid',
      `Segmen angka kredit { tahun, bulanMulai, bulanAkhir, jenjang, predikat, golongan? } tidak valid pada: ${medan}.`,
      `Invalid angka kredit segment { tahun, bulanMulai, bulanAkhir, jenjang, predikat, golongan? } at: ${medan}.`,
      issues,
    );
  }
  const ketentuan =
    diberikan ??
    ketentuanUntuk(`${String(segmen.tahun).padStart(4, '0')}-${String(segmen.bulanMulai).padStart(2, '0')}-01`);
  if (segmen.bulanAkhir < segmen.bulanMulai) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      `Bulan ${segmen.bulanMulai}..${segmen.bulanAkhir} terbalik.`,
      `Months ${segmen.bulanMulai}..${segmen.bulanAkhir} are reversed.`,
    );
  }
  const bulan = segmen.bulanAkhir - segmen.bulanMulai + 1;
  const ak = angkaKredit({ jenjang: segmen.jenjang, predikat: segmen.predikat, bulan, ketentuan });
  const rekam: RekamAngkaKredit = {
    ketentuan: ketentuan.id,
    tahun: segmen.tahun,
    bulanMulai: segmen.bulanMulai,
    bulanAkhir: segmen.bulanAkhir,
    jenjang: segmen.jenjang,
    ...(segmen.golongan === undefined ? {} : { golongan: segmen.golongan }),
    predikat: segmen.predikat,
    koefisienTahunan: ketentuan.jenjang.find((j) => j.kode === segmen.jenjang)?.koefisienTahunan ?? '0',
    persentase: ketentuan.predikat.find((p) => p.kode === segmen.predikat)?.persentase ?? 0,
    angkaKredit: ak.toJSON(),
  };
  return tandaiRekam(Object.freeze(rekam));
}

/**
 * Records several segments of time (e.g. a jenjang or golongan change in the middle of a year gives two), checking
 * that they do not overlap (`periode-tumpang-tindih`) and that each is valid.
 *
 * @param segmen - The segments, in any order.
 * @param opsi - `ketentuan`: the rule set (default: the one in force for each year).
 * @returns The records in time order, or a failed result with `periode-tumpang-tindih` or the issues of a bad segment
 *   at its index.
 * @category Penilaian
 * @example
 * const r = createRekamAngkaKreditBertahap([
 *   { tahun: 2024, bulanMulai: 1, bulanAkhir: 3, jenjang: 'ahli-pertama', predikat: 'baik' },
 *   { tahun: 2024, bulanMulai: 4, bulanAkhir: 12, jenjang: 'ahli-muda', predikat: 'baik' },
 * ]);
 * r.success && String(sumRekamAngkaKredit(r.data)); //=> '21.875'
 */
export function createRekamAngkaKreditBertahap(
  segmen: readonly SegmenAngkaKredit[],
  opsi?: OpsiKetentuan,
): Result<readonly RekamAngkaKredit[]> {
  const diberikan = safely(() => ketentuanBerlakuOpsional(opsi, 'createRekamAngkaKreditBertahap'));
  if (!diberikan.success) return diberikan;
  const ketentuan = diberikan.data;
  if (!Array.isArray(segmen))
    return fail([issueOf('argumen-tidak-valid', [], 'Segmen harus berupa daftar.', 'Segments must be a list.')]);
  const issues: Issue[] = [];
  const out: RekamAngkaKredit[] = [];
  segmen.forEach((s, i) => {
    if (s === null || typeof s !== 'object' || typeof s.tahun !== 'number' || typeof s.bulanMulai !== 'number') {
      issues.push(
        issueOf(
          'argumen-tidak-valid',
          [i],
          'Segmen harus berupa objek { tahun, bulanMulai, bulanAkhir, jenjang, predikat }.',
          'A segment must be an object { tahun, bulanMulai, bulanAkhir, jenjang, predikat }.',
        ),
      );
    }
  });
  if (issues.length > 0) return fail(issues);
  const ordered = segmen
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.tahun * 12 + a.s.bulanMulai - (b.s.tahun * 12 + b.s.bulanMulai));
  let lastEnd = -Infinity;
  for (const { s, i } of ordered) {
    const start = s.tahun * 12 + s.bulanMulai;
    if (s.bulanAkhir < s.bulanMulai) {
      issues.push(
        issueOf(
          'periode-terbalik',
          [i],
          `Bulan ${s.bulanMulai}..${s.bulanAkhir} terbalik.`,
          `Months ${s.bulanMulai}..${s.bulanAkhir} are reversed.`,
        ),
      );
      continue;
    }
    if (start <= lastEnd) {
      issues.push(
        issueOf(
          'periode-tumpang-tindih',
          [i],
          `Segmen ${s.tahun}/${s.bulanMulai} tumpang tindih dengan sebelumnya.`,
          `Segment ${s.tahun}/${s.bulanMulai} overlaps the previous one.`,
        ),
      );
    }
    lastEnd = s.tahun * 12 + s.bulanAkhir;
    const r = safely(() => createRekamAngkaKredit(s, ketentuan === undefined ? {} : { ketentuan }));
    if (r.success) out[i] = r.data;
    else issues.push(...prefixIssues(r.issues, [i]));
  }
  return issues.length > 0 ? fail(issues) : ok(Object.freeze(out));
}

/**
 * The exact sum of recorded angka kredit (from the recorded figures, so old records keep their value).
 *
 * @param rekam - The records (only `angkaKredit` is read).
 * @returns The exact sum; throws `KinerjaError` `desimal-tidak-valid` for a record whose figure is not exact.
 * @category Penilaian
 * @example
 * String(sumRekamAngkaKredit([createRekamAngkaKredit({ tahun: 2024, bulanMulai: 1, bulanAkhir: 6, jenjang: 'ahli-pertama', predikat: 'baik' })])); //=> '6.25'
 */
export function sumRekamAngkaKredit(rekam: readonly Pick<RekamAngkaKredit, 'angkaKredit'>[]): Desimal {
  return sumDesimal(
    daftarDari(rekam, 'rekam').map((r) => {
      periksaObjek(r, 'rekam[]');
      return r.angkaKredit;
    }),
  );
}

/**
 * Checks a stored AK record: its shape (strict: an unknown key is an issue), its months in order, and its
 * `angkaKredit` against the record's own koefisien, persentase and months (`angka-kredit-tidak-cocok` otherwise),
 * through the one formula of {@link angkaKredit}: a record made under 2024 rules keeps its value whatever the rules
 * are today. Returns the record, frozen, or every issue.
 *
 * @param input - Anything: a stored record.
 * @returns The record, frozen, or a failed result with `skema-tidak-valid`, `periode-terbalik` or
 *   `angka-kredit-tidak-cocok`.
 * @category Penilaian
 * @example
 * const r = createRekamAngkaKredit({ tahun: 2024, bulanMulai: 1, bulanAkhir: 6, jenjang: 'ahli-muda', predikat: 'sangat-baik' });
 * validateRekamAngkaKredit(r).success;                             //=> true
 * validateRekamAngkaKredit({ ...r, angkaKredit: '99' }).success;  //=> false
 */
export function validateRekamAngkaKredit(input: unknown): Result<RekamAngkaKredit> {
  // A frozen record this library built or checked before is valid as it is (it cannot have changed since).
  if (isRekamTerperiksa(input)) return ok(input);
  const bentuk = parseSalinan(RekamAngkaKreditSchema, input);
  if (!bentuk.success) return fail(fromZodIssues(bentuk.error.issues));
  const r = bentuk.data;
  if (r.bulanAkhir < r.bulanMulai) {
    return fail([
      issueOf(
        'periode-terbalik',
        ['bulanAkhir'],
        `Bulan ${r.bulanMulai}..${r.bulanAkhir} terbalik.`,
        `Months ${r.bulanMulai}..${r.bulanAkhir} are reversed.`,
      ),
    ]);
  }
  const hitung = safely(() =>
    angkaKredit({
      jenjang: r.jenjang,
      predikat: r.predikat,
      bulan: r.bulanAkhir - r.bulanMulai + 1,
      ketentuan: {
        jenjang: [{ kode: r.jenjang, koefisienTahunan: r.koefisienTahunan }],
        predikat: [{ kode: r.predikat, persentase: r.persentase }],
      },
    }),
  );
  if (!hitung.success) return fail(prefixIssues(hitung.issues, ['koefisienTahunan']));
  if (!hitung.data.equals(r.angkaKredit)) {
    return fail([
      issueOf(
        'angka-kredit-tidak-cocok',
        ['angkaKredit'],
        `Angka kredit ${r.angkaKredit} tidak cocok dengan koefisien × persentase × bulan = ${hitung.data.toJSON()}.`,
        `Angka kredit ${r.angkaKredit} does not match koefisien × persentase × bulan = ${hitung.data.toJSON()}.`,
      ),
    ]);
  }
  return ok(tandaiRekam(r));
}

// AK records known to be valid: built by createRekamAngkaKredit or returned by validateRekamAngkaKredit, and frozen
// (so nobody can change them afterwards). A memo, not state: membership only spares a second check of the same value.
const TERPERIKSA = new WeakSet<object>();

/**
 * Marks a frozen, checked AK record and returns it.
 */
function tandaiRekam(r: RekamAngkaKredit): RekamAngkaKredit {
  if (Object.isFrozen(r)) TERPERIKSA.add(r);
  return r;
}

/**
 * Whether a value is an AK record marked by {@link tandaiRekam}.
 */
function isRekamTerperiksa(value: unknown): value is RekamAngkaKredit {
  return value !== null && typeof value === 'object' && TERPERIKSA.has(value);
}
