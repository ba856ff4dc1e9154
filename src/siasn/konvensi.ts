import type { Jenjang, Predikat, Rating } from '../ketentuan/kode';

/**
 * SIASN's conventions as data, in one versioned place: codes, labels, ids, flag and date forms. BKN publishes no spec;
 * every value comes from community client code (docs/sumber.md#siasn) and names its source in `sumber`, so a
 * change at BKN is a change here, not in the functions.
 *
 * @category SIASN
 * @example
 * import { SKEMA_SIASN } from 'pengelolaan-kinerja/siasn';
 * SKEMA_SIASN.kuadran['butuh-perbaikan']; //=> 3
 * SKEMA_SIASN.rating['di-atas-ekspektasi']; //=> 1
 */
export const SKEMA_SIASN = /* @__PURE__ */ Object.freeze({
  versi: '2026-11',
  /** `kuadranKinerjaNilai`: the predikat as 1..5. */
  kuadran: Object.freeze({
    'sangat-baik': 1,
    baik: 2,
    'butuh-perbaikan': 3,
    kurang: 4,
    'sangat-kurang': 5,
  } as const satisfies Record<Predikat, number>),
  /** `hasilKinerjaNilai`, `perilakuKerjaNilai`: the rating as 1..3. */
  rating: Object.freeze({
    'di-atas-ekspektasi': 1,
    'sesuai-ekspektasi': 2,
    'di-bawah-ekspektasi': 3,
  } as const satisfies Record<Rating, number>),
  /** Reference labels, as SIASN writes them ("ESPEKTASI" sic); read case-insensitively, either spelling. */
  labelKuadran: Object.freeze({
    'sangat-baik': 'SANGAT BAIK',
    baik: 'BAIK',
    'butuh-perbaikan': 'BUTUH PERBAIKAN',
    kurang: 'KURANG',
    'sangat-kurang': 'SANGAT KURANG',
  } as const satisfies Record<Predikat, string>),
  labelRating: Object.freeze({
    'di-atas-ekspektasi': 'DIATAS ESPEKTASI',
    'sesuai-ekspektasi': 'SESUAI ESPEKTASI',
    'di-bawah-ekspektasi': 'DIBAWAH ESPEKTASI',
  } as const satisfies Record<Rating, string>),
  /** `koefisienId` of kinerjaperiodik: only the Baik (100%) ids are attested; others are not inferred. */
  koefisienIdBaik: Object.freeze({
    'ahli-pertama': '12',
    'ahli-muda': '22',
    'ahli-madya': '32',
    'ahli-utama': '42',
  } as const satisfies Record<Jenjang, string>),
  /** `periodikId` of kinerjaperiodik. */
  periodik: Object.freeze({ bulanan: '1', triwulan: '2' } as const),
  /** The guru's jabatan fungsional ids in SIASN. */
  jabatanFungsionalId: Object.freeze({
    'ahli-pertama': 'ff80808132b9d98c0132cd178bc8056e',
    'ahli-muda': 'A5EB03E23F44F6A0E040640A040252AD',
    'ahli-madya': 'A5EB03E23F42F6A0E040640A040252AD',
    'ahli-utama': 'ff80808133391d0701333927a81d0182',
  } as const satisfies Record<Jenjang, string>),
  /** Document reference ids for uploads (`path[].dok_id`). SKP22: 890 or 891, the sources disagree. */
  dokumenId: Object.freeze({
    angkaKredit: '879',
    kinerjaPeriodik: '890',
    skp22: Object.freeze(['890', '891'] as const),
  }),
  /** Flags are strings: "1" set; unset "0" (helpdesk) or "" (SDK example): an option, default "0". */
  bendera: Object.freeze({ ya: '1', tidakBawaan: '0', tidakPilihan: Object.freeze(['0', ''] as const) }),
  /** `statusPenilai`. */
  statusPenilai: Object.freeze({ asn: 'ASN', 'non-asn': 'NON ASN' } as const),
  /** Angka kredit decimals as SIASN stores them (mirror tables: decimal(6,3)). */
  desimalAk: 3,
  sumber: Object.freeze({
    angkaKredit:
      'POST /angkakredit/save: black-coffee04/ws-siasn-php (templat), kanekescom/laravel-siasn-simpeg-api, helpdesk rumahASN, aplikasi dinas PHP; semua nilai teks, bulan tanpa nol di depan, tanggalSk dd-mm-yyyy (empat sumber), ejaan "Penailan" (sic).',
    skp22:
      'POST /skp22/save: templat SDK menunjukkan angka untuk tahun dan nilai; dua aplikasi melakukan parseInt/(int). Baca /pns/rw-skp22: KuadranKinerjaNilai dan PerilakuKerjaNilai berhuruf besar (tabel cermin kanekescom/laravel-siasn-simpeg).',
    kinerjaPeriodik:
      'POST /kinerjaperiodik/save: ejaan benar (bulanMulaiPenilaian), penilaiJabatanNama, periodikId "1"/"2", koefisienId teks; hanya id koefisien Baik (12/22/32/42) yang tertulis.',
    referensi:
      'Label referensi dan id jabatan fungsional guru: data referensi black-coffee04/ws-siasn-php (src/Data/Referensi) dan helpdesk rumahASN, sepakat.',
  }),
});
