// `kenaikan`: who is eligible for the next pangkat or jenjang, and who is short by how much. Shared by the
// CLI and the web page.
import { periksaBacaan, periksaOpsiBerkas, periksaTujuan } from './periksa';
import { ok, type Result } from '../core/result';
import { formatAngkaKredit } from '../penilaian/angka-kredit';
import { bacaData, type Galat, type HasilBaca, type OpsiBaca } from './data';
import type { BacaanBerkas } from '../format/dialek';
import { AngkaSel, dialekDari, Keluaran, pilih, type TabelKeluaran, type TujuanKeluaran } from '../format/keluaran';
import type { LaporanKolom } from '../format/kolom';
import {
  barisGalat,
  galatGuru,
  HitungGalat,
  KOLOM_GALAT,
  laporanKolom,
  opsiBaca,
  penetapanGuru,
  tolakKolom,
  urutanGuru,
  type OpsiBerkas,
} from './bersama';

/**
 * What a run of {@link kenaikanBerkas} found: guru, how many meet the AK of a next promotion, rows and guru refused,
 * the summary the CLI prints, every column of the file (used or ignored), and the files written.
 *
 * @category Berkas
 * @example
 * import type { HasilKenaikan } from 'pengelolaan-kinerja/berkas';
 * const lihat = (h: HasilKenaikan) => `${h.memenuhi} dari ${h.guru} guru`;
 */
export interface HasilKenaikan {
  /** Guru read (each NIP once). */
  readonly guru: number;
  /** Guru whose AK meets a next pangkat or jenjang (and whose predikat does not stop it). */
  readonly memenuhi: number;
  /** Rows refused, and guru refused whole. */
  readonly ditolak: number;
  /** The summary line the CLI prints. */
  readonly ringkas: string;
  /** Every column of the file: used (by which field) or ignored. */
  readonly kolom: LaporanKolom;
  /** The files written (`kenaikan.csv`, `galat.csv`). */
  readonly berkas: readonly string[];
}

/**
 * The CLI's `kenaikan` on an operator's file (the same input as {@link pakBerkas}): per guru (by unit kerja, then NIP)
 * the next pangkat and jenjang, the AK needed, the difference (negative: a shortfall), predikat, status and the other
 * preconditions, written as `kenaikan.csv` and `galat.csv` through `tujuan`. `keluar` names the output in the summary
 * (none for a run in memory). A guru with a refused line is `ditunda`, without figures.
 * A header without a required field is a failed `Result`, nothing written.
 *
 * @param bacaan - The file as {@link readBerkas} opened it.
 * @param tujuan - Where the outputs go.
 * @param opsi - The rule set, language, column map and the output's name.
 * @returns The run's counts, or a failed result with `kolom-wajib-tidak-ada` or `kolom-peta-tidak-ada` before anything
 *   is written; wrong arguments reject with `KinerjaError` `argumen-tidak-valid`.
 * @category Berkas
 * @example
 * import { kenaikanBerkas, readBerkas, type TujuanKeluaran } from 'pengelolaan-kinerja/berkas';
 * async function contoh(tujuan: TujuanKeluaran) {
 *   const b = await readBerkas(new TextEncoder().encode('NIP,Nama,Golongan,Tahun,Predikat\n198703122010012004,Andi,III/c,2024,Baik\n'));
 *   if (!b.success) return;
 *   const h = await kenaikanBerkas(b.data, tujuan, { bahasa: 'en' });
 *   return h.success && h.data.ringkas; // 'kenaikan: 1 guru, 0 meet the AK of a next promotion, 0 rows refused'
 * }
 */
export async function kenaikanBerkas(
  bacaan: BacaanBerkas,
  tujuan: TujuanKeluaran,
  opsi: OpsiBerkas & { readonly keluar?: string } = {},
): Promise<Result<HasilKenaikan>> {
  return jalankanKenaikan(periksaBacaan(bacaan), periksaTujuan(tujuan), periksaOpsiBerkas(opsi));
}

const KOLOM_KENAIKAN: readonly string[] = [
  'unit_kerja',
  'nip',
  'nama',
  'golongan',
  'jenjang',
  'ak_kumulatif',
  'kenaikan',
  'ke',
  'ak_syarat',
  'selisih',
  'ak_cukup',
  'predikat_cukup',
  'status',
  'prasyarat_lain',
];

async function jalankanKenaikan(
  masukan: BacaanBerkas,
  tujuan: TujuanKeluaran,
  opsiBerkas: OpsiBerkas & { readonly keluar?: string } = {},
): Promise<Result<HasilKenaikan>> {
  const opsi = opsiBaca(opsiBerkas);
  const ditolakKolom = tolakKolom(masukan.header, opsi.peta);
  if (ditolakKolom !== null) return ditolakKolom;
  const kolom = laporanKolom(masukan.header, opsi.peta);
  const dialekKini = () => dialekDari(masukan.dialek);
  const out = new Keluaran(tujuan, dialekKini(), () => dialekKini().bom);
  const tabel = out.tabel('kenaikan');
  const galat = out.tabel('galat');
  tabel.kepala(KOLOM_KENAIKAN);
  galat.kepala(KOLOM_GALAT);
  const hitung = new HitungGalat();
  const tolak = (g: Galat) => {
    // A SIASN body this command does not write: not a refusal here.
    if (g.jenis === 'siasn') return;
    hitung.catat(g);
    galat.csv(barisGalat(g, opsi.bahasa));
  };
  const baca = await bacaData(
    masukan,
    opsi,
    () => {},
    tolak,
    opsiBerkas.kemajuan?.tiap,
    () => galat.jeda(),
  );
  opsiBerkas.kemajuan?.selesai();
  const jumlah = baca.guru.size;
  const { memenuhi, ditunda } = await tulisKenaikan(baca, tabel, tolak, opsi);
  await out.selesai();
  const ditolak = hitung.ditolak + hitung.guru.size;
  const ke = opsiBerkas.keluar === undefined ? '' : ` → ${opsiBerkas.keluar}/kenaikan${out.ekstensi}`;
  const ringkas = pilih(
    opsi.bahasa,
    `kenaikan: ${jumlah} guru, ${memenuhi} memenuhi AK untuk kenaikan berikutnya, ${hitung.ditolak} baris ditolak${ditunda > 0 ? `, ${ditunda} guru ditunda (ada baris yang ditolak)` : ''}${ke}`,
    `kenaikan: ${jumlah} guru, ${memenuhi} meet the AK of a next promotion, ${hitung.ditolak} rows refused${ditunda > 0 ? `, ${ditunda} guru held (a line refused)` : ''}${ke}`,
  );
  return ok({
    guru: jumlah,
    memenuhi,
    ditolak,
    ringkas,
    kolom,
    berkas: [`kenaikan${out.ekstensi}`, `galat${out.ekstensi}`],
  });
}

/**
 * Per guru (by unit kerja, then NIP) the next pangkat and jenjang, once when they are the same promotion. A held guru
 * (a refused line, or no Penetapan) gets one line with status `ditunda` and no figures: a partial AK is not an answer.
 */
async function tulisKenaikan(
  baca: HasilBaca,
  tabel: TabelKeluaran,
  tolak: (g: Galat) => void,
  opsi: OpsiBaca,
): Promise<{ memenuhi: number; ditunda: number }> {
  let memenuhi = 0;
  let ditunda = 0;
  for (const [, nip] of urutanGuru(baca.guru)) {
    const g = baca.guru.get(nip)!;
    const { penetapan } = penetapanGuru(g, baca.simpanan, opsi, false);
    if (!penetapan.success) for (const x of galatGuru(g, penetapan.issues)) tolak(x);
    const siapa = [g.unitKerja ?? '', nip, g.nama, g.golongan, g.jenjang];
    if (!penetapan.success || baca.alasan.has(nip)) {
      ditunda += 1;
      tabel.csv([...siapa, '', '', '', '', '', '', '', 'ditunda', '']);
      continue;
    }
    const p = penetapan.data;
    // The next pangkat and the next jenjang, once when they are the same promotion (same golongan, same threshold;
    // every other field follows from those two).
    const sama =
      p.kenaikanJenjang?.ke === p.kenaikanPangkat?.ke && p.kenaikanJenjang?.syarat === p.kenaikanPangkat?.syarat;
    let ya = false;
    for (const k of sama ? [p.kenaikanPangkat] : [p.kenaikanPangkat, p.kenaikanJenjang]) {
      if (k === null) continue;
      const siap = k.akCukup && k.predikatCukup !== false;
      ya ||= siap;
      tabel.csv([
        ...siapa,
        new AngkaSel(formatAngkaKredit(p.akKumulatif)),
        k.jenis,
        k.ke,
        k.syarat,
        new AngkaSel(formatAngkaKredit(k.selisih)),
        k.akCukup ? 'ya' : 'tidak',
        k.predikatCukup === null ? '' : k.predikatCukup ? 'ya' : 'tidak',
        siap ? 'memenuhi-ak' : 'belum',
        k.prasyarat.join(' '),
      ]);
    }
    if (ya) memenuhi += 1;
    await tabel.jeda();
  }
  return { memenuhi, ditunda };
}
