import { formatAngkaKredit } from 'pengelolaan-kinerja';
import { bacaData, type OpsiBaca } from './data';
import { Keluaran, kemajuan } from './keluaran';
import type { Masukan } from './masukan';
import { barisGalat, galatGuru, HitungGalat, KOLOM_GALAT, penetapanGuru, type GalatCli } from './pak';
import { AngkaSel, dialekDari, pilih, type DialekKeluaran } from './teks';

/** `kenaikan <file>`: who is eligible for the next pangkat or jenjang, and who is short by how much. */
export async function jalankanKenaikan(masukan: Masukan, opsi: OpsiBaca & { readonly keluar: string }): Promise<{ guru: number; memenuhi: number; ditolak: number; ringkas: string }> {
  const dialekKini = () => dialekDari((masukan as { dialek?: Partial<DialekKeluaran> }).dialek);
  const out = new Keluaran(opsi.keluar, dialekKini(), () => dialekKini().bom);
  const tabel = out.tabel('kenaikan');
  const galat = out.tabel('galat');
  tabel.kepala(['unit_kerja', 'nip', 'nama', 'golongan', 'jenjang', 'ak_kumulatif', 'kenaikan', 'ke', 'ak_syarat', 'selisih', 'ak_cukup', 'predikat_cukup', 'status', 'prasyarat_lain']);
  galat.kepala(KOLOM_GALAT);
  const hitung = new HitungGalat();
  const tolak = (g: GalatCli) => {
    // A SIASN body this command does not write: not a refusal here.
    if (g.jenis === 'siasn') return;
    hitung.catat(g);
    galat.csv(barisGalat(g, opsi.bahasa));
  };
  const bar = kemajuan('kenaikan', masukan.kemajuan);
  const { guru, simpanan } = await bacaData(masukan, opsi, () => {}, (g) => tolak(g as GalatCli), bar.tiap, () => galat.jeda());
  bar.selesai();
  let memenuhi = 0;
  const jumlah = guru.size;
  const urutan = [...guru.values()].map((g) => [g.unitKerja ?? '', g.nip] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
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
    const sama = p.kenaikanJenjang?.ke === p.kenaikanPangkat?.ke && p.kenaikanJenjang?.syarat === p.kenaikanPangkat?.syarat;
    const daftar = sama ? [p.kenaikanPangkat] : [p.kenaikanPangkat, p.kenaikanJenjang];
    let ya = false;
    for (const k of daftar) {
      if (k === null) continue;
      const siap = k.akCukup && k.predikatCukup !== false;
      ya ||= siap;
      tabel.csv([g.unitKerja ?? '', nip, g.nama, g.golongan, g.jenjang, new AngkaSel(formatAngkaKredit(p.akKumulatif)), k.jenis, k.ke, k.syarat, new AngkaSel(formatAngkaKredit(k.selisih)), k.akCukup ? 'ya' : 'tidak', k.predikatCukup === null ? '' : k.predikatCukup ? 'ya' : 'tidak', siap ? 'memenuhi-ak' : 'belum', k.prasyarat.join(' ')]);
    }
    if (ya) memenuhi += 1;
    await tabel.jeda();
  }
  await out.selesai();
  const ditolak = hitung.ditolak + hitung.guru.size;
  const f = `${opsi.keluar}/kenaikan${out.ekstensi}`;
  const ringkas = pilih(
    opsi.bahasa,
    `kenaikan: ${jumlah} guru, ${memenuhi} memenuhi AK untuk kenaikan berikutnya, ${hitung.ditolak} baris ditolak${hitung.guru.size > 0 ? `, ${hitung.guru.size} guru ditolak` : ''} → ${f}`,
    `kenaikan: ${jumlah} guru, ${memenuhi} meet the AK of a next promotion, ${hitung.ditolak} rows refused${hitung.guru.size > 0 ? `, ${hitung.guru.size} guru refused` : ''} → ${f}`,
  );
  return { guru: jumlah, memenuhi, ditolak, ringkas };
}
