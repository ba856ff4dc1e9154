import { issueOf, prefixIssues, type Issue } from '../core/issue';
import { fail, ok, safely, type Result } from '../core/result';
import { pilihKetentuan } from '../ketentuan/pilih';
import { rentangPeriode } from '../ketentuan/periode';
import type { Siklus } from '../pelaksanaan/siklus';
import { rangkumanRencana, type Rangkuman } from '../perencanaan/rangkuman';
import type { RencanaKinerja } from '../perencanaan/rencana';
import { validateRencana } from '../perencanaan/validasi';
import {
  createPenilaianHasilKerja,
  createPenilaianPerilakuKerja,
  type InputPenilaianHasilKerja,
  type InputPenilaianPerilakuKerja,
  type PenilaianHasilKerja,
  type PenilaianPerilakuKerja,
} from './rating';
import { createRekamAngkaKredit, type RekamAngkaKredit } from './rekam-ak';
import { predikatTampil, type PredikatTampil } from './tampil';
import { periksaObjek } from '../core/periksa';
import { ketentuanOpsional, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';
import { issuePppk } from './pppk';
import type { KetentuanBerlaku } from '../ketentuan/types';

/**
 * Everything {@link penilaianPeriode} reads: the agreed plan, the siklus, the penilai's ratings (where given), and the
 * dokumen akuntabilitas (default: the plan's checklist).
 *
 * @category Penilaian
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2026, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 1 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * const berakhlak = Object.fromEntries(ASPEK_BERAKHLAK.map((a) => [a, 'sesuai-ekspektasi'])) as Record<AspekBerakhlak, Rating>;
 * const hasilKerja = { aspek: { 'upaya-refleksi': 'di-atas-ekspektasi', 'upaya-mempelajari': 'di-atas-ekspektasi', 'perubahan-praktik': 'di-atas-ekspektasi' }, rating: 'di-atas-ekspektasi' } as const;
 * const perilakuKerja = { aspek: berakhlak, rating: 'sesuai-ekspektasi' } as const;
 * const input: InputPenilaianPeriode = { rencana, hasilKerja, perilakuKerja, dokumen: { K3: true, K4: true, K5: true } };
 */
export interface InputPenilaianPeriode {
  /** The agreed plan of the period. */
  readonly rencana: RencanaKinerja;
  /** The period's siklus, when it has one. */
  readonly siklus?: Siklus;
  /** The hasil kerja rating, once given (the points come from the plan). */
  readonly hasilKerja?: Omit<InputPenilaianHasilKerja, 'poin'>;
  /** The perilaku kerja rating, once given. */
  readonly perilakuKerja?: InputPenilaianPerilakuKerja;
  /** Which accountability documents are held, by document code. */
  readonly dokumen?: Readonly<Record<string, boolean>>;
}

/**
 * The whole period in one value: points, both ratings, the predikat behind the dokumen gate, the angka kredit record
 * for the period's months, and what is still missing (`kekurangan`, coded: `siklus-belum-selesai`,
 * `hasil-kerja-belum-dinilai`, `perilaku-kerja-belum-dinilai`, `dokumen-belum-terkumpul`, `jenjang-tidak-ada`).
 *
 * @category Penilaian
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2026, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 1 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * const berakhlak = Object.fromEntries(ASPEK_BERAKHLAK.map((a) => [a, 'sesuai-ekspektasi'])) as Record<AspekBerakhlak, Rating>;
 * const hasilKerja = { aspek: { 'upaya-refleksi': 'di-atas-ekspektasi', 'upaya-mempelajari': 'di-atas-ekspektasi', 'perubahan-praktik': 'di-atas-ekspektasi' }, rating: 'di-atas-ekspektasi' } as const;
 * const perilakuKerja = { aspek: berakhlak, rating: 'sesuai-ekspektasi' } as const;
 * const h = unwrap(penilaianPeriode({ rencana, hasilKerja, perilakuKerja, dokumen: { K3: true, K4: true, K5: true } }));
 * h.predikat; //=> { status: 'ditampilkan', predikat: 'baik' }
 */
export interface HasilPenilaianPeriode {
  /** Whether everything the penilaian needs is there. */
  readonly lengkap: boolean;
  /** What is still missing, as coded issues. */
  readonly kekurangan: readonly Issue[];
  /** The plan's points summary. */
  readonly poin: Rangkuman;
  /** The hasil kerja rating, or `null` when not given yet. */
  readonly hasilKerja: PenilaianHasilKerja | null;
  /** The perilaku kerja rating, or `null` when not given yet. */
  readonly perilakuKerja: PenilaianPerilakuKerja | null;
  /** The predikat of both ratings, or `null` until both are given. */
  readonly predikat: PredikatTampil | null;
  /** The AK record; `null` until the predikat exists, or without a jenjang. Counted whether or not the predikat is shown. */
  readonly angkaKredit: RekamAngkaKredit | null;
}

/** The predikat shown (or held while dokumen akuntabilitas are missing, which is added to `kekurangan`). */
function predikatPeriode(
  input: InputPenilaianPeriode,
  rencana: RencanaKinerja,
  hasilKerja: PenilaianHasilKerja,
  perilakuKerja: PenilaianPerilakuKerja,
  ketentuan: KetentuanBerlaku,
  kekurangan: Issue[],
): PredikatTampil {
  const predikat = predikatTampil(
    {
      hasilKerja: hasilKerja.rating,
      perilakuKerja: perilakuKerja.rating,
      peran: rencana.pegawai.peran,
      dokumen: input.dokumen ?? rencana.dokumenAkuntabilitas,
    },
    { ketentuan },
  );
  if (predikat.status === 'tertahan') {
    const kode = predikat.dokumenKurang.map((d) => d.kode).join(', ');
    kekurangan.push(
      issueOf(
        'dokumen-belum-terkumpul',
        ['dokumen'],
        `Predikat belum dapat ditampilkan: dokumen ${kode} belum dikumpulkan.`,
        `The predikat cannot be shown: documents ${kode} are not collected.`,
      ),
    );
  }
  return predikat;
}

/**
 * The period's AK record from its predikat: none for a PPPK or without a jenjang (the reason added to `kekurangan`).
 */
function angkaKreditPeriode(
  rencana: RencanaKinerja,
  predikat: PredikatTampil,
  ketentuan: KetentuanBerlaku,
  kekurangan: Issue[],
): RekamAngkaKredit | null {
  const { jenjang, golongan } = rencana.pegawai;
  if (rencana.pegawai.statusKepegawaian === 'pppk') {
    kekurangan.push(issuePppk(['rencana', 'pegawai', 'statusKepegawaian'], 'pppk'));
    return null;
  }
  if (jenjang === undefined) {
    kekurangan.push(
      issueOf(
        'jenjang-tidak-ada',
        ['rencana', 'pegawai', 'jenjang'],
        'Tanpa jenjang jabatan tidak ada angka kredit.',
        'Without a jenjang there is no angka kredit.',
      ),
    );
    return null;
  }
  const { bulanMulai, bulanAkhir } = rentangPeriode(rencana.periode, { ketentuan });
  const segmen = {
    tahun: rencana.periode.tahun,
    bulanMulai,
    bulanAkhir,
    jenjang,
    predikat: predikat.predikat,
    ...(golongan === undefined ? {} : { golongan }),
  };
  const r = safely(() => createRekamAngkaKredit(segmen, { ketentuan }));
  return r.success ? r.data : null;
}

/**
 * For apps that have all the data: plan + siklus + ratings → predikat, angka kredit and what is missing. Fails only
 * for a plan that is not a valid plan or ratings that are malformed; missing pieces are reported in `kekurangan`.
 *
 * @param input - The plan, the siklus, the ratings and the documents held.
 * @param opsi - `ketentuan`: the rule set (default: the plan's).
 * @returns The penilaian with what is missing in `kekurangan`, or a failed result with `rencana-tidak-valid` or
 *   `skema-tidak-valid`.
 * @category Penilaian
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2026, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 1 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * const berakhlak = Object.fromEntries(ASPEK_BERAKHLAK.map((a) => [a, 'sesuai-ekspektasi'])) as Record<AspekBerakhlak, Rating>;
 * const hasilKerja = { aspek: { 'upaya-refleksi': 'di-atas-ekspektasi', 'upaya-mempelajari': 'di-atas-ekspektasi', 'perubahan-praktik': 'di-atas-ekspektasi' }, rating: 'di-atas-ekspektasi' } as const;
 * const perilakuKerja = { aspek: berakhlak, rating: 'sesuai-ekspektasi' } as const;
 * const r = penilaianPeriode({ rencana, hasilKerja, perilakuKerja });
 * r.success && r.data.angkaKredit?.angkaKredit; // Ahli Pertama, Baik, the whole year 2026
 * //=> '12.5'
 * r.success && r.data.kekurangan.map((i) => i.code); //=> ['siklus-belum-selesai', 'dokumen-belum-terkumpul']
 */
export function penilaianPeriode(input: InputPenilaianPeriode, opsi?: OpsiKetentuan): Result<HasilPenilaianPeriode> {
  const bentuk = safely(() => {
    periksaObjek(input, 'input');
    return ketentuanOpsional(opsi, 'penilaianPeriode');
  });
  if (!bentuk.success) return bentuk;
  const ketentuanDiberikan = bentuk.data;
  const v = validateRencana(input.rencana, ketentuanDiberikan === undefined ? {} : { ketentuan: ketentuanDiberikan });
  if (!v.success) return fail(prefixIssues(v.issues, ['rencana']));
  const rencana = v.data;
  const pilihan = pilihKetentuan(rencana, ketentuanDiberikan);
  if (!pilihan.success) return pilihan;
  const ketentuan = pilihan.data;
  const kekurangan: Issue[] = [];
  const poin = rangkumanRencana(rencana, { ketentuan });
  if (input.siklus === undefined || input.siklus.langkah !== 'penilaian') {
    const di = input.siklus?.langkah ?? 'belum dimulai';
    kekurangan.push(
      issueOf(
        'siklus-belum-selesai',
        ['siklus'],
        `Siklus belum sampai penilaian (${di}).`,
        `The siklus has not reached penilaian (${di}).`,
      ),
    );
  }
  let hasilKerja: PenilaianHasilKerja | null = null;
  if (input.hasilKerja === undefined) {
    kekurangan.push(
      issueOf(
        'hasil-kerja-belum-dinilai',
        ['hasilKerja'],
        'Rating hasil kerja belum ditetapkan.',
        'The rating hasil kerja is not set.',
      ),
    );
  } else {
    const r = createPenilaianHasilKerja(
      { ...input.hasilKerja, poin: ketentuan.poin === null ? null : poin.totalPoin },
      { ketentuan },
    );
    if (!r.success) return fail(prefixIssues(r.issues, ['hasilKerja']));
    hasilKerja = r.data;
  }
  let perilakuKerja: PenilaianPerilakuKerja | null = null;
  if (input.perilakuKerja === undefined) {
    kekurangan.push(
      issueOf(
        'perilaku-kerja-belum-dinilai',
        ['perilakuKerja'],
        'Rating perilaku kerja belum ditetapkan.',
        'The rating perilaku kerja is not set.',
      ),
    );
  } else {
    const r = createPenilaianPerilakuKerja(input.perilakuKerja, { ketentuan });
    if (!r.success) return fail(prefixIssues(r.issues, ['perilakuKerja']));
    perilakuKerja = r.data;
  }
  let predikat: PredikatTampil | null = null;
  let angkaKredit: RekamAngkaKredit | null = null;
  if (hasilKerja !== null && perilakuKerja !== null) {
    predikat = predikatPeriode(input, rencana, hasilKerja, perilakuKerja, ketentuan, kekurangan);
    angkaKredit = angkaKreditPeriode(rencana, predikat, ketentuan, kekurangan);
  }
  return ok(
    Object.freeze({
      lengkap: kekurangan.length === 0,
      kekurangan: Object.freeze(kekurangan),
      poin,
      hasilKerja,
      perilakuKerja,
      predikat,
      angkaKredit,
    }),
  );
}
