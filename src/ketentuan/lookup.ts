import { formatNilai, KinerjaError } from '../core/error';
import { periksaObjek } from '../core/periksa';
import type { Golongan, Jenjang, Predikat } from './kode';
import { KETENTUAN_2024 } from './ketentuan-2024';
import type { Entri, EntriGolongan, EntriJenjang, EntriPredikat, Ketentuan } from './types';

/**
 * The entry of `list` with the code `kode`; throws {@link KinerjaError} `kode-tidak-dikenal` naming `kategori`.
 *
 * @category Ketentuan
 * @example
 * findEntri(KETENTUAN_2024.predikat, 'baik', 'predikat').persentase; //=> 100
 */
export function findEntri<E extends { readonly kode: string }>(list: readonly E[], kode: unknown, kategori: string): E {
  if (typeof kode === 'string') {
    if (Array.isArray(list)) for (const e of list) if (e !== null && typeof e === 'object' && e.kode === kode) return e;
  }
  const shown = formatNilai(kode);
  const known = (Array.isArray(list) ? list : []).map((e) => (typeof e?.kode === 'string' ? e.kode : '?')).join(', ');
  throw new KinerjaError('kode-tidak-dikenal', `Kode ${kategori} tidak dikenal: ${shown} (${known}).`, `Unknown ${kategori} code: ${shown} (${known}).`);
}

/**
 * The jenjang entry (with its koefisien tahunan) of a rule set.
 *
 * @category Ketentuan
 * @example
 * getJenjang('ahli-muda').koefisienTahunan; //=> '25'
 */
export function getJenjang(kode: Jenjang, ketentuan: Ketentuan = KETENTUAN_2024): EntriJenjang {
  return findEntri(ketentuan.jenjang, kode, 'jenjang');
}

/**
 * The predikat entry (with its persentase) of a rule set.
 *
 * @category Ketentuan
 * @example
 * getPredikat('sangat-baik').persentase; //=> 150
 */
export function getPredikat(kode: Predikat, ketentuan: Ketentuan = KETENTUAN_2024): EntriPredikat {
  return findEntri(ketentuan.predikat, kode, 'predikat');
}

/**
 * The golongan entry (pangkat, jenjang, AK for the next pangkat and jenjang) of a rule set.
 *
 * @category Ketentuan
 * @example
 * getGolongan('III/c').pangkat; //=> 'Penata'
 */
export function getGolongan(kode: Golongan, ketentuan: Ketentuan = KETENTUAN_2024): EntriGolongan {
  return findEntri(ketentuan.golongan, kode, 'golongan');
}

/**
 * The display label of any entry, in Bahasa Indonesia (default) or English.
 *
 * @category Ketentuan
 * @example
 * labelOf(getPredikat('butuh-perbaikan'));       //=> 'Butuh Perbaikan'
 * labelOf(getPredikat('butuh-perbaikan'), 'en'); //=> 'Needs improvement'
 */
export function labelOf(entri: Pick<Entri, 'label' | 'labelEn'>, bahasa: 'id' | 'en' = 'id'): string {
  periksaObjek(entri, 'entri');
  return bahasa === 'en' ? entri.labelEn : entri.label;
}
