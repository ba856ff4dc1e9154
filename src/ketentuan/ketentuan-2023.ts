import { deepFreeze } from '../core/freeze';
import { tandaiKetentuan } from './tanda-terperiksa';
import { type DasarKetentuan, susunKetentuan } from './dasar';
import { DASAR_ASN } from './dasar-kinerja-asn';
import { DASAR_GURU } from './dasar-kinerja-guru';
import type { BagianKetentuan, KetentuanKonversi } from './types';
import { open, reg } from './sumber';

const SKP = 'permenpanrb-6-2022';
const JF = 'permenpanrb-1-2023';
const BKN = 'perbkn-3-2023';
const DECK = 'bkn-deck-perbkn-3-2023';
const TIDAK_ADA = /* @__PURE__ */ reg(
  ['perdirjen-gtk-7607-2023', SKP],
  'Tidak ada pada 2023 (lingkup konversi): rencana, poin, siklus dan dokumen akuntabilitas PMM dimulai 2024 (Perdirjen GTK 7607/2023); SKP 2023 disusun dan dinilai setahun di e-Kinerja BKN menurut PermenPANRB 6/2022.',
);

/**
 * The 2023 rule set, the first konversi year, of the angka kredit side only ({@link KetentuanKonversi}): the annual
 * SKP of PermenPANRB 6/2022 (e-Kinerja BKN) gives a predikat a year, which PermenPANRB 1/2023 and PerBKN 3/2023
 * convert into angka kredit from 1 January 2023 (conventional AK up to 31 December 2022 enters through the PAK
 * Integrasi). One annual period; the predikat matrix, koefisien, persentase, golongan thresholds, AK Dasar and
 * integrasi figures are 2024's (the same regulations). The PMM plan, points, siklus and dokumen gate did not exist:
 * they are absent, and a 2023 plan or siklus is refused with `ketentuan-tanpa-perencanaan`; angka kredit, records,
 * akumulasi, PAK documents and SIASN bodies take it without any option.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2023.periode; //=> { jenis: 'tahunan', rentangBulan: [[1, 12]] }
 * KETENTUAN_2023.jenjang[0]?.koefisienTahunan; //=> '12.5'
 * 'katalogRhk' in KETENTUAN_2023; //=> false
 */
export const KETENTUAN_2023: KetentuanKonversi = /* @__PURE__ */ (() => {
  // This year's own parts: what its regulation changes, or a base's value with this year's source.
  const TAHUN_INI: DasarKetentuan<
    'periode' | 'peran' | 'jenjang' | 'golongan' | 'predikat' | 'matriksPredikat' | 'aspekBerakhlak' | 'kebijakan',
    Exclude<
      BagianKetentuan,
      'statusKepegawaian' | 'rating' | 'integrasiAk' | 'akDasar' | 'polaDistribusi' | 'batasTeks'
    >
  > = {
    periode: { jenis: 'tahunan', rentangBulan: [[1, 12]] },
    peran: DASAR_GURU.peran,
    jenjang: DASAR_ASN.jenjang,
    golongan: DASAR_ASN.golongan,
    predikat: DASAR_ASN.predikat,
    matriksPredikat: DASAR_ASN.matriksPredikat,
    aspekBerakhlak: DASAR_GURU.aspekBerakhlak,
    kebijakan: {
      ...DASAR_GURU.kebijakan,
      saranHasilKerja: { ...DASAR_GURU.kebijakan.saranHasilKerja, poinMinimumDiAtas: null },
    },
    sumber: {
      periode: reg(
        [SKP, BKN],
        'Penilaian kinerja tahunan (SKP e-Kinerja); PAK konversi dari predikat tahunan mulai 1 Januari 2023.',
      ),
      peran: open([SKP], 'Guru dinilai atasan langsungnya (kepala sekolah) di e-Kinerja; peran seperti 2024 (bawaan).'),
      jenjang: reg(
        [JF, DECK],
        'Koefisien tahunan sama dengan 2024: Ahli Pertama 12,5, Ahli Muda 25, Ahli Madya 37,5, Ahli Utama 50.',
      ),
      golongan: reg(
        [JF, DECK],
        'AK kumulatif kenaikan pangkat/jenjang model konversi: Pertama 50/100, Muda 100/200, Madya 150/450, Utama 200.',
      ),
      predikat: reg([SKP, JF], 'Persentase PermenPANRB 1/2023 sama dengan 2024: 150/100/75/50/25.'),
      matriksPredikat: reg([SKP], 'Kuadran kinerja pegawai PermenPANRB 6/2022, sama dengan 2024.'),
      aspekBerakhlak: reg([SKP], 'Perilaku kerja BerAKHLAK PermenPANRB 6/2022.'),
      langkahSiklus: TIDAK_ADA,
      nilaiObservasi: TIDAK_ADA,
      statusRencana: TIDAK_ADA,
      indikatorPraktikKinerja: TIDAK_ADA,
      katalogRhk: TIDAK_ADA,
      poin: TIDAK_ADA,
      tugasTambahan: TIDAK_ADA,
      bebanKerja: DASAR_GURU.sumber.bebanKerja,
      dokumenAkuntabilitas: TIDAK_ADA,
      kalender: TIDAK_ADA,
      tahapSebelumPerencanaan: TIDAK_ADA,
      jadwalRinci: DASAR_GURU.sumber.jadwalRinci,
      cakupan: DASAR_GURU.sumber.cakupan,
      raporPendidikan: TIDAK_ADA,
      kebijakan: open(
        [BKN, 'perbkn-11-2022'],
        'Kebijakan AK seperti 2024; tanpa poin, saran rating hasil kerja tidak memakai poin.',
      ),
    },
  };
  return tandaiKetentuan(
    deepFreeze(
      susunKetentuan(
        {
          id: '2023',
          lingkup: 'konversi',
          nama: 'Konversi Predikat Kinerja ke Angka Kredit 2023 (SKP e-Kinerja, PermenPANRB 6/2022)',
          berlakuMulai: '2023-01-01',
          dokumen: [
            ...DASAR_ASN.dokumen,
            ...DASAR_GURU.dokumen,
            {
              id: DECK,
              judul:
                'BKN Direktorat Jabatan ASN: Kebijakan Teknis Peraturan BKN Nomor 3 Tahun 2023 tentang Angka Kredit, Kenaikan Pangkat dan Jenjang JF (paparan, 2023; slideshare.net/WidarmaAtmaja/kebijakan-teknis-perka-bkn-no-3-tahun-2023-tentang-angka-kredit-kenaikan-pangkat-dan-jenjang-jf-3pdf) dan Penyesuaian Angka Kredit Konvensional ke Integrasi & Konversi Predikat Kinerja (id.scribd.com/document/712964724)',
            },
          ],
        },
        // Where each part comes from, with its source: a named base, or this year's own parts (TAHUN_INI).
        {
          periode: TAHUN_INI,
          peran: TAHUN_INI,
          statusKepegawaian: DASAR_GURU,
          jenjang: TAHUN_INI,
          golongan: TAHUN_INI,
          rating: DASAR_ASN,
          predikat: TAHUN_INI,
          matriksPredikat: TAHUN_INI,
          aspekBerakhlak: TAHUN_INI,
          langkahSiklus: TAHUN_INI,
          nilaiObservasi: TAHUN_INI,
          statusRencana: TAHUN_INI,
          indikatorPraktikKinerja: TAHUN_INI,
          katalogRhk: TAHUN_INI,
          poin: TAHUN_INI,
          tugasTambahan: TAHUN_INI,
          bebanKerja: TAHUN_INI,
          dokumenAkuntabilitas: TAHUN_INI,
          kalender: TAHUN_INI,
          tahapSebelumPerencanaan: TAHUN_INI,
          jadwalRinci: TAHUN_INI,
          cakupan: TAHUN_INI,
          integrasiAk: DASAR_ASN,
          akDasar: DASAR_ASN,
          raporPendidikan: TAHUN_INI,
          polaDistribusi: DASAR_ASN,
          batasTeks: DASAR_GURU,
          kebijakan: TAHUN_INI,
        },
      ),
    ),
  );
})();
