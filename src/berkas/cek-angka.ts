// The file's own figures of a konversi row (its angka kredit, persentase, koefisien) checked against the library's:
// a difference refuses the row (and so holds the guru), with both figures and the likely cause.
import { desimal } from '../core/desimal';
import { formatAngkaKredit } from '../penilaian/angka-kredit';
import type { RekamAngkaKredit } from '../penilaian/rekam-ak';
import type { BacaSel } from './baca-sel';
import type { SelBaris } from './sel';

/** A figure in Indonesian (decimal comma) or English. */
const id = (s: string): string => s.replace('.', ',');

/** Checks the row's own AK, persentase and koefisien cells (those the file has) against the record. */
export function cekAngkaBerkas(s: SelBaris, r: RekamAngkaKredit, baca: BacaSel): void {
  const bulan = r.bulanAkhir - r.bulanMulai + 1;
  const koef = desimal(r.koefisienTahunan);
  const persenTeks = s.sel('persentase');
  if (persenTeks !== '') {
    const p = baca.desimal(persenTeks.replace(/\s*%$/, ''));
    if (!p.success) s.dariIssue('persentase', p);
    else {
      const x = desimal(p.data);
      const persen = x.compare(2) < 0 ? x.times(100) : x;
      if (!persen.equals(r.persentase))
        s.salah(
          'persentase',
          'persentase-berbeda',
          `Persentase di berkas ${persenTeks} berbeda dengan persentase predikat ${r.predikat}: ${r.persentase}%. Periksa predikat baris ini.`,
          `The file's percentage ${persenTeks} differs from predikat ${r.predikat}'s: ${r.persentase}%. Check this row's predikat.`,
        );
    }
  }
  const koefTeks = s.sel('koefisien');
  if (koefTeks !== '') {
    const k = baca.desimal(koefTeks);
    if (!k.success) s.dariIssue('koefisien', k);
    else if (!koef.equals(k.data))
      s.salah(
        'koefisien',
        'koefisien-berbeda',
        `Koefisien di berkas ${koefTeks} berbeda dengan koefisien jenjang ${r.jenjang}: ${id(koef.toJSON())} per tahun. Periksa jabatan/jenjang dan golongan baris ini.`,
        `The file's koefisien ${koefTeks} differs from jenjang ${r.jenjang}'s: ${koef.toJSON()} a year. Check this row's jabatan/jenjang and golongan.`,
      );
  }
  const akTeks = s.sel('angkaKredit');
  if (akTeks === '') return;
  const a = baca.desimal(akTeks);
  if (!a.success) {
    s.dariIssue('angkaKredit', a);
    return;
  }
  if (samaDibulatkan(r.angkaKredit, a.data)) return;
  // The months the file's figure implies at this koefisien and persentase: the likeliest cause when whole.
  const tersirat =
    koef.isZero() || r.persentase === 0 ? null : desimal(a.data).times(1200).dividedBy(koef.times(r.persentase));
  const bulanLain =
    tersirat !== null &&
    tersirat.equals(tersirat.toFixed(0, 'down')) &&
    tersirat.compare(1) >= 0 &&
    tersirat.compare(12) <= 0
      ? Number(tersirat.toJSON())
      : null;
  const hitung = formatAngkaKredit(r.angkaKredit);
  const sebabId =
    bulanLain !== null
      ? `angka berkas sesuai ${bulanLain} bulan, baris ini ${bulan} bulan: periksa kolom bulan atau periode`
      : 'periksa jenjang, predikat dan jumlah bulan baris ini';
  const sebabEn =
    bulanLain !== null
      ? `the file's figure fits ${bulanLain} months, this row has ${bulan}: check the month or period columns`
      : "check this row's jenjang, predikat and number of months";
  s.salah(
    'angkaKredit',
    'ak-berkas-berbeda',
    `Angka kredit di berkas ${akTeks} berbeda dengan hitungan ${id(hitung)} (${bulan} bulan, koefisien ${id(koef.toJSON())}, ${r.persentase}%): ${sebabId}.`,
    `The file's angka kredit ${akTeks} differs from the computed ${hitung} (${bulan} months, koefisien ${koef.toJSON()}, ${r.persentase}%): ${sebabEn}.`,
  );
}

/** Whether the exact figure, rounded half-up to the places the file wrote (at least the exact), equals the file's. */
function samaDibulatkan(tepat: string, tertulis: string): boolean {
  const t = desimal(tepat);
  if (t.equals(tertulis)) return true;
  const tempat = tertulis.includes('.') ? tertulis.length - tertulis.indexOf('.') - 1 : 0;
  return t.toFixed(tempat, 'half-up') === desimal(tertulis).toFixed(tempat, 'half-up');
}
