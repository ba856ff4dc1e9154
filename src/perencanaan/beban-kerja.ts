import { formatNilai } from '../core/error';
import { issueOf } from '../core/issue';
import { fail, ok, safely, type Result } from '../core/result';
import { cariKode } from '../core/entri';
import { periksaObjek } from '../core/periksa';
import { ketentuanWajib, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';
import type { Ketentuan } from '../ketentuan/types';

/**
 * The input of {@link bebanKerjaGuru}: the guru's jam tatap muka (JP) of teaching a week and the kinds of tugas
 * tambahan held, as codes of the rule set's `tugasTambahan` or as a plan's entries (`rencana.tugasTambahan`).
 *
 * @category Perencanaan
 * @example
 * const b: InputBebanKerja = { jamTatapMuka: 18, tugasTambahan: ['wali-kelas', 'guru-piket'] };
 */
export interface InputBebanKerja {
  /** The face-to-face teaching hours a week. */
  readonly jamTatapMuka: number;
  /** The tugas tambahan held, by code (or `{ jenis }`). */
  readonly tugasTambahan: readonly (string | { readonly jenis: string })[];
}

/**
 * A guru's weekly workload under Permendikdasmen 11/2025 as {@link bebanKerjaGuru} counts it: teaching JP, the JP
 * of the `melekat` duties, the JP of the other duties and how many of them count (at most the rule set's
 * `jamTugasLainMaksimum`), the total against the minimum, and the duties the rule set gives no equivalence for
 * (kept, named, not counted).
 *
 * @category Perencanaan
 * @example
 * const b: BebanKerjaGuru = { jamTatapMuka: 18, jamTugasMelekat: 0, jamTugasLain: 3, jamTugasLainDiakui: 3, jumlah: 21, minimum: 24, kekurangan: 3, memenuhi: false, tanpaEkuivalensi: [] };
 */
export interface BebanKerjaGuru {
  /** The face-to-face teaching hours a week. */
  readonly jamTatapMuka: number;
  /** The hours a week of duties attached to teaching. */
  readonly jamTugasMelekat: number;
  /** The hours a week of other duties. */
  readonly jamTugasLain: number;
  /** The hours of other duties that count, up to the rule set's maximum. */
  readonly jamTugasLainDiakui: number;
  /** The hours that count in all. */
  readonly jumlah: number;
  /** The hours a week the rule set requires. */
  readonly minimum: number;
  /** The hours still missing (0 when the minimum is met). */
  readonly kekurangan: number;
  /** Whether the workload meets the minimum. */
  readonly memenuhi: boolean;
  /** Kinds of tugas tambahan without an equivalence in the rule set, in input order. */
  readonly tanpaEkuivalensi: readonly string[];
}

/**
 * The JP of a list of tugas tambahan by the rule set's catalogue: the `melekat` and `lain` sums, and the kinds
 * without an equivalence. One implementation for {@link bebanKerjaGuru} and `validateRencana`.
 *
 * @internal
 */
export function ekuivalensiTugas(
  k: Ketentuan,
  jenis: readonly string[],
): { melekat: number; lain: number; tanpaEkuivalensi: string[] } {
  let melekat = 0;
  let lain = 0;
  const tanpaEkuivalensi: string[] = [];
  for (const j of jenis) {
    const t = cariKode(k.tugasTambahan, j);
    if (t?.jamTatapMuka === undefined || t.kelompok === undefined) tanpaEkuivalensi.push(j);
    else if (t.kelompok === 'melekat') melekat += t.jamTatapMuka;
    else lain += t.jamTatapMuka;
  }
  return { melekat, lain, tanpaEkuivalensi };
}

/**
 * A guru's weekly jam tatap muka against the minimum of Permendikdasmen 11/2025 (rule sets 2025 and 2026): teaching
 * JP + the JP of the `melekat` tugas tambahan (wakil kepala satuan pendidikan 12, pembimbing khusus 6, …) + the JP
 * of the other duties (wali kelas 2, guru piket 1, …) counted up to 6 together; it meets the rule at 24 JP or more.
 * A kind of tugas tambahan the rule set gives no equivalence for is listed in `tanpaEkuivalensi`, never silently
 * counted. The exceptions of the regulation (guru pendidikan khusus, SILN, curriculum structure) are not modelled.
 * Fails with `beban-kerja-tidak-diatur` under a rule set without the rule (2024), `jam-tatap-muka-tidak-valid` for
 * teaching JP that are not a non-negative integer, `jenis-tidak-valid` for an empty kind. The rule set is required.
 *
 * @param input - The teaching hours and the tugas tambahan.
 * @param opsi - `ketentuan`: the rule set (required; 2025 or 2026).
 * @returns The workload against the minimum, or a failed result with `beban-kerja-tidak-diatur` for a rule set without
 *   the workload rule, `jam-tatap-muka-tidak-valid` or `jenis-tidak-valid` for bad input.
 * @category Perencanaan
 * @example
 * const r = bebanKerjaGuru({ jamTatapMuka: 12, tugasTambahan: ['wakil-kepala-sekolah', 'wali-kelas'] }, { ketentuan: KETENTUAN_2026 });
 * r.success && [r.data.jumlah, r.data.memenuhi]; //=> [26, true]
 * const s = bebanKerjaGuru({ jamTatapMuka: 16, tugasTambahan: ['wali-kelas', 'pembina-osis', 'pembina-ekstrakurikuler', 'guru-piket'] }, { ketentuan: KETENTUAN_2026 });
 * s.success && [s.data.jamTugasLain, s.data.jamTugasLainDiakui, s.data.kekurangan]; //=> [7, 6, 2]
 * bebanKerjaGuru({ jamTatapMuka: 24, tugasTambahan: [] }, { ketentuan: KETENTUAN_2024 }).success; //=> false
 */
export function bebanKerjaGuru(input: InputBebanKerja, opsi: OpsiKetentuan): Result<BebanKerjaGuru> {
  const awal = safely(() => {
    const k = ketentuanWajib(opsi, 'bebanKerjaGuru');
    periksaObjek(input, 'input');
    return k;
  });
  if (!awal.success) return awal;
  const k = awal.data;
  if (k.bebanKerja === null) {
    return fail([
      issueOf(
        'beban-kerja-tidak-diatur',
        [],
        `Ketentuan ${k.id} tidak memuat aturan beban kerja guru (Permendikdasmen 11/2025 berlaku mulai tahun ajaran 2025/2026): pakai KETENTUAN_2025 atau KETENTUAN_2026.`,
        `Rule set ${k.id} has no guru workload rule (Permendikdasmen 11/2025 applies from school year 2025/2026): use KETENTUAN_2025 or KETENTUAN_2026.`,
      ),
    ]);
  }
  const { jamTatapMuka, tugasTambahan } = input;
  const issues = [];
  if (typeof jamTatapMuka !== 'number' || !Number.isSafeInteger(jamTatapMuka) || jamTatapMuka < 0) {
    issues.push(
      issueOf(
        'jam-tatap-muka-tidak-valid',
        ['jamTatapMuka'],
        `Jam tatap muka harus bilangan bulat ≥ 0, bukan ${formatNilai(jamTatapMuka)}.`,
        `Jam tatap muka must be an integer ≥ 0, not ${formatNilai(jamTatapMuka)}.`,
      ),
    );
  }
  const jenis: string[] = [];
  if (!Array.isArray(tugasTambahan)) {
    issues.push(
      issueOf(
        'jenis-tidak-valid',
        ['tugasTambahan'],
        'tugasTambahan harus daftar kode atau entri rencana.',
        'tugasTambahan must be a list of codes or plan entries.',
      ),
    );
  } else {
    (tugasTambahan as readonly unknown[]).forEach((t, i) => {
      const j =
        typeof t === 'string' ? t : t !== null && typeof t === 'object' ? (t as { jenis?: unknown }).jenis : undefined;
      if (typeof j !== 'string' || j.trim() === '') {
        issues.push(
          issueOf(
            'jenis-tidak-valid',
            ['tugasTambahan', i],
            `Jenis tugas tambahan tidak valid: ${formatNilai(t)}.`,
            `Invalid kind of tugas tambahan: ${formatNilai(t)}.`,
          ),
        );
      } else jenis.push(j);
    });
  }
  if (issues.length > 0) return fail(issues);
  const e = ekuivalensiTugas(k, jenis);
  const diakui = Math.min(e.lain, k.bebanKerja.jamTugasLainMaksimum);
  const jumlah = jamTatapMuka + e.melekat + diakui;
  const minimum = k.bebanKerja.jamTatapMukaMinimum;
  return ok(
    Object.freeze({
      jamTatapMuka,
      jamTugasMelekat: e.melekat,
      jamTugasLain: e.lain,
      jamTugasLainDiakui: diakui,
      jumlah,
      minimum,
      kekurangan: Math.max(0, minimum - jumlah),
      memenuhi: jumlah >= minimum,
      tanpaEkuivalensi: Object.freeze(e.tanpaEkuivalensi),
    }),
  );
}
