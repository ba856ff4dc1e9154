import { formatNilai, KinerjaError } from '../core/error';
import { safely, type Result } from '../core/result';
import type { Predikat, Rating } from '../ketentuan/kode';
import { MATRIKS_PREDIKAT } from '../ketentuan/dasar-kinerja-asn';
import type { Ketentuan } from '../ketentuan/types';
import { periksaOpsi } from '../core/opsi';
import { ketentuanBerlakuWajib, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';

function rating(value: unknown, nama: string): Rating {
  if (value === 'di-atas-ekspektasi' || value === 'sesuai-ekspektasi' || value === 'di-bawah-ekspektasi') return value;
  const shown = typeof value === 'string' ? `"${value}"` : typeof value;
  throw new KinerjaError(
    'kode-tidak-dikenal',
    `Rating ${nama} tidak dikenal: ${shown}. Gunakan di-atas-ekspektasi, sesuai-ekspektasi, atau di-bawah-ekspektasi (atau safeParseRating untuk label).`,
    `Unknown ${nama} rating: ${shown}. Use di-atas-ekspektasi, sesuai-ekspektasi or di-bawah-ekspektasi (or safeParseRating for labels).`,
  );
}

/**
 * The predikat kinerja from the rating of hasil kerja and of perilaku kerja, by the PermenPANRB 6/2022 matrix
 * (PermenPANRB 6/2022, kuadran kinerja pegawai). Throws {@link KinerjaError} `kode-tidak-dikenal` for anything but the three rating codes.
 *
 * @param hasilKerja - The rating of hasil kerja.
 * @param perilakuKerja - The rating of perilaku kerja.
 * @param opsi - `ketentuan`: a rule set with its own matrix (default: the built-in one, the same in every built-in rule
 *   set).
 * @returns The predikat; throws `KinerjaError` `kode-tidak-dikenal` for anything but a rating code.
 * @category Penilaian
 * @example
 * predikatKinerja('di-atas-ekspektasi', 'di-atas-ekspektasi');  //=> 'sangat-baik'
 * predikatKinerja('di-atas-ekspektasi', 'di-bawah-ekspektasi'); //=> 'kurang'
 * predikatKinerja('di-bawah-ekspektasi', 'sesuai-ekspektasi');  //=> 'butuh-perbaikan'
 */
export function predikatKinerja(
  hasilKerja: Rating,
  perilakuKerja: Rating,
  opsi?: { readonly ketentuan?: Pick<Ketentuan, 'matriksPredikat'> },
): Predikat {
  const matriks =
    opsi === undefined
      ? MATRIKS_PREDIKAT
      : (periksaOpsi(opsi, 'predikatKinerja', ['ketentuan']).ketentuan ?? { matriksPredikat: MATRIKS_PREDIKAT })
          .matriksPredikat;
  const sel: unknown = matriks?.[rating(hasilKerja, 'hasil kerja')]?.[rating(perilakuKerja, 'perilaku kerja')];
  if (typeof sel !== 'string') {
    throw new KinerjaError(
      'ketentuan-tidak-valid',
      'opsi.ketentuan.matriksPredikat tidak lengkap.',
      'opsi.ketentuan.matriksPredikat is incomplete.',
    );
  }
  return sel as Predikat;
}

/**
 * {@link predikatKinerja} returning a {@link Result} instead of throwing.
 *
 * @param hasilKerja - Anything: the rating of hasil kerja.
 * @param perilakuKerja - Anything: the rating of perilaku kerja.
 * @param opsi - `ketentuan`: a rule set with its own matrix.
 * @returns The predikat, or a failed result with `kode-tidak-dikenal`.
 * @category Penilaian
 * @example
 * safePredikatKinerja('baik' as never, 'sesuai-ekspektasi').success; //=> false
 */
export function safePredikatKinerja(
  hasilKerja: unknown,
  perilakuKerja: unknown,
  opsi?: { readonly ketentuan?: Pick<Ketentuan, 'matriksPredikat'> },
): Result<Predikat> {
  return safely(() => predikatKinerja(hasilKerja as Rating, perilakuKerja as Rating, opsi));
}

/**
 * Suggests the annual predikat of a year with several periodic ones (docs/sumber.md#periode-dan-kalender: the annual evaluation
 * "mempertimbangkan hasil evaluasi kinerja periodik"; the rule is open): by `kebijakan.predikatTahunan`, the latest
 * (`terakhir`, default) or the lowest (`terendah`). Throws {@link KinerjaError} for an empty list or unknown codes.
 *
 * @param periodik - The year's periodic predikat, in order.
 * @param opsi - `ketentuan`: the rule set (required).
 * @returns The suggested predikat; throws `KinerjaError` `argumen-tidak-valid` for an empty list, `kode-tidak-dikenal`
 *   for an unknown predikat.
 * @category Penilaian
 * @example
 * suggestPredikatTahunan(['sangat-baik', 'baik'], { ketentuan: KETENTUAN_2024 }); //=> 'baik'
 */
export function suggestPredikatTahunan(periodik: readonly Predikat[], opsi: OpsiKetentuan): Predikat {
  const ketentuan = ketentuanBerlakuWajib(opsi, 'suggestPredikatTahunan');
  if (!Array.isArray(periodik) || periodik.length === 0) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      'Berikan paling sedikit satu predikat periodik.',
      'Give at least one periodic predikat.',
    );
  }
  const urutan = ketentuan.predikat.map((p) => p.kode);
  for (const p of periodik) {
    if (!urutan.includes(p))
      throw new KinerjaError(
        'kode-tidak-dikenal',
        `Predikat tidak dikenal: ${formatNilai(p)}.`,
        `Unknown predikat: ${formatNilai(p)}.`,
      );
  }
  if (ketentuan.kebijakan.predikatTahunan === 'terakhir') return periodik[periodik.length - 1] as Predikat;
  return periodik.reduce((a, b) => (urutan.indexOf(b) > urutan.indexOf(a) ? b : a));
}
