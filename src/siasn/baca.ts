import { Desimal } from '../core/desimal';
import { issueOf, type Issue, type PathSegment } from '../core/issue';
import { formatNilai } from '../core/error';
import { isTanggalValid } from '../core/tanggal';

/**
 * Reads the fields of a SIASN row, collecting coded issues instead of throwing: each getter takes the field's
 * spellings (write side, read side), refuses two spellings that disagree and values of the wrong form, and never
 * invents a default.
 *
 * @internal
 */
export class PembacaBaris {
  readonly issues: Issue[] = [];
  constructor(
    private readonly baris: Readonly<Record<string, unknown>>,
    private readonly awalan: readonly PathSegment[],
  ) {}

  private salah(kunci: string, code: string, id: string, en: string): null {
    this.issues.push(issueOf(code, [...this.awalan, kunci], id, en));
    return null;
  }

  /** The value under the first present spelling; `undefined` when none is present (null and "" count as absent). */
  mentah(kunci: readonly string[]): { kunci: string; nilai: unknown } | undefined {
    const ada = kunci.filter(
      (k) => Object.prototype.hasOwnProperty.call(this.baris, k) && this.baris[k] !== null && this.baris[k] !== '',
    );
    const [pertama, ...lain] = ada;
    if (pertama === undefined) return undefined;
    for (const k of lain) {
      if (String(this.baris[k]) !== String(this.baris[pertama])) {
        this.salah(
          k,
          'medan-bertentangan',
          `Medan ${pertama} dan ${k} berbeda nilainya.`,
          `Fields ${pertama} and ${k} disagree.`,
        );
      }
    }
    return { kunci: pertama, nilai: this.baris[pertama] };
  }

  wajib(kunci: readonly string[]): { kunci: string; nilai: unknown } | null {
    const m = this.mentah(kunci);
    if (m === undefined)
      return this.salah(
        kunci[0] ?? '',
        'medan-hilang',
        `Medan ${kunci.join(' / ')} tidak ada.`,
        `Field ${kunci.join(' / ')} is missing.`,
      );
    return m;
  }

  teks(kunci: readonly string[], wajib = true): string | null {
    const m = wajib ? this.wajib(kunci) : (this.mentah(kunci) ?? null);
    if (m === null) return null;
    if (typeof m.nilai !== 'string' && typeof m.nilai !== 'number') {
      return this.salah(
        m.kunci,
        'nilai-tidak-dikenal',
        `${m.kunci} harus teks, bukan ${formatNilai(m.nilai)}.`,
        `${m.kunci} must be text, not ${formatNilai(m.nilai)}.`,
      );
    }
    return String(m.nilai);
  }

  /** An integer given as a number or a numeric string ("7", 7), within bounds. */
  bulat(kunci: readonly string[], min: number, maks: number, wajib = true): number | null {
    const m = wajib ? this.wajib(kunci) : (this.mentah(kunci) ?? null);
    if (m === null) return null;
    const n =
      typeof m.nilai === 'number'
        ? m.nilai
        : typeof m.nilai === 'string' && /^\d{1,4}$/.test(m.nilai.trim())
          ? Number(m.nilai)
          : NaN;
    if (!Number.isInteger(n) || n < min || n > maks) {
      return this.salah(
        m.kunci,
        'nilai-tidak-dikenal',
        `${m.kunci}: ${formatNilai(m.nilai)} bukan bilangan ${min}..${maks}.`,
        `${m.kunci}: ${formatNilai(m.nilai)} is not a whole number ${min}..${maks}.`,
      );
    }
    return n;
  }

  /** An exact decimal with a point ("37.500", 37.5); a decimal comma or anything else is an issue. */
  desimal(kunci: readonly string[]): string | null {
    const m = this.wajib(kunci);
    if (m === null) return null;
    const s = typeof m.nilai === 'number' && Number.isFinite(m.nilai) ? String(m.nilai) : m.nilai;
    if (typeof s !== 'string' || !/^-?\d{1,12}(\.\d{1,12})?$/.test(s.trim())) {
      return this.salah(
        m.kunci,
        'nilai-tidak-dikenal',
        `${m.kunci}: ${formatNilai(m.nilai)} bukan angka desimal bertitik.`,
        `${m.kunci}: ${formatNilai(m.nilai)} is not a decimal with a point.`,
      );
    }
    return Desimal.from(s.trim()).toJSON();
  }

  /** A flag: "1"/1/true set; "0"/0/false/""/null/absent unset (SIASN writes both "0" and ""); anything else an issue. */
  bendera(kunci: string): boolean {
    const v = this.baris[kunci];
    if (v === '1' || v === 1 || v === true) return true;
    if (v === '0' || v === 0 || v === false || v === '' || v === null || v === undefined) return false;
    this.salah(
      kunci,
      'nilai-tidak-dikenal',
      `${kunci}: ${formatNilai(v)} bukan bendera "1"/"0".`,
      `${kunci}: ${formatNilai(v)} is not a "1"/"0" flag.`,
    );
    return false;
  }

  /** A date as SIASN writes it (dd-mm-yyyy) or ISO (yyyy-mm-dd), to ISO. */
  tanggal(kunci: readonly string[]): string | null {
    const t = this.teks(kunci);
    if (t === null) return null;
    const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(t) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
    const [d, b, y] =
      m === null
        ? [0, 0, 0]
        : m[1]!.length === 4
          ? [Number(m[3]), Number(m[2]), Number(m[1])]
          : [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m === null || !isTanggalValid(y, b, d)) {
      return this.salah(
        kunci[0] ?? '',
        'nilai-tidak-dikenal',
        `Tanggal ${formatNilai(t)} bukan dd-mm-yyyy.`,
        `Date ${formatNilai(t)} is not dd-mm-yyyy.`,
      );
    }
    return `${String(y).padStart(4, '0')}-${String(b).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }

  /** A code read as its number or, where the number is absent, as its label (case-insensitive, spellings given). */
  kode<K extends string>(
    kunciNilai: readonly string[],
    kunciLabel: string,
    peta: Readonly<Record<K, number>>,
    label: (s: string) => K | undefined,
  ): K | null {
    const nilai = this.mentah(kunciNilai);
    const teks = this.mentah([kunciLabel]);
    let dariNilai: K | undefined;
    if (nilai !== undefined) {
      const n = typeof nilai.nilai === 'string' && /^\d$/.test(nilai.nilai) ? Number(nilai.nilai) : nilai.nilai;
      dariNilai = (Object.keys(peta) as K[]).find((k) => peta[k] === n);
      if (dariNilai === undefined)
        return this.salah(
          nilai.kunci,
          'kode-siasn-tidak-dikenal',
          `${nilai.kunci}: kode ${formatNilai(nilai.nilai)} tidak dikenal.`,
          `${nilai.kunci}: unknown code ${formatNilai(nilai.nilai)}.`,
        );
    }
    let dariLabel: K | undefined;
    if (teks !== undefined) {
      dariLabel = typeof teks.nilai === 'string' ? label(teks.nilai) : undefined;
      if (dariLabel === undefined && dariNilai === undefined) {
        return this.salah(
          kunciLabel,
          'kode-siasn-tidak-dikenal',
          `${kunciLabel}: label ${formatNilai(teks.nilai)} tidak dikenal.`,
          `${kunciLabel}: unknown label ${formatNilai(teks.nilai)}.`,
        );
      }
    }
    if (dariNilai !== undefined && dariLabel !== undefined && dariNilai !== dariLabel) {
      return this.salah(
        kunciLabel,
        'medan-bertentangan',
        `${kunciLabel} "${String(teks?.nilai)}" tidak sesuai dengan kode ${String(nilai?.nilai)}.`,
        `${kunciLabel} "${String(teks?.nilai)}" disagrees with code ${String(nilai?.nilai)}.`,
      );
    }
    const hasil = dariNilai ?? dariLabel;
    if (hasil === undefined)
      return this.salah(
        kunciNilai[0] ?? kunciLabel,
        'medan-hilang',
        `Medan ${kunciNilai.join(' / ')} tidak ada.`,
        `Field ${kunciNilai.join(' / ')} is missing.`,
      );
    return hasil;
  }
}

/** `yyyy-mm-dd` to SIASN's `dd-mm-yyyy`. @internal */
export function keTanggalSiasn(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

/** Normalises a reference label for comparison: upper case, single spaces, "EKSPEKTASI" read as SIASN's "ESPEKTASI". @internal */
export function normalLabel(s: string): string {
  return s
    .trim()
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .replace('EKSPEKTASI', 'ESPEKTASI')
    .replace('DI ATAS', 'DIATAS')
    .replace('DI BAWAH', 'DIBAWAH');
}
