// The period of a konversi row as files write it: start and end dates, month columns, a semester, a count of months,
// or (with none of those) the whole year, assumed and said.
import { normalizeKolom } from '../format/kolom';
import { parseBulanBerkas, parseTanggalBerkas } from '../format/nilai';
import { ASUMSI, type SelBaris } from './sel';

/** A row's period: months `mulai`–`akhir` of `tahun`; `dariJumlah` when only a count of months placed it. */
export interface Periode {
  readonly tahun: number;
  readonly mulai: number;
  readonly akhir: number;
  readonly dariJumlah: boolean;
}

/** The cell readers the period needs (each distinct text read once by the caller's memo). */
export interface BacaPeriode {
  readonly tahun: (t: string) => number | null;
  readonly bulan: (t: string) => ReturnType<typeof parseBulanBerkas>;
  readonly tanggal: (t: string) => ReturnType<typeof parseTanggalBerkas>;
  /** The header of a column naming the period in a form not read here (then no year is assumed), if any. */
  readonly periodeLain: string | undefined;
}

/** Semester values as files write them (normalized like headers): 1 = January–June, 2 = July–December. */
const SEMESTER: ReadonlyMap<string, 1 | 2> = new Map([
  ['1', 1],
  ['i', 1],
  ['ganjil', 1],
  ['semester1', 1],
  ['semesteri', 1],
  ['2', 2],
  ['ii', 2],
  ['genap', 2],
  ['semester2', 2],
  ['semesterii', 2],
] as const);

/** Headers (normalized) that name a period in a form not read here: with one in the file, no year is assumed. */
export const KOLOM_PERIODE_LAIN: ReadonlySet<string> = new Set([
  'periode',
  'jenisperiode',
  'periodepenilaian',
  'masapenilaian',
  'bulan',
  'periodeskp',
  'masaperiode',
]);

/** The last day of a month. */
const hariTerakhir = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const dua = (n: number): string => String(n).padStart(2, '0');

/** A year as written: four digits (`2024`, or `2024.0` from a sheet); else null. */
export function bacaTahun(t: string): number | null {
  const n = Number(t);
  return /^\d{4}(\.0+)?$/.test(t) && Number.isInteger(n) ? n : null;
}

/** A count of months as written (`6`, `6,0`, `6 bulan`): 1–12, else null. */
export function bacaJumlahBulan(t: string): number | null {
  const m = /^(\d{1,2})(?:[.,]0+)?(?:\s*bulan)?$/i.exec(t.trim());
  const n = m === null ? 0 : Number(m[1]);
  return n >= 1 && n <= 12 ? n : null;
}

/**
 * The row's period, or null with its refusals said on the row: from start and end dates, else from the year with a
 * semester, month columns, a count of months (placed from January; the accumulator moves a guru's next count of the
 * same year after the previous one), or the whole year (assumed and said).
 */
export function bacaPeriode(s: SelBaris, baca: BacaPeriode): Periode | null {
  const awal = s.galat.length;
  const tahunTeks = s.sel('tahun');
  let tahun: number | null = null;
  if (tahunTeks !== '') {
    tahun = baca.tahun(tahunTeks);
    if (tahun === null)
      s.salah(
        'tahun',
        'tahun-tidak-valid',
        `Tahun "${tahunTeks}" tidak valid (contoh 2024).`,
        `Invalid year "${tahunTeks}" (e.g. 2024).`,
      );
  }
  if (s.sel('tanggalMulai') !== '' || s.sel('tanggalSelesai') !== '') {
    const p = dariTanggal(s, baca, tahun);
    return p === null || s.galat.length > awal ? null : cocokJumlah(s, p);
  }
  if (tahunTeks === '') {
    s.kosong('tahun');
    return null;
  }
  if (!s.ada('bulanMulai') && !s.ada('bulanSelesai') && s.sel('semester') !== '') {
    const r = dariSemester(s);
    return r === null || tahun === null ? null : cocokJumlah(s, { tahun, mulai: r[0], akhir: r[1], dariJumlah: false });
  }
  if (s.ada('bulanMulai') || s.ada('bulanSelesai')) {
    const r = dariBulan(s, baca);
    return r === null || tahun === null ? null : { tahun, mulai: r[0], akhir: r[1], dariJumlah: false };
  }
  if (tahun === null) return null;
  if (s.sel('jumlahBulan') !== '') return dariJumlah(s, tahun);
  if (baca.periodeLain !== undefined) {
    s.salah(
      'tahun',
      'periode-tidak-terbaca',
      `Kolom "${baca.periodeLain}" menyebut periode yang tidak dapat dibaca, jadi Januari–Desember tidak diasumsikan (angka kredit bisa salah). Tambahkan kolom Bulan Mulai dan Bulan Selesai, Tanggal Mulai dan Tanggal Selesai, Semester (1 atau 2) atau Jumlah Bulan, atau petakan kolom itu di peta kolom.`,
      `Column "${baca.periodeLain}" names a period this reader cannot read, so January–December is not assumed (the angka kredit could be wrong). Add Bulan Mulai and Bulan Selesai, Tanggal Mulai and Tanggal Selesai, Semester (1 or 2) or Jumlah Bulan columns, or map that column in the column map.`,
    );
    return null;
  }
  s.asumsi |= ASUMSI.periode;
  return { tahun, mulai: 1, akhir: 12, dariJumlah: false };
}

/** The period of start and end dates: whole months of one year, in order. */
function dariTanggal(s: SelBaris, baca: BacaPeriode, tahun: number | null): Periode | null {
  const mulaiTeks = s.wajib('tanggalMulai');
  const selesaiTeks = s.wajib('tanggalSelesai');
  const mulai = mulaiTeks === null ? null : baca.tanggal(mulaiTeks);
  const selesai = selesaiTeks === null ? null : baca.tanggal(selesaiTeks);
  if (mulai !== null && !mulai.success) s.dariIssue('tanggalMulai', mulai);
  if (selesai !== null && !selesai.success) s.dariIssue('tanggalSelesai', selesai);
  if (mulai?.success !== true || selesai?.success !== true) return null;
  const [y1, m1, d1] = mulai.data.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = selesai.data.split('-').map(Number) as [number, number, number];
  // Konversi counts whole months: a period that starts or ends inside a month is refused, never rounded.
  if (d1 !== 1)
    s.salah(
      'tanggalMulai',
      'periode-bulan-sebagian',
      `Tanggal mulai ${mulaiTeks} bukan awal bulan: konversi dihitung per bulan penuh. Tulis tanggal 1 (mis. 01-${dua(m1)}-${y1}) bila bulan itu dinilai utuh.`,
      `Start date ${mulaiTeks} is not the first of a month: konversi counts whole months. Write the 1st (e.g. ${y1}-${dua(m1)}-01) if that month is rated whole.`,
    );
  if (d2 !== hariTerakhir(y2, m2))
    s.salah(
      'tanggalSelesai',
      'periode-bulan-sebagian',
      `Tanggal selesai ${selesaiTeks} bukan akhir bulan: konversi dihitung per bulan penuh. Tulis tanggal ${hariTerakhir(y2, m2)} bila bulan itu dinilai utuh.`,
      `End date ${selesaiTeks} is not the last day of a month: konversi counts whole months. Write the ${hariTerakhir(y2, m2)}th if that month is rated whole.`,
    );
  if (y1 !== y2)
    s.salah(
      'tanggalSelesai',
      'periode-lintas-tahun',
      `Periode ${mulaiTeks} s.d. ${selesaiTeks} melewati akhir tahun: tulis satu baris per tahun.`,
      `Period ${mulaiTeks} to ${selesaiTeks} crosses a year end: write one row per year.`,
    );
  else if (m2 < m1 || (m1 === m2 && d2 < d1))
    s.salah(
      'tanggalSelesai',
      'periode-terbalik',
      `Tanggal selesai ${selesaiTeks} sebelum tanggal mulai ${mulaiTeks}.`,
      `End date ${selesaiTeks} is before start date ${mulaiTeks}.`,
    );
  if (tahun !== null && tahun !== y1)
    s.salah(
      'tahun',
      'tahun-tidak-sesuai-periode',
      `Tahun ${tahun} berbeda dengan tanggal mulai ${mulaiTeks}.`,
      `Year ${tahun} differs from the start date ${mulaiTeks}.`,
    );
  return { tahun: y1, mulai: m1, akhir: m2, dariJumlah: false };
}

/** A semester (1, 2, I, II, ganjil, genap) or the months as such sheets write them ("Januari - Desember", "Mei"). */
function dariSemester(s: SelBaris): readonly [number, number] | null {
  const teks = s.sel('semester');
  const ke = SEMESTER.get(normalizeKolom(teks));
  if (ke !== undefined) return ke === 1 ? [1, 6] : [7, 12];
  const bagian = teks.split(/\s*(?:-|–|s\.?\s?d\.?|s\/d|sampai)\s*/i).filter((x) => x !== '');
  const bulan = bagian.length === 1 || bagian.length === 2 ? bagian.map((x) => parseBulanBerkas(x)) : [];
  const m1 = bulan[0]?.success === true ? bulan[0].data : 0;
  const akhir = bulan[bulan.length - 1];
  const m2 = akhir?.success === true ? akhir.data : 0;
  if (m1 > 0 && m2 > 0 && m1 <= m2) return [m1, m2];
  s.salah(
    'semester',
    'semester-tidak-valid',
    `Semester "${teks}" tidak dikenal: tulis 1 (Januari–Juni), 2 (Juli–Desember) atau bulannya (mis. Januari - Desember, Mei).`,
    `Semester "${teks}" is not known: write 1 (January–June), 2 (July–December) or its months (e.g. Januari - Desember, Mei).`,
  );
  return null;
}

/** Month columns: a start month and an end month, or a start month and a count of months. */
function dariBulan(s: SelBaris, baca: BacaPeriode): readonly [number, number] | null {
  const bmTeks = s.wajib('bulanMulai');
  const bm = bmTeks === null ? null : baca.bulan(bmTeks);
  if (bm !== null && !bm.success) s.dariIssue('bulanMulai', bm);
  const jumlahTeks = s.sel('jumlahBulan');
  if (s.sel('bulanSelesai') === '' && jumlahTeks !== '' && bm?.success === true) {
    const n = jumlahBulan(s, jumlahTeks);
    if (n === null) return null;
    if (bm.data + n - 1 <= 12) return [bm.data, bm.data + n - 1];
    s.salah(
      'jumlahBulan',
      'periode-lintas-tahun',
      `${n} bulan dari bulan ${bm.data} melewati akhir tahun: tulis satu baris per tahun.`,
      `${n} months from month ${bm.data} cross a year end: write one row per year.`,
    );
    return null;
  }
  const baTeks = s.wajib('bulanSelesai');
  const ba = baTeks === null ? null : baca.bulan(baTeks);
  if (ba !== null && !ba.success) s.dariIssue('bulanSelesai', ba);
  if (bm?.success !== true || ba?.success !== true) return null;
  return [bm.data, ba.data];
}

/** A count of months alone with the year: the first months of the year (12: the whole year). */
function dariJumlah(s: SelBaris, tahun: number): Periode | null {
  const n = jumlahBulan(s, s.sel('jumlahBulan'));
  if (n === null) return null;
  if (n < 12) s.asumsi |= ASUMSI.bulanDariJumlah;
  return { tahun, mulai: 1, akhir: n, dariJumlah: n < 12 };
}

function jumlahBulan(s: SelBaris, teks: string): number | null {
  const n = bacaJumlahBulan(teks);
  if (n === null)
    s.salah(
      'jumlahBulan',
      'jumlah-bulan-tidak-valid',
      `Jumlah bulan "${teks}" tidak valid: tulis bilangan bulat 1 sampai 12 (mis. 6).`,
      `Number of months "${teks}" is not valid: write a whole number from 1 to 12 (e.g. 6).`,
    );
  return n;
}

/** A count of months beside another form of the period must agree with it. */
function cocokJumlah(s: SelBaris, p: Periode): Periode | null {
  const teks = s.sel('jumlahBulan');
  if (teks === '') return p;
  const n = jumlahBulan(s, teks);
  if (n === null) return null;
  if (n === p.akhir - p.mulai + 1) return p;
  s.salah(
    'jumlahBulan',
    'jumlah-bulan-tidak-sesuai',
    `Jumlah bulan ${n} berbeda dengan periode bulan ${p.mulai}–${p.akhir} ${p.tahun} (${p.akhir - p.mulai + 1} bulan) di baris yang sama.`,
    `Number of months ${n} differs from the period months ${p.mulai}–${p.akhir} ${p.tahun} (${p.akhir - p.mulai + 1} months) on the same row.`,
  );
  return null;
}
