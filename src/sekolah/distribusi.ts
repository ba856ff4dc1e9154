import { formatNilai, KinerjaError } from '../core/error';
import { PREDIKAT, type Predikat, type PredikatOrganisasi } from '../ketentuan/kode';
import { daftarDari, periksaObjek } from '../core/periksa';
import type { BatasanDistribusi } from '../ketentuan/types';
import type { PredikatTampil } from '../penilaian/tampil';
import { ketentuanWajib, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';

/**
 * How the predikat of a school or dinas are distributed: counts of the shown predikat, and how many are held back
 * (`tertahan`) or not set yet (`belum`).
 *
 * @category Sekolah
 * @example
 * distribusiPredikat([{ status: 'ditampilkan', predikat: 'baik' }, null]); //=> { jumlah: { 'sangat-baik': 0, baik: 1, … }, total: 1, tertahan: 0, belum: 1 }
 */
export interface DistribusiPredikat {
  /** How many pegawai have each predikat. */
  readonly jumlah: { readonly [P in Predikat]: number };
  /** Pegawai with a shown predikat: the sum of `jumlah`. */
  readonly total: number;
  /** How many predikat are held back (`tertahan`, not shown). */
  readonly tertahan: number;
  /** How many have no predikat yet. */
  readonly belum: number;
}

/**
 * Counts the predikat of many pegawai in one pass (only shown predikat count toward `jumlah`).
 *
 * @param predikat - Each pegawai's predikat as shown (`null` or `undefined` when not set).
 * @returns The counts.
 * @category Sekolah
 * @example
 * distribusiPredikat([{ status: 'ditampilkan', predikat: 'baik' }]).jumlah.baik; //=> 1
 */
export function distribusiPredikat(predikat: readonly (PredikatTampil | null | undefined)[]): DistribusiPredikat {
  const jumlah = Object.fromEntries(PREDIKAT.map((p) => [p, 0])) as Record<Predikat, number>;
  let total = 0;
  let tertahan = 0;
  let belum = 0;
  for (const p of daftarDari(predikat, 'predikat')) {
    if (p == null) belum += 1;
    else if (typeof p !== 'object' || !(p.predikat in jumlah)) periksaObjek(null, 'predikat[]');
    else if (p.status === 'tertahan') tertahan += 1;
    else {
      jumlah[p.predikat] += 1;
      total += 1;
    }
  }
  return Object.freeze({ jumlah: Object.freeze(jumlah), total, tertahan, belum });
}

/**
 * A broken constraint of the pola distribusi, and by how many pegawai (`selisih`: to move in or out of the group).
 *
 * @category Sekolah
 * @example
 * const p: PelanggaranDistribusi = { batasan: { predikat: ['baik'], maksPersen: 70 }, jumlah: 8, batasJumlah: 7, selisih: 1, jenis: 'melebihi', message: '…', messageEn: '…' };
 */
export interface PelanggaranDistribusi {
  /** The bound that is not met. */
  readonly batasan: BatasanDistribusi;
  /** Whether the school has too many (`melebihi`) or too few (`kurang`). */
  readonly jenis: 'melebihi' | 'kurang';
  /** Pegawai in the group now. */
  readonly jumlah: number;
  /** The most (for `melebihi`) or fewest (for `kurang`) pegawai the constraint allows. */
  readonly batasJumlah: number;
  /** How many pegawai too many or too few. */
  readonly selisih: number;
  /** What is wrong, in Bahasa Indonesia. */
  readonly message: string;
  /** What is wrong, in English. */
  readonly messageEn: string;
}

/**
 * Checks a distribution against the pola distribusi of the organisation's own predikat (PermenPANRB 6/2022; the
 * percentages are a sourced policy of the rule set, see `docs/ketentuan.md`). Percentages are checked in integers:
 * at most `maksPersen`% means at most ⌊maks × total / 100⌋ pegawai; at least `minPersen`% means at least
 * ⌈min × total / 100⌉.
 *
 * @param distribusi - The counts from {@link distribusiPredikat}.
 * @param predikatOrganisasi - The organisation's own predikat.
 * @param opsi - `ketentuan`: the rule set (required).
 * @returns Whether it fits and every bound broken; throws `KinerjaError` `kode-tidak-dikenal` for an unknown predikat
 *   organisasi.
 * @category Sekolah
 * @example
 * const distribusi = distribusiPredikat([{ status: 'ditampilkan', predikat: 'baik' }, { status: 'ditampilkan', predikat: 'sangat-baik' }]);
 * const r = pelanggaranDistribusi(distribusi, 'baik', { ketentuan: KETENTUAN_2026 });
 * r.sesuai; //=> false
 * r.pelanggaran[0]?.selisih; //=> 1
 */
export function pelanggaranDistribusi(
  distribusi: DistribusiPredikat,
  predikatOrganisasi: PredikatOrganisasi,
  opsi: OpsiKetentuan,
): { readonly sesuai: boolean; readonly pelanggaran: readonly PelanggaranDistribusi[] } {
  periksaObjek(distribusi, 'distribusi');
  const ketentuan = ketentuanWajib(opsi, 'pelanggaranDistribusi');
  periksaObjek(distribusi.jumlah, 'distribusi.jumlah');
  const out: PelanggaranDistribusi[] = [];
  const n = distribusi.total;
  const pola =
    typeof predikatOrganisasi === 'string' &&
    Object.prototype.hasOwnProperty.call(ketentuan.polaDistribusi, predikatOrganisasi)
      ? ketentuan.polaDistribusi[predikatOrganisasi]
      : undefined;
  if (pola === undefined)
    throw new KinerjaError(
      'kode-tidak-dikenal',
      `Predikat organisasi tidak dikenal: ${formatNilai(predikatOrganisasi)}.`,
      `Unknown organisation predikat: ${formatNilai(predikatOrganisasi)}.`,
    );
  for (const b of pola) {
    const jumlah = b.predikat.reduce(
      (a, p) => a + (Number.isSafeInteger(distribusi.jumlah[p]) ? distribusi.jumlah[p] : 0),
      0,
    );
    const nama = b.predikat.join('/');
    if (b.maksPersen !== undefined) {
      const maks = Math.floor((b.maksPersen * n) / 100);
      if (jumlah > maks) {
        out.push(
          Object.freeze({
            batasan: b,
            jenis: 'melebihi' as const,
            jumlah,
            batasJumlah: maks,
            selisih: jumlah - maks,
            message: `${nama}: ${jumlah} pegawai, paling banyak ${b.maksPersen}% (${maks}); lebih ${jumlah - maks}.`,
            messageEn: `${nama}: ${jumlah} pegawai, at most ${b.maksPersen}% (${maks}); ${jumlah - maks} too many.`,
          }),
        );
      }
    }
    const minimum = Math.max(b.minPersen === undefined ? 0 : Math.ceil((b.minPersen * n) / 100), b.minJumlah ?? 0);
    if (jumlah < minimum) {
      out.push(
        Object.freeze({
          batasan: b,
          jenis: 'kurang' as const,
          jumlah,
          batasJumlah: minimum,
          selisih: minimum - jumlah,
          message: `${nama}: ${jumlah} pegawai, paling sedikit ${minimum}; kurang ${minimum - jumlah}.`,
          messageEn: `${nama}: ${jumlah} pegawai, at least ${minimum}; ${minimum - jumlah} short.`,
        }),
      );
    }
  }
  return Object.freeze({ sesuai: out.length === 0, pelanggaran: Object.freeze(out) });
}
