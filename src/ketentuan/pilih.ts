import { formatNilai, KinerjaError } from '../core/error';
import { createIssue } from '../core/issue';
import { fail, ok, safely, type Result } from '../core/result';
import { KETENTUAN_2024 } from './ketentuan-2024';
import { KETENTUAN_2025 } from './ketentuan-2025';
import { KETENTUAN_2026 } from './ketentuan-2026';
import type { Periode } from './periode';
import type { Ketentuan } from './types';

/**
 * The built-in rule sets, oldest first.
 *
 * @category Ketentuan
 * @example
 * SEMUA_KETENTUAN.map((k) => k.id); //=> ['2024', '2025', '2026']
 */
export const SEMUA_KETENTUAN: readonly Ketentuan[] = /* @__PURE__ */ (() => Object.freeze([KETENTUAN_2024, KETENTUAN_2025, KETENTUAN_2026]))();

/**
 * A rule set by id (from `daftar`, default the built-in ones); throws {@link KinerjaError} `kode-tidak-dikenal`.
 *
 * @category Ketentuan
 * @example
 * getKetentuan('2025').periode.jenis; //=> 'tahunan'
 */
export function getKetentuan(id: string, daftar: readonly Ketentuan[] = SEMUA_KETENTUAN): Ketentuan {
  const k = daftar.find((x) => x.id === id);
  if (k === undefined) {
    throw new KinerjaError('kode-tidak-dikenal', `Ketentuan ${formatNilai(id)} tidak dikenal.`, `Unknown rule set ${formatNilai(id)}.`);
  }
  return k;
}

/**
 * The rule set in force for a period or a date: the latest of `daftar` whose `berlakuMulai` is on or before the date
 * (a period counts from 1 January of its year). Total from 2024-01-01 on; throws {@link KinerjaError}
 * `argumen-tidak-valid` for an earlier date, a malformed input, or a period the chosen rule set does not have
 * (`{ tahun: 2026, ke: 2 }`: 2026 has one period).
 *
 * @category Ketentuan
 * @example
 * ketentuanUntuk({ tahun: 2024, ke: 2 }).id; //=> '2024'
 * ketentuanUntuk('2026-03-01').id;          //=> '2026'
 */
export function ketentuanUntuk(periode: Periode | string, daftar: readonly Ketentuan[] = SEMUA_KETENTUAN): Ketentuan {
  const tanggal =
    typeof periode === 'string'
      ? /^\d{4}-\d{2}(-\d{2})?$/.test(periode)
        ? periode.length === 7
          ? `${periode}-01`
          : periode
        : null
      : periode !== null && typeof periode === 'object' && Number.isInteger(periode.tahun)
        ? `${String(periode.tahun).padStart(4, '0')}-01-01`
        : null;
  if (tanggal === null) {
    throw new KinerjaError('argumen-tidak-valid', 'Berikan periode { tahun, ke } atau tanggal yyyy-mm-dd.', 'Give a period { tahun, ke } or a yyyy-mm-dd date.');
  }
  let pilihan: Ketentuan | undefined;
  for (const k of daftar) if (k.berlakuMulai <= tanggal && (pilihan === undefined || k.berlakuMulai >= pilihan.berlakuMulai)) pilihan = k;
  if (pilihan === undefined) {
    throw new KinerjaError('argumen-tidak-valid', `Tidak ada ketentuan yang berlaku pada ${tanggal}.`, `No rule set is in force on ${tanggal}.`);
  }
  if (typeof periode !== 'string' && !(Number.isInteger(periode.ke) && periode.ke >= 1 && periode.ke <= pilihan.periode.rentangBulan.length)) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      `Ketentuan ${pilihan.id} hanya punya ${pilihan.periode.rentangBulan.length} periode setahun, bukan ke-${formatNilai(periode.ke)}.`,
      `Rule set ${pilihan.id} has ${pilihan.periode.rentangBulan.length} period(s) a year, not number ${formatNilai(periode.ke)}.`,
    );
  }
  return pilihan;
}

/**
 * The rule set a plan was made under (its `ketentuan` id among `daftar`), else the one in force for its period.
 *
 * @category Ketentuan
 * @example
 * ketentuanRencana({ ketentuan: '2024', periode: { tahun: 2024, ke: 1 } }).id; //=> '2024'
 */
export function ketentuanRencana(
  rencana: { readonly ketentuan: string; readonly periode: Periode },
  daftar: readonly Ketentuan[] = SEMUA_KETENTUAN,
): Ketentuan {
  return daftar.find((k) => k.id === rencana.ketentuan) ?? ketentuanUntuk(rencana.periode, daftar);
}

/**
 * {@link ketentuanRencana} as a {@link Result} (`periode-tidak-ada` at `periode` instead of a throw), for the
 * functions that must never throw.
 *
 * @category Ketentuan
 * @example
 * safeKetentuanRencana({ ketentuan: 'x', periode: { tahun: 1999, ke: 1 } }).success; //=> false
 */
export function safeKetentuanRencana(
  rencana: { readonly ketentuan: string; readonly periode: Periode },
  ketentuan?: Ketentuan,
): Result<Ketentuan> {
  if (ketentuan !== undefined) return ok(ketentuan);
  const r = safely(() => ketentuanRencana(rencana));
  return r.success ? r : fail(r.issues.map((i) => createIssue('periode-tidak-ada', ['periode'], i.message, i.messageEn)));
}
