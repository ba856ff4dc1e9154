import type { Jenjang } from './kode';

/**
 * The spellings of a title ending in "Tingkat I" as files write it (`Tk I`, `Tkt I`, `Tingkat 1`, `Tk 1`; `Tk.I`,
 * `Tk. I` and `Tingkat. I` fold to these, the label parser reading `.` as a space).
 *
 * @internal
 */
export function variasiTingkatI(nama: string): readonly string[] {
  return [`${nama} Tingkat I`, `${nama} Tk I`, `${nama} Tkt I`, `${nama} Tingkat 1`, `${nama} Tk 1`];
}

/**
 * A guru title whose jenjang depends on the regulation it was written under, so the title alone does not give the
 * jenjang (give the golongan instead).
 *
 * @category Ketentuan
 * @example
 * const j: JabatanGuruAmbigu = { ejaan: 'Guru Madya', kandidat: ['ahli-pertama', 'ahli-madya'], catatan: '…' };
 */
export interface JabatanGuruAmbigu {
  /** The title as written. */
  readonly ejaan: string;
  /** The jenjang it may mean (empty where one reading is outside the keahlian jenjang, e.g. golongan II). */
  readonly kandidat: readonly Jenjang[];
  /** The readings and their sources. */
  readonly catatan: string;
}

/**
 * Legacy guru titles that {@link parseJenjang} refuses with the issue `jabatan-ambigu` instead of guessing: the same
 * words name different jenjang under Kepmenpan 84/1993 (titles by pangkat, II/a–IV/e) and PermenPAN-RB 16/2009 (Guru
 * Pertama, Muda, Madya, Utama), e.g. "Guru Madya" is III/a (ahli pertama) in 1993 and IV/a–IV/c (ahli madya) in 2009;
 * SIASN's jabatan fungsional reference marks it MA (rumahASN `docs/siasn/jab_fungsional_siasn.csv`). The jenjang then
 * comes from the golongan (`golongan.jenjang` of the rule set).
 *
 * @category Ketentuan
 * @example
 * JABATAN_GURU_AMBIGU.map((j) => j.ejaan); //=> ['Guru Madya', 'Guru Muda', 'Guru Muda Tingkat I']
 */
export const JABATAN_GURU_AMBIGU: readonly JabatanGuruAmbigu[] = /* @__PURE__ */ (() =>
  Object.freeze(
    [
      {
        ejaan: 'Guru Madya',
        kandidat: ['ahli-pertama', 'ahli-madya'] as const,
        catatan:
          'Kepmenpan 84/1993: Guru Madya = III/a (kini Ahli Pertama); PermenPAN-RB 16/2009: Guru Madya = IV/a–IV/c (kini Ahli Madya); referensi jabatan fungsional SIASN: jenjang MA.',
      },
      {
        ejaan: 'Guru Muda',
        kandidat: ['ahli-muda'] as const,
        catatan:
          'Kepmenpan 84/1993: Guru Muda = II/c (bukan jenjang keahlian); PermenPAN-RB 16/2009: Guru Muda = III/c–III/d (kini Ahli Muda); referensi SIASN: MU.',
      },
      {
        ejaan: 'Guru Muda Tingkat I',
        kandidat: ['ahli-muda'] as const,
        catatan: 'Kepmenpan 84/1993: Guru Muda Tingkat I = II/d (bukan jenjang keahlian); referensi SIASN: MU.',
      },
    ].map((j) => Object.freeze({ ...j, kandidat: Object.freeze([...j.kandidat]) })),
  ))();
