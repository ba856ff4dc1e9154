import { Desimal } from '../core/desimal';
import { periksaDaftar, periksaObjek } from '../core/periksa';
import { KinerjaError } from '../core/error';
import type { Jenjang, Predikat } from '../ketentuan/kode';
import { ATURAN_ANGKA_KREDIT } from '../ketentuan/ketentuan-2024';
import { findEntri } from '../ketentuan/lookup';
import type { AturanAngkaKredit } from '../ketentuan/types';
import { cekBulan } from './angka-kredit';

/**
 * Angka kredit for many pegawai at once, exact and fast: every figure of a rule set is an integer number of
 * `1 / penyebut` (koefisien × 10^d × persentase × bulan, with `penyebut = 1200 × 10^d` where `d` is the number of
 * decimals of the koefisien), so sums are plain integer additions, converted to a {@link Desimal} once at the end.
 *
 * @category Penilaian
 * @example
 * const h = penghitungAngkaKredit();
 * h.satuan('ahli-pertama', 'baik', 2); //=> 25000 (25000 / 12000 = 25/12)
 * String(h.desimal(h.satuan('ahli-muda', 'sangat-baik'))); //=> '37.5'
 */
export interface PenghitungAngkaKredit {
  /** AK = satuan / penyebut. */
  readonly penyebut: number;
  /** The exact AK as an integer count of `1 / penyebut`; throws like {@link angkaKredit} for bad input. */
  satuan(jenjang: Jenjang, predikat: Predikat, bulan?: number): number;
  /** A count of `1 / penyebut` (a sum of {@link PenghitungAngkaKredit.satuan}) as an exact decimal. */
  desimal(satuan: number | bigint): Desimal;
}

/**
 * Builds a {@link PenghitungAngkaKredit} for a rule set (default the 2024 figures, the same in every rule set so far).
 *
 * @category Penilaian
 * @example
 * penghitungAngkaKredit().penyebut; //=> 12000
 */
export function penghitungAngkaKredit(ketentuan: AturanAngkaKredit = ATURAN_ANGKA_KREDIT): PenghitungAngkaKredit {
  let d = 0;
  for (const j of ketentuan.jenjang) d = Math.max(d, (j.koefisienTahunan.split('.')[1] ?? '').length);
  const skala = 10 ** d;
  const penyebut = 1200 * skala;
  const tabel: Record<string, Record<string, number>> = Object.create(null);
  for (const j of ketentuan.jenjang) {
    const koef = Desimal.from(j.koefisienTahunan).times(skala);
    if (koef.penyebut !== 1n) throw new KinerjaError('ketentuan-tidak-valid', `Koefisien ${j.koefisienTahunan} tidak dapat diskalakan.`, `Coefficient ${j.koefisienTahunan} cannot be scaled.`);
    const baris: Record<string, number> = Object.create(null);
    for (const p of ketentuan.predikat) {
      const u = Number(koef.pembilang) * p.persentase;
      if (!Number.isSafeInteger(u * 12)) throw new KinerjaError('ketentuan-tidak-valid', `Koefisien ${j.koefisienTahunan} terlalu besar.`, `Coefficient ${j.koefisienTahunan} is too large.`);
      baris[p.kode] = u;
    }
    tabel[j.kode] = baris;
  }
  const satuan = (jenjang: Jenjang, predikat: Predikat, bulan?: number): number => {
    const u = typeof jenjang === 'string' && typeof predikat === 'string' ? tabel[jenjang]?.[predikat] : undefined;
    if (u === undefined) {
      findEntri(ketentuan.jenjang, jenjang, 'jenjang');
      findEntri(ketentuan.predikat, predikat, 'predikat');
    }
    return (u as number) * (bulan === undefined ? 12 : cekBulan(bulan));
  };
  const desimal = (s: number | bigint): Desimal => Desimal.fraction(typeof s === 'bigint' ? s : BigInt(s), BigInt(penyebut));
  return Object.freeze({ penyebut, satuan, desimal });
}

/**
 * The exact total angka kredit of many items, in one pass over integers (no floating point sum, no drift), switching
 * to bigint if the sum ever leaves the safe-integer range.
 *
 * @category Penilaian
 * @example
 * String(jumlahAngkaKredit([{ jenjang: 'ahli-pertama', predikat: 'baik', bulan: 2 }, { jenjang: 'ahli-pertama', predikat: 'baik', bulan: 10 }])); //=> '12.5'
 */
export function jumlahAngkaKredit(
  items: Iterable<{ readonly jenjang: Jenjang; readonly predikat: Predikat; readonly bulan?: number }>,
  ketentuan?: AturanAngkaKredit,
): Desimal {
  periksaDaftar(items, 'items');
  const h = penghitungAngkaKredit(ketentuan);
  let kecil = 0;
  let besar = 0n;
  for (const x of items) {
    periksaObjek(x, 'item');
    kecil += h.satuan(x.jenjang, x.predikat, x.bulan);
    if (kecil > 2 ** 52) {
      besar += BigInt(kecil);
      kecil = 0;
    }
  }
  return h.desimal(besar + BigInt(kecil));
}
