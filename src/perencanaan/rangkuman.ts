import { cariKode } from '../core/entri';
import { ASPEK_BERAKHLAK, type AspekBerakhlak } from '../ketentuan/kode';
import { periksaRencana } from './rencana';
import { periksaObjek } from '../core/periksa';
import { ketentuanRencana } from '../ketentuan/pilih';
import type { KegiatanRhk, Ketentuan } from '../ketentuan/types';
import type { RencanaKinerja } from './rencana';
import { ketentuanOpsional, ketentuanWajib, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';

/**
 * One RHK line of the {@link Rangkuman}: its points, or `null` where the activity is not in the catalogue or the
 * kuantitas is not a positive integer (such lines count for nothing; {@link validateRencana} reports them), and under
 * a rule set without points (2025 on).
 *
 * @category Perencanaan
 * @example
 * const line: RangkumanRhk = { id: 'rhk-1', kegiatan: 'pelatihan-mandiri', poinPerSatuan: 8, kuantitas: 2, poin: 16 };
 */
export interface RangkumanRhk {
  /** The RHK's id. */
  readonly id: string;
  /** The activity's code. */
  readonly kegiatan: string;
  /** The points of one unit, or `null` where the activity has none. */
  readonly poinPerSatuan: number | null;
  /** How many units the plan commits to. */
  readonly kuantitas: number;
  /** The RHK's points (units × points per unit), or `null` where it has none. */
  readonly poin: number | null;
}

/**
 * Where a plan's points stand against the rule set: below the minimum, within the bounds ("Sudah memenuhi
 * ekspektasi"), above the maximum, or not required by the rule set.
 *
 * @category Perencanaan
 * @example
 * const s: StatusPoin = 'memenuhi-ekspektasi';
 */
export type StatusPoin = 'belum-memenuhi' | 'memenuhi-ekspektasi' | 'melebihi-maksimum' | 'tidak-diwajibkan';

/**
 * The Rangkuman of a plan: points per RHK and in total, where the total stands, and what is still missing. Points
 * are a rule of 2024 only (32 to 128 per semester); a plan under a rule set without points (2025 on) has
 * `totalPoin: null`, every RHK's `poin` and `poinPerSatuan` `null`, and `statusPoin: 'tidak-diwajibkan'`.
 *
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2024, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * rangkumanRencana(rencana).totalPoin; //=> 32
 */
export interface Rangkuman {
  /** The summary of each RHK. */
  readonly rhk: readonly RangkumanRhk[];
  /** The sum of the RHK's points; `null` under a rule set without points (2025 on), where none are counted. */
  readonly totalPoin: number | null;
  /** Where the total stands; `tidak-diwajibkan` under a rule set without points, or with points not required. */
  readonly statusPoin: StatusPoin;
  /** Points still missing to reach the minimum (0 when reached). */
  readonly kurangPoin: number;
  /** Points above the maximum (0 when within). */
  readonly lebihPoin: number;
  /** Whether exactly one indicator is chosen. */
  readonly indikatorLengkap: boolean;
  /** The BERAKHLAK aspects with no fokus perilaku yet. */
  readonly perilakuBelumDiisi: readonly AspekBerakhlak[];
  /** The dokumen akuntabilitas not collected yet. */
  readonly dokumenBelumTerkumpul: readonly string[];
}

/**
 * The points of one RHK line under a rule set, or `null` (unknown activity, a kuantitas that is not a positive
 * integer, or a rule set without points: 2025 and 2026). The rule set is required: points exist in 2024 only.
 *
 * @param rhk - The activity code and kuantitas.
 * @param opsi - `ketentuan`: the rule set (required).
 * @returns The points, or `null` (never a failure).
 * @category Perencanaan
 * @example
 * poinRhk({ kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 }, { ketentuan: KETENTUAN_2024 }); //=> 16
 * poinRhk({ kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 }, { ketentuan: KETENTUAN_2026 }); //=> null
 */
export function poinRhk(
  rhk: { readonly kegiatan: string; readonly kuantitas: number },
  opsi: OpsiKetentuan,
): number | null {
  periksaObjek(rhk, 'rhk');
  const ketentuan = ketentuanWajib(opsi, 'poinRhk');
  if (ketentuan.poin === null) return null;
  return poinDari(cariKode(ketentuan.katalogRhk, rhk.kegiatan), rhk.kuantitas);
}

/**
 * Points of `kuantitas` units of a catalogue activity: `null` for an unknown activity or a kuantitas that is not a
 * positive integer.
 *
 * @internal
 */
export function poinDari(item: KegiatanRhk | undefined, kuantitas: number): number | null {
  return item === undefined || !Number.isSafeInteger(kuantitas) || kuantitas <= 0 ? null : item.poin * kuantitas;
}

/** A fokus perilaku written: a text with more than spaces (anything else in a plan read from elsewhere is not one). */
const diisi = (fokus: unknown): boolean => typeof fokus === 'string' && fokus.trim() !== '';

/**
 * Summarizes a plan (the Rangkuman step): points per RHK and in total (integers, summed exactly), the status of the
 * total against the rule set's bounds, and what is missing.
 *
 * @param rencana - The plan.
 * @param opsi - `ketentuan`: the rule set (default: the plan's).
 * @returns The summary; throws `KinerjaError` `argumen-tidak-valid` for a value that is not a plan,
 *   `kode-tidak-dikenal` for an unknown rule set.
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2024, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * const s = rangkumanRencana(rencana); // pelatihan mandiri × 2 + observasi rekan sejawat × 2
 * s.totalPoin;  //=> 32
 * s.statusPoin; //=> 'memenuhi-ekspektasi'
 */
export function rangkumanRencana(rencana: RencanaKinerja, opsi?: OpsiKetentuan): Rangkuman {
  periksaRencana(rencana);
  const k = ketentuanOpsional(opsi, 'rangkumanRencana') ?? ketentuanRencana(rencana);
  // Points exist only in a rule set that has them (2024): otherwise no line counts any, and the total is null.
  const berpoin = k.poin !== null;
  let totalPoin = 0;
  const rhk = rencana.rhk.map((x) => {
    const item = berpoin ? cariKode(k.katalogRhk, x.kegiatan) : undefined;
    const poin = berpoin ? poinDari(item, x.kuantitas) : null;
    if (poin !== null) totalPoin += poin;
    return Object.freeze({
      id: x.id,
      kegiatan: x.kegiatan,
      poinPerSatuan: item?.poin ?? null,
      kuantitas: x.kuantitas,
      poin,
    });
  });
  const status = statusPoinDari(totalPoin, k);
  return Object.freeze({
    rhk: Object.freeze(rhk),
    totalPoin: berpoin ? totalPoin : null,
    ...status,
    indikatorLengkap: rencana.indikatorPraktikKinerja.length === 1,
    perilakuBelumDiisi: Object.freeze(ASPEK_BERAKHLAK.filter((a) => !diisi(rencana.perilaku[a]))),
    dokumenBelumTerkumpul: Object.freeze(
      Object.entries(rencana.dokumenAkuntabilitas)
        .filter(([, ok]) => !ok)
        .map(([kode]) => kode),
    ),
  });
}

/**
 * Where a total of points stands against a rule set's bounds: the status and how many points are missing or over
 * (one rule for {@link rangkumanRencana} and {@link validateRencana}).
 *
 * @internal
 */
export function statusPoinDari(
  totalPoin: number,
  ketentuan: Pick<Ketentuan, 'poin'>,
): { readonly statusPoin: StatusPoin; readonly kurangPoin: number; readonly lebihPoin: number } {
  const aturan = ketentuan.poin;
  if (aturan === null) return { statusPoin: 'tidak-diwajibkan', kurangPoin: 0, lebihPoin: 0 };
  const kurangPoin = Math.max(0, aturan.minimum - totalPoin);
  const lebihPoin = Math.max(0, totalPoin - aturan.maksimum);
  const statusPoin: StatusPoin =
    lebihPoin > 0
      ? 'melebihi-maksimum'
      : kurangPoin > 0
        ? aturan.wajib
          ? 'belum-memenuhi'
          : 'tidak-diwajibkan'
        : 'memenuhi-ekspektasi';
  return { statusPoin, kurangPoin, lebihPoin };
}
