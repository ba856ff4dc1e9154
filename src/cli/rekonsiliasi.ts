import { join } from 'node:path';
import { formatIssue, type RekamAngkaKredit } from 'pengelolaan-kinerja';
import { bacaData, bahasaPesan, type OpsiBaca } from './data';
import { normalKolom } from './kolom';
import { Berkas, siapkanFolder } from './keluaran';
import type { Masukan } from './masukan';
import { pilih } from './teks';

/** `rekonsiliasi <local> <siasn-export>`: the differences of #16, per NIP, coded and located by file and line. */
export async function jalankanRekonsiliasi(lokal: Masukan, siasn: Masukan, opsi: OpsiBaca & { readonly keluar: string }): Promise<{ selisih: number; cocok: number; ditolak: number; ringkas: string }> {
  siapkanFolder(opsi.keluar);
  const { rekonsiliasiSiasn } = require('pengelolaan-kinerja/siasn') as typeof import('pengelolaan-kinerja/siasn');
  const out = new Berkas(join(opsi.keluar, 'rekonsiliasi.csv'));
  const galat = new Berkas(join(opsi.keluar, 'galat.csv'));
  out.kepala(['nip', 'kode', 'sisi', 'baris', 'medan', 'pesan']);
  galat.kepala(['berkas', 'baris', 'kolom', 'kode', 'pesan']);
  const { guru, simpanan } = await bacaData(lokal, opsi, () => {}, (g) => galat.csv(['lokal', g.baris, g.kolom, g.kode, bahasaPesan(g, opsi.bahasa)]), undefined, () => galat.jeda());
  // SIASN's export: its own field names as headers (rw-angkakredit), plus the NIP to group by.
  const iNip = siasn.header.findIndex((h) => ['nip', 'nipbaru'].includes(normalKolom(h)));
  if (iNip < 0) {
    const { GalatPemakaian } = await import('./masukan');
    throw new GalatPemakaian('kolom-wajib', 'Ekspor SIASN memerlukan kolom NIP.', 'The SIASN export needs a NIP column.');
  }
  const perNip = new Map<string, { row: Record<string, string>; baris: number }[]>();
  for await (const b of siasn.baris) {
    const row: Record<string, string> = {};
    siasn.header.forEach((h, i) => {
      if (i !== iNip) row[h.replace(/^\uFEFF/, '').trim()] = b.sel[i] ?? '';
    });
    const nip = (b.sel[iNip] ?? '').trim();
    const daftar = perNip.get(nip) ?? [];
    daftar.push({ row, baris: b.baris });
    perNip.set(nip, daftar);
  }
  let cocok = 0;
  for (const nip of [...new Set([...guru.keys(), ...perNip.keys()])].sort()) {
    const g = guru.get(nip);
    const kini = g === undefined ? [] : simpanan.dari(g);
    const s = perNip.get(nip) ?? [];
    const hasil = rekonsiliasiSiasn({ lokal: { angkaKredit: kini.map((x) => x.r as RekamAngkaKredit) }, siasn: { angkaKredit: s.map((x) => x.row) } }, opsi.ketentuan === undefined ? {} : { ketentuan: opsi.ketentuan });
    cocok += hasil.cocok;
    await out.jeda();
    for (const i of hasil.selisih) {
      const [sisi, , idx, medan] = i.path;
      const baris = sisi === 'lokal' ? kini[Number(idx)]?.baris : s[Number(idx)]?.baris;
      out.csv([nip, i.code, sisi, baris ?? '', medan ?? '', formatIssue(i, { bahasa: opsi.bahasa })]);
    }
  }
  await Promise.all([out.tutup(), galat.tutup()]);
  const ringkas = pilih(opsi.bahasa, `rekonsiliasi: ${cocok} cocok, ${out.jumlah} selisih, ${galat.jumlah} galat → ${opsi.keluar}/rekonsiliasi.csv`, `rekonsiliasi: ${cocok} matched, ${out.jumlah} differences, ${galat.jumlah} errors → ${opsi.keluar}/rekonsiliasi.csv`);
  return { selisih: out.jumlah, cocok, ditolak: galat.jumlah, ringkas };
}
