import { issueOf, type Issue, type PathSegment } from '../core/issue';
import { GOLONGAN_PPPK } from '../ketentuan/kode';

const PPPK = /* @__PURE__ */ new Set<string>(GOLONGAN_PPPK);

/**
 * Whether a value is written as a PPPK golongan (`IX`, `x`, `Golongan XI`; Perpres 98/2020: I–XVII).
 *
 * @internal
 */
export function isGolonganPppk(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const n = v
    .normalize('NFKC')
    .trim()
    .toUpperCase()
    .replace(/^GOL(ONGAN)?\.?\s*/, '')
    .trim();
  return PPPK.has(n);
}

/**
 * The refusal of an angka kredit function for a PPPK pegawai: angka kredit konversi, PAK and kenaikan pangkat/jenjang
 * here follow PerBKN 3/2023, whose Pejabat Fungsional is a PNS (Pasal 1); PPPK have no pangkat or golongan ruang
 * (golongan I–XVII, Perpres 98/2020), and no source we hold says how AK works for a PPPK guru. Never a PNS answer.
 *
 * @internal
 */
export function issuePppk(path: readonly PathSegment[], nilai: string): Issue {
  return issueOf(
    'pppk-tanpa-angka-kredit',
    path,
    `Pegawai PPPK (${nilai}): angka kredit konversi, PAK, kenaikan pangkat dan jenjang di pustaka ini mengikuti PerBKN 3/2023, yang mengatur Pejabat Fungsional PNS (Pasal 1); PPPK tidak berpangkat/golongan ruang (golongan I–XVII, Perpres 98/2020) dan tidak ada sumber yang kami pegang tentang angka kredit guru PPPK. Pustaka tidak memberi jawaban PNS untuk PPPK: catat predikatnya saja (SKP, SIASN) dan tanyakan perhitungan AK ke BKD/BKN.`,
    `PPPK employee (${nilai}): angka kredit konversi, PAK and promotion here follow PerBKN 3/2023, whose Pejabat Fungsional is a PNS (Article 1); PPPK have no pangkat or golongan ruang (golongan I–XVII, Perpres 98/2020) and no source we hold says how AK works for a PPPK teacher. The library gives no PNS answer for PPPK: record the predikat only (SKP, SIASN) and ask BKD/BKN about AK.`,
    { nilai },
  );
}

/**
 * The refusal for the pegawai of a PAK input when they are PPPK (`statusKepegawaian: 'pppk'` or a PPPK golongan).
 *
 * @internal
 */
export function pppkDalamPegawai(input: unknown): Issue | undefined {
  const p = input !== null && typeof input === 'object' ? (input as { pegawai?: unknown }).pegawai : undefined;
  if (p === null || typeof p !== 'object') return undefined;
  const { golongan, statusKepegawaian } = p as { golongan?: unknown; statusKepegawaian?: unknown };
  if (statusKepegawaian === 'pppk') return issuePppk(['pegawai', 'statusKepegawaian'], 'pppk');
  if (isGolonganPppk(golongan)) return issuePppk(['pegawai', 'golongan'], String(golongan));
  return undefined;
}
