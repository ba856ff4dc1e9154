// `kenaikan`: who is eligible for the next pangkat or jenjang, and who is short by how much. Shared by the
// CLI and the web page.
import { periksaBacaan, periksaOpsiBerkas, periksaTujuan } from './periksa';
import { ok, type Result } from '../core/result';
import { formatAngkaKredit } from '../penilaian/angka-kredit';
import { bacaData, type Galat } from './data';
import type { BacaanBerkas } from '../format/dialek';
import { AngkaSel, dialekDari, Keluaran, pilih, type TujuanKeluaran } from '../format/keluaran';
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
 * preconditions, written as `kenaikan.csv` and `galat.csv` through `tujuan`. `keluar` names the output in the summary.
 * A header without a required field is a failed `Result`, nothing written.
 *
 * @category Berkas
 * @example
 * import { kenaikanBerkas, readBerkas, type TujuanKeluaran } from 'pengelolaan-kinerja/berkas';
 * async function contoh(tujuan: TujuanKeluaran) {
 *   const b = await readBerkas(new TextEncoder().encode('NIP,Nama,Golongan,Tahun,Predikat\n198703122010012004,Andi,III/c,2024,Baik\n'));
 *   if (!b.success) return;
 *   const h = await kenaikanBerkas(b.data, tujuan, { bahasa: 'en' });
 *   return h.success && h.data.ringkas; // 'kenaikan: 1 guru, 0 meet the AK of a next promotion, 0 rows refused → keluaran/kenaikan.csv'
 * }
 */
export async function kenaikanBerkas(
  bacaan: BacaanBerkas,
  tujuan: TujuanKeluaran,
  opsi: OpsiBerkas & { readonly keluar?: string } = {},
): Promise<Result<HasilKenaikan>> {
  return jalankanKenaikan(periksaBacaan(bacaan), periksaTujuan(tujuan), periksaOpsiBerkas(opsi));
}

async function jalankanKenaikan(
  bacaan: BacaanBerkas,
  tujuan: TujuanKeluaran,
  opsiBerkas: OpsiBerkas & { readonly keluar?: string } = {},
): Promise<Result<HasilKenaikan>> {
  const opsi = opsiBaca(opsiBerkas);
  const masukan = bacaan;
  const ditolakKolom = tolakKolom(masukan.header, opsi.peta);
  if (ditolakKolom !== null) return ditolakKolom;
  const kolom = laporanKolom(masukan.header, opsi.peta);
  const dialekKini = () => dialekDari(masukan.dialek);
  const out = new Keluaran(tujuan, dialekKini(), () => dialekKini().bom);
  const tabel = out.tabel('kenaikan');
  const galat = out.tabel('galat');
  tabel.kepala([
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
  ]);
  galat.kepala(KOLOM_GALAT);
  const hitung = new HitungGalat();
  const tolak = (g: Galat) => {
    // A SIASN body this command does not write: not a refusal here.
    if (g.jenis === 'siasn') return;
    hitung.catat(g);
    galat.csv(barisGalat(g, opsi.bahasa));
  };
  const { guru, simpanan } = await bacaData(
    masukan,
    opsi,
    () => {},
    tolak,
    opsiBerkas.kemajuan?.tiap,
    () => galat.jeda(),
  );
  opsiBerkas.kemajuan?.selesai();
  let memenuhi = 0;
  const jumlah = guru.size;
  const urutan = urutanGuru(guru);
  for (const [, nip] of urutan) {
    const g = guru.get(nip)!;
    const { penetapan } = penetapanGuru(g, simpanan, opsi, false);
    if (!penetapan.success) {
      for (const x of galatGuru(g, penetapan.issues)) tolak(x);
      continue;
    }
    const p = penetapan.data;
    // The next pangkat and the next jenjang, once when they are the same promotion (same golongan, same threshold;
    // every other field follows from those two).
    const sama =
      p.kenaikanJenjang?.ke === p.kenaikanPangkat?.ke && p.kenaikanJenjang?.syarat === p.kenaikanPangkat?.syarat;
    const daftar = sama ? [p.kenaikanPangkat] : [p.kenaikanPangkat, p.kenaikanJenjang];
    let ya = false;
    for (const k of daftar) {
      if (k === null) continue;
      const siap = k.akCukup && k.predikatCukup !== false;
      ya ||= siap;
      tabel.csv([
        g.unitKerja ?? '',
        nip,
        g.nama,
        g.golongan,
        g.jenjang,
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
  await out.selesai();
  const ditolak = hitung.ditolak + hitung.guru.size;
  const f = `${opsiBerkas.keluar ?? 'keluaran'}/kenaikan${out.ekstensi}`;
  const ringkas = pilih(
    opsi.bahasa,
    `kenaikan: ${jumlah} guru, ${memenuhi} memenuhi AK untuk kenaikan berikutnya, ${hitung.ditolak} baris ditolak${hitung.guru.size > 0 ? `, ${hitung.guru.size} guru ditolak` : ''} → ${f}`,
    `kenaikan: ${jumlah} guru, ${memenuhi} meet the AK of a next promotion, ${hitung.ditolak} rows refused${hitung.guru.size > 0 ? `, ${hitung.guru.size} guru refused` : ''} → ${f}`,
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
