import { deepFreeze } from '../core/freeze';
import { tandaiKetentuan } from './ketentuan-terperiksa';
import { KETENTUAN_2024 } from './ketentuan-2024';
import { KALENDER_TAHUNAN, KETENTUAN_2025 } from './ketentuan-2025';
import type { Ketentuan, Sumber } from './types';

const PEDOMAN = 'kepmendikdasmen-271-o-2025';
const reg = (catatan: string): Sumber => ({ tingkat: 'reg', acuan: [PEDOMAN], catatan });
const open = (catatan: string): Sumber => ({ tingkat: 'open', acuan: [PEDOMAN], catatan });

/**
 * The 2026 rule set: Kepmendikdasmen Nomor 271/O/2025 (Pedoman Pengelolaan Kinerja Pendidik dan Tenaga
 * Kependidikan), in Ruang GTK. One cycle a year; **no points**; no evidence uploads (the atasan confirms that the
 * dokumen akuntabilitas exist); a pra-perencanaan stage (data of the unit and the pegawai, the tim kinerja) by
 * 31 December; SKP in January; ASN only (also ASN teachers in private schools and guru pendidikan khusus); the pejabat
 * penilai of a kepala sekolah is the kepala dinas, with the pengawas sekolah as tim kinerja.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2026.poin; //=> null
 */
export const KETENTUAN_2026: Ketentuan = /* @__PURE__ */ (() =>
  tandaiKetentuan(deepFreeze<Ketentuan>({
    ...KETENTUAN_2025,
    id: '2026',
    nama: 'Pengelolaan Kinerja Pendidik dan Tenaga Kependidikan 2026 (Ruang GTK)',
    berlakuMulai: '2026-01-01',
    dokumen: [
      ...KETENTUAN_2025.dokumen,
      { id: PEDOMAN, judul: 'Keputusan Mendikdasmen Nomor 271/O/2025 tentang Pedoman Pengelolaan Kinerja Pendidik dan Tenaga Kependidikan' },
    ],
    statusKepegawaian: KETENTUAN_2024.statusKepegawaian.map((s) => (s.kode === 'non-asn' ? { ...s, wajib: false } : s)),
    kalender: KALENDER_TAHUNAN,
    tahapSebelumPerencanaan: [
      { kode: 'pra-perencanaan', label: 'Pra-Perencanaan', labelEn: 'Pre-planning', alias: ['Pemutakhiran Data'] },
    ],
    sumber: {
      ...KETENTUAN_2025.sumber,
      periode: reg('Siklus satu kali setahun, Januari–Desember (diceritakan ulang oleh sumber sekunder dan pengumuman Ditjen GTKPG).'),
      peran: reg(
        'Guru ASN dinilai kepala sekolah; kepala sekolah ASN dinilai kepala dinas dengan pengawas sekolah sebagai tim kinerja (diceritakan ulang). Pejabat penilai pengawas: bawaan kepala dinas (open).',
      ),
      statusKepegawaian: reg('Pedoman berlaku bagi pendidik dan tenaga kependidikan ASN, termasuk guru ASN di sekolah swasta dan guru pendidikan khusus.'),
      poin: reg('Pengembangan kompetensi tidak lagi berbasis poin.'),
      kalender: open('Pra-perencanaan paling lambat 31 Desember dan SKP 1–31 Januari (diceritakan ulang); bulan langkah A–E tidak kami pegang: seperti 2025.'),
      tahapSebelumPerencanaan: reg('Pra-perencanaan: pemutakhiran data unit organisasi dan kepegawaian, penetapan tim kinerja.'),
      kebijakan: open(
        'Tanpa unggah dokumen: atasan mengonfirmasi dokumen akuntabilitas (diceritakan ulang). Saran rating hasil kerja tanpa poin. Kebijakan lain seperti 2024.',
      ),
    },
  })))();
