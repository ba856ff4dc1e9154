import { Desimal, type DesimalInput } from '../core/desimal';
import { issueOf, prefixIssues } from '../core/issue';
import { fail, ok, safely, type Result } from '../core/result';
import { cariKode } from '../core/entri';
import { deepFreeze } from '../core/freeze';
import { periksaObjek } from '../core/periksa';
import { parseSalinan } from '../core/salinan';
import { fromZodIssues } from '../core/zod-issues';
import { GOLONGAN, PREDIKAT, type Predikat } from '../ketentuan/kode';
import { KETENTUAN_2026 } from '../ketentuan/ketentuan-2026';
import { ketentuanUntuk } from '../ketentuan/pilih';
import { ketentuanBerlakuOpsional, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';
import type { EntriGolongan, KetentuanBerlaku } from '../ketentuan/types';
import { PRASYARAT_KENAIKAN } from '../penilaian/proyeksi';
import type { RekamAngkaKredit } from '../penilaian/rekam-ak';
import { akumulasiBerindeks } from './akumulasi';
import { angkaKreditIntegrasi, type HasilIntegrasi } from './integrasi';
import { cekRekamPegawai } from './konversi';
import { bukaPak } from './buka';
import type { InputPegawaiPak, KopPak } from './kop';
import { HasilIntegrasiSchema, type KenaikanPak, type PakPenetapan } from './schema';

/**
 * The input of {@link createPakPenetapan}: the pegawai at the date of the Penetapan, what the AK kumulatif within the
 * jenjang is made of (AK Dasar, PAK Integrasi, konversi records since entering the jenjang) and the letterhead.
 *
 * @category PAK
 * @example
 * const input: InputPakPenetapan = { pegawai: { nama: 'Siti Aminah', nip: '198701012010012001', golongan: 'III/d' }, akDasar: 'golongan', konversi: [] };
 */
export interface InputPakPenetapan extends KopPak {
  /** The pegawai the PAK is for. */
  readonly pegawai: InputPegawaiPak;
  /**
   * AK Dasar given on entry to the jenjang (perpindahan, penyesuaian, promosi): a figure, or `'golongan'` for the rule
   * set's {@link Ketentuan.akDasar} of the pegawai's golongan. Default none (0).
   */
  readonly akDasar?: DesimalInput | 'golongan';
  /** The PAK Integrasi of conventional AK up to 2022, from {@link angkaKreditIntegrasi}; checked again here. */
  readonly integrasi?: HasilIntegrasi;
  /** The konversi records since entering the jenjang, in any order. */
  readonly konversi: readonly RekamAngkaKredit[];
}

function kenaikan(
  jenis: 'pangkat' | 'jenjang',
  ke: EntriGolongan,
  syarat: Desimal,
  ak: Desimal,
  predikatCukup: boolean | null,
): KenaikanPak {
  return {
    jenis,
    ke: ke.kode,
    jenjang: ke.jenjang,
    syarat: syarat.toJSON(),
    ak: ak.toJSON(),
    selisih: ak.minus(syarat).toJSON(),
    akCukup: ak.compare(syarat) >= 0,
    predikatCukup: jenis === 'jenjang' ? predikatCukup : null,
    prasyarat: PRASYARAT_KENAIKAN[jenis],
  };
}

/** The next pangkat and the next jenjang from a golongan, with the cumulative AK each needs within the jenjang. */
function kenaikanDari(
  k: KetentuanBerlaku,
  gol: EntriGolongan,
  ak: Desimal,
  predikat: Predikat | null,
): { pangkat: KenaikanPak | null; jenjang: KenaikanPak | null } {
  const cari = (kode: string | undefined) => cariKode(k.golongan, kode);
  const predikatCukup =
    predikat === null
      ? null
      : PREDIKAT.indexOf(predikat) <= PREDIKAT.indexOf(k.kebijakan.predikatMinimalKenaikanJenjang);
  const berikut = cari(GOLONGAN[GOLONGAN.indexOf(gol.kode) + 1]);
  const pangkat =
    berikut === undefined || gol.akKenaikanPangkat === null
      ? null
      : kenaikan(
          berikut.jenjang === gol.jenjang ? 'pangkat' : 'jenjang',
          berikut,
          Desimal.from(k.akDasar[gol.kode]).plus(gol.akKenaikanPangkat),
          ak,
          predikatCukup,
        );
  const puncak = k.golongan.find((g) => g.jenjang === gol.jenjang && g.akKenaikanJenjang !== null);
  const jenjangBaru = puncak === undefined ? undefined : cari(GOLONGAN[GOLONGAN.indexOf(puncak.kode) + 1]);
  const jenjang =
    puncak?.akKenaikanJenjang == null || jenjangBaru === undefined
      ? null
      : kenaikan('jenjang', jenjangBaru, Desimal.from(puncak.akKenaikanJenjang), ak, predikatCukup);
  return { pangkat, jenjang };
}

/** Checks a PAK Integrasi given to a Penetapan: its shape, its figure recomputed, and its jenjang. */
function cekIntegrasi(nilai: unknown, jenjang: string, k: KetentuanBerlaku): Result<HasilIntegrasi> {
  const bentuk = parseSalinan(HasilIntegrasiSchema, nilai);
  if (!bentuk.success) return fail(fromZodIssues(bentuk.error.issues, ['integrasi']));
  const i = bentuk.data;
  const ulang = angkaKreditIntegrasi(
    { golongan: i.golongan, akKumulatif: i.akKumulatif, nilaiDasar: i.nilaiDasar },
    { ketentuan: k },
  );
  if (!ulang.success) return fail(prefixIssues(ulang.issues, ['integrasi']));
  if (!Desimal.from(ulang.data.akIntegrasi).equals(i.akIntegrasi) || ulang.data.jenjang !== i.jenjang) {
    return fail([
      issueOf(
        'integrasi-tidak-cocok',
        ['integrasi', 'akIntegrasi'],
        `AK Integrasi ${komaAk(i.akIntegrasi)} tidak cocok dengan ${komaAk(i.akKumulatif)} − ${komaAk(i.nilaiDasar)} = ${komaAk(ulang.data.akIntegrasi)}.`,
        `AK Integrasi ${i.akIntegrasi} does not match ${i.akKumulatif} − ${i.nilaiDasar} = ${ulang.data.akIntegrasi}.`,
      ),
    ]);
  }
  if (i.jenjang !== jenjang) {
    return fail([
      issueOf(
        'integrasi-jenjang-lain',
        ['integrasi', 'jenjang'],
        `PAK Integrasi dibuat pada jenjang ${i.jenjang}, pegawai kini ${jenjang}: sesudah kenaikan jenjang angka kredit dihitung dari awal.`,
        `The PAK Integrasi was made in jenjang ${i.jenjang}; the pegawai is now ${jenjang}: after a jenjang promotion angka kredit starts again.`,
      ),
    ]);
  }
  return ok(ulang.data);
}

/**
 * Builds a PAK Penetapan: `AK kumulatif = AK Dasar + AK Integrasi + Σ konversi` within the pegawai's jenjang (every
 * record checked, in time order, no month twice, all of this jenjang: `rekam-jenjang-lain`), exact; then for the next
 * pangkat and the next jenjang the cumulative AK needed, the excess or shortfall (`selisih`), and the preconditions:
 * the latest predikat against the rule set's minimum for a new jenjang (PerBKN 3/2023: at least Baik), and those the
 * library cannot check (uji kompetensi, formasi, masa kerja). The thresholds are cumulative within the jenjang:
 * `akDasar[golongan] + akKenaikanPangkat` for the next pangkat (III/d: 100 + 100 = 200) and the jenjang's figure
 * (100, 200, 450) for the next jenjang. The rule set is `opsi.ketentuan`, else the one in force on `tanggal`, else the
 * built-in (the figures used here are the same in every built-in rule set). To see *when* the shortfall is made up at
 * a given predikat, pass `akKumulatif` to {@link proyeksiKenaikan}.
 *
 * @param input - The pegawai, AK Dasar or Integrasi, the records and an optional letterhead.
 * @param opsi - `ketentuan`: the rule set (default: the one in force for the last record).
 * @returns The document, or a failed result with `rekam-jenjang-lain`, `periode-tumpang-tindih` or a record's issues.
 * @category PAK
 * @example
 * // PerBKN 3/2023 Lampiran II: entry into Ahli Muda at III/d, AK Dasar 100, three years Baik (25 a year): 175.
 * const baik = (tahun: number) => createRekamAngkaKredit({ tahun, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-muda', predikat: 'baik' });
 * const p = createPakPenetapan({
 *   pegawai: { nama: 'Siti Aminah', nip: '198701012010012001', golongan: 'III/d' },
 *   akDasar: 'golongan',
 *   konversi: [baik(2024), baik(2025), baik(2026)],
 * });
 * p.success && p.data.akKumulatif;     //=> '175'
 * p.success && p.data.kenaikanPangkat; //=> { jenis: 'jenjang', ke: 'IV/a', syarat: '200', selisih: '-25', akCukup: false, predikatCukup: true, … }
 */
export function createPakPenetapan(input: InputPakPenetapan, opsi?: OpsiKetentuan): Result<PakPenetapan> {
  const awal = safely(() => {
    periksaObjek(input, 'input');
    const diberikan = ketentuanBerlakuOpsional(opsi, 'createPakPenetapan');
    const tanggal = (input as { tanggal?: unknown }).tanggal;
    return (
      diberikan ??
      (typeof tanggal === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(tanggal) ? ketentuanUntuk(tanggal) : KETENTUAN_2026)
    );
  });
  if (!awal.success) return awal;
  const k = awal.data;
  const buka = bukaPak(input, k, ['akDasar', 'integrasi', 'konversi'], 'konversi', () =>
    akumulasiBerindeks(input.konversi),
  );
  if (!buka.success) return buka;
  const { pegawai, kop } = buka.data;
  const { akumulasi: a, indeks } = buka.data.isi;
  const issues = cekRekamPegawai(a.baris, pegawai, (i) => ['konversi', indeks[i] ?? i]);
  const dasar = safely(() =>
    Desimal.from(input.akDasar === 'golongan' ? k.akDasar[pegawai.golongan] : (input.akDasar ?? 0)),
  );
  if (!dasar.success) issues.push(...prefixIssues(dasar.issues, ['akDasar']));
  else if (dasar.data.compare(0) < 0)
    issues.push(
      issueOf('nilai-negatif', ['akDasar'], 'AK Dasar tidak boleh negatif.', 'AK Dasar must not be negative.'),
    );
  const integrasi = input.integrasi === undefined ? ok(null) : cekIntegrasi(input.integrasi, pegawai.jenjang, k);
  if (!integrasi.success) issues.push(...integrasi.issues);
  if (issues.length > 0 || !dasar.success || !integrasi.success) return fail(issues);
  const akKumulatif = dasar.data.plus(integrasi.data?.akIntegrasi ?? 0).plus(a.total);
  const gol = cariKode(k.golongan, pegawai.golongan) as EntriGolongan;
  const terakhir = a.baris[a.baris.length - 1]?.predikat ?? null;
  const { pangkat, jenjang } = kenaikanDari(k, gol, akKumulatif, terakhir);
  return ok(
    deepFreeze({
      jenis: 'penetapan' as const,
      ketentuan: k.id,
      pegawai,
      akDasar: dasar.data.toJSON(),
      integrasi: integrasi.data === null ? null : { ...integrasi.data, rentang: [...integrasi.data.rentang] as const },
      konversi: a.baris,
      akKonversi: a.total,
      akKumulatif: akKumulatif.toJSON(),
      kenaikanPangkat: pangkat,
      kenaikanJenjang: jenjang,
      ...kop,
    }),
  );
}

/** An exact AK with the decimal comma of an Indonesian message (every digit kept); the English message keeps the point. */
const komaAk = (ak: string): string => ak.replace('.', ',');
