import { join } from 'node:path';
import { formatAngkaKredit, formatIssue } from 'pengelolaan-kinerja';
import { bacaData, bahasaPesan, type OpsiBaca } from './data';
import { Berkas, kemajuan, siapkanFolder } from './keluaran';
import type { Masukan } from './masukan';
import { penetapanGuru } from './pak';
import { pilih } from './teks';

/** `kenaikan <file>`: who is eligible for the next pangkat or jenjang, and who is short by how much. */
export async function jalankanKenaikan(masukan: Masukan, opsi: OpsiBaca & { readonly keluar: string }): Promise<{ guru: number; memenuhi: number; ditolak: number; ringkas: string }> {
  siapkanFolder(opsi.keluar);
  const out = new Berkas(join(opsi.keluar, 'kenaikan.csv'));
  const galat = new Berkas(join(opsi.keluar, 'galat.csv'));
  out.csv(['nip', 'nama', 'golongan', 'jenjang', 'ak_kumulatif', 'kenaikan', 'ke', 'ak_syarat', 'selisih', 'ak_cukup', 'predikat_cukup', 'status', 'prasyarat_lain']);
  galat.csv(['baris', 'kolom', 'kode', 'pesan']);
  galat.jumlah = 0;
  const bar = kemajuan('kenaikan', masukan.kemajuan);
  const { guru, simpanan } = await bacaData(masukan, opsi, () => {}, (g) => galat.csv([g.baris, g.kolom, g.kode, bahasaPesan(g, opsi.bahasa)]), bar.tiap, () => galat.jeda());
  bar.selesai();
  let memenuhi = 0;
  for (const nip of [...guru.keys()].sort()) {
    const g = guru.get(nip)!;
    const { penetapan } = penetapanGuru(g, simpanan, opsi, false);
    if (!penetapan.success) {
      for (const i of penetapan.issues) galat.csv([g.barisPertama, i.path.join('.'), i.code, formatIssue(i, { bahasa: opsi.bahasa })]);
      continue;
    }
    const p = penetapan.data;
    const daftar = [p.kenaikanPangkat, p.kenaikanJenjang].filter((k, i, s) => k !== null && (i === 0 || JSON.stringify(k) !== JSON.stringify(s[0])));
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
