import { join } from 'node:path';
import { formatAngkaKredit } from 'pengelolaan-kinerja';
import { bacaData, bahasaPesan, barisGalatGuru, type OpsiBaca } from './data';
import { Berkas, kemajuan, siapkanFolder } from './keluaran';
import type { Masukan } from './masukan';
import { penetapanGuru } from './pak';
import { pilih } from './teks';

/** `kenaikan <file>`: who is eligible for the next pangkat or jenjang, and who is short by how much. */
export async function jalankanKenaikan(masukan: Masukan, opsi: OpsiBaca & { readonly keluar: string }): Promise<{ guru: number; memenuhi: number; ditolak: number; ringkas: string }> {
  siapkanFolder(opsi.keluar);
  const out = new Berkas(join(opsi.keluar, 'kenaikan.csv'));
  const galat = new Berkas(join(opsi.keluar, 'galat.csv'));
  out.kepala(['nip', 'nama', 'golongan', 'jenjang', 'ak_kumulatif', 'kenaikan', 'ke', 'ak_syarat', 'selisih', 'ak_cukup', 'predikat_cukup', 'status', 'prasyarat_lain']);
  galat.kepala(['baris', 'kolom', 'kode', 'pesan']);
  const bar = kemajuan('kenaikan', masukan.kemajuan);
  const { guru, simpanan } = await bacaData(masukan, opsi, () => {}, (g) => galat.csv([g.baris, g.kolom, g.kode, bahasaPesan(g, opsi.bahasa)]), bar.tiap, () => galat.jeda());
  bar.selesai();
  let memenuhi = 0;
  for (const nip of [...guru.keys()].sort()) {
    const g = guru.get(nip)!;
    const { penetapan } = penetapanGuru(g, simpanan, opsi, false);
    if (!penetapan.success) {
      for (const b of barisGalatGuru(g, penetapan.issues, opsi.bahasa)) galat.csv(b);
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
      out.csv([nip, g.nama, g.golongan, g.jenjang, formatAngkaKredit(p.akKumulatif), k.jenis, k.ke, k.syarat, formatAngkaKredit(k.selisih), k.akCukup ? 'ya' : 'tidak', k.predikatCukup === null ? '' : k.predikatCukup ? 'ya' : 'tidak', siap ? 'memenuhi-ak' : 'belum', k.prasyarat.join(' ')]);
    }
    if (ya) memenuhi += 1;
    await out.jeda();
  }
  await Promise.all([out.tutup(), galat.tutup()]);
  const ringkas = pilih(opsi.bahasa, `kenaikan: ${guru.size} guru, ${memenuhi} memenuhi AK untuk kenaikan berikutnya, ${galat.jumlah} galat → ${opsi.keluar}/kenaikan.csv`, `kenaikan: ${guru.size} guru, ${memenuhi} meet the AK of a next promotion, ${galat.jumlah} errors → ${opsi.keluar}/kenaikan.csv`);
  return { guru: guru.size, memenuhi, ditolak: galat.jumlah, ringkas };
}
