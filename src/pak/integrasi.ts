import { Desimal, type DesimalInput } from '../core/desimal';
import { issueOf } from '../core/issue';
import { fail, ok, safely, type Result } from '../core/result';
import { periksaObjek } from '../core/periksa';
import { findEntri } from '../core/entri';
import type { Golongan, Jenjang } from '../ketentuan/kode';
import { KETENTUAN_2026 } from '../ketentuan/ketentuan-2026';
import { ketentuanBerlakuOpsional, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';

/**
 * The input of {@link angkaKreditIntegrasi}: the golongan on 31 December 2022, the cumulative conventional AK up to
 * that day, and, where the first appointment's golongan makes it differ, the nilai dasar (default the jenjang's).
 *
 * @category PAK
 * @example
 * const input: InputIntegrasi = { golongan: 'IV/b', akKumulatif: '550.63' };
 */
export interface InputIntegrasi {
  /** The golongan ruang on the day of integration. */
  readonly golongan: Golongan;
  /** The cumulative angka kredit before integration (exact decimal). */
  readonly akKumulatif: DesimalInput;
  /** The AK Dasar of the golongan, when it is not the rule set's. */
  readonly nilaiDasar?: DesimalInput;
}

/**
 * A PAK Integrasi figure: the inputs as used and the exact AK Integrasi within the golongan's range.
 *
 * @category PAK
 * @example
 * const h: HasilIntegrasi = unwrap(angkaKreditIntegrasi({ golongan: 'III/a', akKumulatif: '125' }));
 * h.akIntegrasi; //=> '25'
 */
export interface HasilIntegrasi {
  /** The golongan ruang it was computed for. */
  readonly golongan: Golongan;
  /** The jenjang that golongan belongs to. */
  readonly jenjang: Jenjang;
  /** The cumulative angka kredit before integration, as an exact decimal string. */
  readonly akKumulatif: string;
  /** The AK Dasar used, as an exact decimal string. */
  readonly nilaiDasar: string;
  /** `akKumulatif − nilaiDasar`, exact (`toJSON` form). */
  readonly akIntegrasi: string;
  /** The golongan's range, `[min, max]` inclusive. */
  readonly rentang: readonly [string, string];
}

/**
 * PAK Integrasi of conventional angka kredit (up to 31 December 2022) into the new system: `AK Integrasi = AK
 * kumulatif konvensional − nilai dasar` (BKN), exact, with the nilai dasar of the golongan's jenjang unless given. A
 * result outside the golongan's range is the issue `integrasi-di-luar-rentang` (the sources give no number there:
 * never a clamp); a golongan without a range (IV/e) is `integrasi-tanpa-rentang`. The figures are the same in every
 * built-in rule set (`integrasiAk`; the nilai dasar and ranges are marked as retold, medium).
 *
 * @param input - The golongan, the cumulative AK and optionally the nilai dasar.
 * @param opsi - `ketentuan`: the rule set (default: the latest built-in one).
 * @returns The AK Integrasi, or a failed result with `skema-tidak-valid`, `integrasi-tanpa-rentang` or
 *   `integrasi-di-luar-rentang`.
 * @category PAK
 * @example
 * const r = angkaKreditIntegrasi({ golongan: 'IV/b', akKumulatif: '550.63' }); // the BKN form's worked case
 * r.success && r.data.akIntegrasi; //=> '150.63'
 * angkaKreditIntegrasi({ golongan: 'III/a', akKumulatif: '180' }).success; //=> false
 */
export function angkaKreditIntegrasi(input: InputIntegrasi, opsi?: OpsiKetentuan): Result<HasilIntegrasi> {
  const awal = safely(() => {
    periksaObjek(input, 'input');
    const k = ketentuanBerlakuOpsional(opsi, 'angkaKreditIntegrasi') ?? KETENTUAN_2026;
    const golongan = findEntri(k.golongan, input.golongan, 'golongan');
    const akKumulatif = Desimal.from(input.akKumulatif);
    const nilaiDasar = Desimal.from(input.nilaiDasar ?? k.integrasiAk.nilaiDasar[golongan.jenjang]);
    return { k, golongan, akKumulatif, nilaiDasar };
  });
  if (!awal.success) return awal;
  const { k, golongan, akKumulatif, nilaiDasar } = awal.data;
  const rentang = k.integrasiAk.rentang[golongan.kode];
  if (rentang === null) {
    return fail([
      issueOf(
        'integrasi-tanpa-rentang',
        ['golongan'],
        `Golongan ${golongan.kode} tidak punya rentang AK Integrasi menurut ketentuan ${k.id}.`,
        `Golongan ${golongan.kode} has no AK Integrasi range under rule set ${k.id}.`,
      ),
    ]);
  }
  const akIntegrasi = akKumulatif.minus(nilaiDasar);
  if (akIntegrasi.compare(rentang[0]) < 0 || akIntegrasi.compare(rentang[1]) > 0) {
    const nilai = akIntegrasi.toJSON();
    return fail([
      issueOf(
        'integrasi-di-luar-rentang',
        ['akKumulatif'],
        `AK Integrasi ${komaAk(nilai)} (= ${komaAk(akKumulatif.toJSON())} − ${komaAk(nilaiDasar.toJSON())}) di luar rentang golongan ${golongan.kode}, ${rentang[0]}–${rentang[1]}: tidak ada tindak lanjut AK Integrasi.`,
        `AK Integrasi ${nilai} (= ${akKumulatif.toJSON()} − ${nilaiDasar.toJSON()}) lies outside golongan ${golongan.kode}'s range ${rentang[0]}–${rentang[1]}: no AK Integrasi follows.`,
        { akIntegrasi: nilai, min: rentang[0], maks: rentang[1] },
      ),
    ]);
  }
  return ok(
    Object.freeze({
      golongan: golongan.kode,
      jenjang: golongan.jenjang,
      akKumulatif: akKumulatif.toJSON(),
      nilaiDasar: nilaiDasar.toJSON(),
      akIntegrasi: akIntegrasi.toJSON(),
      rentang: Object.freeze([rentang[0], rentang[1]] as const),
    }),
  );
}

/** An exact AK as an Indonesian message writes it: the decimal comma, every digit kept (`-87.655` → `-87,655`), so
 * that the sum a message shows adds up. The English message keeps the point. */
const komaAk = (ak: string): string => ak.replace('.', ',');
