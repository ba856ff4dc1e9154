import { bahasaDari } from '../core/opsi';
import type { OpsiBahasa } from '../core/issue';
import { periksaObjek, periksaTeks } from '../core/periksa';
import { findEntri } from '../core/entri';
import type { Golongan, Jenjang, Predikat } from './kode';
import { KETENTUAN_2026 } from './ketentuan-2026';
import { ketentuanBerlakuOpsional, type OpsiKetentuan } from './opsi-ketentuan';
import type { Entri, EntriGolongan, EntriJenjang, EntriPredikat } from './types';

/**
 * The jenjang entry (with its koefisien tahunan) of a rule set.
 *
 * @param kode - The jenjang's code.
 * @param opsi - `ketentuan`: the rule set (default: the latest built-in one; the koefisien are the same in every
 *   built-in rule set).
 * @returns The entry; throws `KinerjaError` `kode-tidak-dikenal` for an unknown code.
 * @category Ketentuan
 * @example
 * getJenjang('ahli-muda').koefisienTahunan; //=> '25'
 */
export function getJenjang(kode: Jenjang, opsi?: OpsiKetentuan): EntriJenjang {
  return findEntri((ketentuanBerlakuOpsional(opsi, 'getJenjang') ?? KETENTUAN_2026).jenjang, kode, 'jenjang');
}

/**
 * The predikat entry (with its persentase) of a rule set.
 *
 * @param kode - The predikat's code.
 * @param opsi - `ketentuan`: the rule set (default: the latest built-in one; the percentages are the same in every
 *   built-in rule set).
 * @returns The entry; throws `KinerjaError` `kode-tidak-dikenal` for an unknown code.
 * @category Ketentuan
 * @example
 * getPredikat('sangat-baik').persentase; //=> 150
 */
export function getPredikat(kode: Predikat, opsi?: OpsiKetentuan): EntriPredikat {
  return findEntri((ketentuanBerlakuOpsional(opsi, 'getPredikat') ?? KETENTUAN_2026).predikat, kode, 'predikat');
}

/**
 * The golongan entry (pangkat, jenjang, AK for the next pangkat and jenjang) of a rule set.
 *
 * @param kode - The golongan's code (`'III/c'`).
 * @param opsi - `ketentuan`: the rule set (default: the latest built-in one).
 * @returns The entry; throws `KinerjaError` `kode-tidak-dikenal` for an unknown code.
 * @category Ketentuan
 * @example
 * getGolongan('III/c').pangkat; //=> 'Penata'
 */
export function getGolongan(kode: Golongan, opsi?: OpsiKetentuan): EntriGolongan {
  return findEntri((ketentuanBerlakuOpsional(opsi, 'getGolongan') ?? KETENTUAN_2026).golongan, kode, 'golongan');
}

/**
 * The display label of any entry, in Bahasa Indonesia (default) or English.
 *
 * @param entri - Any entry with `label` and `labelEn`.
 * @param opsi - `bahasa`: `'id'` (default) or `'en'`.
 * @returns The label in that language.
 * @category Ketentuan
 * @example
 * formatLabel(getPredikat('butuh-perbaikan'));       //=> 'Butuh Perbaikan'
 * formatLabel(getPredikat('butuh-perbaikan'), { bahasa: 'en' }); //=> 'Needs improvement'
 */
export function formatLabel(entri: Pick<Entri, 'label' | 'labelEn'>, opsi?: OpsiBahasa): string {
  periksaObjek(entri, 'entri');
  const label = bahasaDari(opsi, 'formatLabel') === 'en' ? entri.labelEn : entri.label;
  if (typeof label !== 'string') periksaTeks(label, 'entri.label');
  return label;
}
