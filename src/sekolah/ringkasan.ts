import { Desimal, sumDesimal } from '../core/desimal';
import { daftarDari, periksaObjek } from '../core/periksa';
import type { DataPegawaiSekolah } from './progres';

/**
 * Points and angka kredit per pegawai and in total, exact. Points are a rule of 2024 only: a pegawai whose period's
 * rule set has none (2025 on) has `poin: null` and adds nothing to `totalPoin`, which sums the points of those whose
 * rule set has them (0 when none has).
 *
 * @category Sekolah
 * @example
 * const r = ringkasanAngkaKredit([{ id: 'p-1', nama: 'Ani' }]);
 * r.perPegawai; //=> [{ id: 'p-1', nama: 'Ani', poin: null, angkaKredit: null }]
 * String(r.totalAngkaKredit); //=> '0'
 */
export interface RingkasanAngkaKredit {
  /** Each pegawai's points and angka kredit. */
  readonly perPegawai: readonly {
    readonly id: string;
    readonly nama: string;
    readonly poin: number | null;
    readonly angkaKredit: string | null;
  }[];
  /** The points of all plans. */
  readonly totalPoin: number;
  /** The angka kredit of all pegawai (exact). */
  readonly totalAngkaKredit: Desimal;
}

/**
 * Sums points (integers) and angka kredit (exact) over many pegawai in one pass, from their {@link HasilPenilaianPeriode}.
 * Pegawai without a result count as `null` and add nothing.
 *
 * @param pegawai - Each pegawai's data.
 * @returns The per-pegawai and total points and angka kredit.
 * @category Sekolah
 * @example
 * ringkasanAngkaKredit([]).totalPoin; //=> 0
 */
export function ringkasanAngkaKredit(pegawai: readonly DataPegawaiSekolah[]): RingkasanAngkaKredit {
  let totalPoin = 0;
  const ak: string[] = [];
  const perPegawai = daftarDari(pegawai, 'pegawai').map((p) => {
    periksaObjek(p, 'pegawai[]');
    const poin = p.hasil?.poin.totalPoin ?? null;
    const angka = p.hasil?.angkaKredit?.angkaKredit ?? null;
    if (poin !== null) totalPoin += poin;
    if (angka !== null) ak.push(angka);
    return Object.freeze({ id: p.id, nama: p.nama, poin, angkaKredit: angka });
  });
  return Object.freeze({
    perPegawai: Object.freeze(perPegawai),
    totalPoin,
    totalAngkaKredit: ak.length === 0 ? Desimal.from(0) : sumDesimal(ak),
  });
}
