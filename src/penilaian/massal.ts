import { Desimal } from '../core/desimal';
import { daftarDari, periksaObjek } from '../core/periksa';
import { periksaOpsi } from '../core/opsi';
import type { Jenjang, Predikat } from '../ketentuan/kode';
import { ATURAN_ANGKA_KREDIT } from '../ketentuan/dasar-kinerja-asn';
import type { AturanAngkaKredit } from '../ketentuan/types';
import { cekBulan, tabelAngkaKredit } from './angka-kredit';

/**
 * The exact total angka kredit of many items (e.g. every guru of a province), through the same formula as
 * {@link angkaKredit}: each item is an integer count of a common fraction, so the sum is integer additions (no
 * floating point, no drift), switching to bigint if it ever leaves the safe-integer range. Default figures
 * {@link ATURAN_ANGKA_KREDIT}, the same in every built-in rule set.
 *
 * @param items - The jenjang, predikat and months of each item.
 * @param opsi - `ketentuan`: the angka kredit rule (default: the built-in one).
 * @returns The exact total; throws `KinerjaError` `kode-tidak-dikenal` or `argumen-tidak-valid` for a bad item.
 * @category Penilaian
 * @example
 * String(sumAngkaKredit([{ jenjang: 'ahli-pertama', predikat: 'baik', bulan: 2 }, { jenjang: 'ahli-pertama', predikat: 'baik', bulan: 10 }])); //=> '12.5'
 */
export function sumAngkaKredit(
  items: Iterable<{ readonly jenjang: Jenjang; readonly predikat: Predikat; readonly bulan?: number }>,
  opsi?: { readonly ketentuan?: AturanAngkaKredit },
): Desimal {
  const tabel = tabelAngkaKredit(periksaOpsi(opsi, 'sumAngkaKredit', ['ketentuan']).ketentuan ?? ATURAN_ANGKA_KREDIT);
  let kecil = 0;
  let besar = 0n;
  for (const x of daftarDari(items, 'items')) {
    periksaObjek(x, 'item');
    const b = x.bulan;
    // The common cases inline (a year, or a whole month count 1..12); anything else through the guard that explains it.
    const v =
      tabel.satuan(x.jenjang, x.predikat) * (b === undefined ? 12 : b >= 1 && b <= 12 && b % 1 === 0 ? b : cekBulan(b));
    if (kecil > Number.MAX_SAFE_INTEGER - v) {
      besar += BigInt(kecil);
      kecil = 0;
    }
    kecil += v;
  }
  return Desimal.fraction(besar + BigInt(kecil), BigInt(tabel.penyebut));
}
