import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPakAkumulasi, createPakPenetapan, formatAngkaKredit, formatIssue, type DokumenPak, type PakPenetapan } from 'pengelolaan-kinerja';
import { adaKolomSiasn, bacaData, bahasaPesan, barisGalatGuru, type Diterima, type Galat, type Guru, type OpsiBaca, type Simpanan } from './data';
import { Berkas, kemajuan, siapkanFolder } from './keluaran';
import type { Masukan } from './masukan';
import { pilih } from './teks';

export interface OpsiPak extends OpsiBaca {
  readonly keluar: string;
  readonly html: 'per-guru' | 'gabung' | 'tidak';
}

export interface HasilPak {
  readonly guru: number;
  readonly diterima: number;
  readonly ditolak: number;
  readonly siasn: number;
  readonly berkas: readonly string[];
}

/** The Penetapan of one NIP from its kept rows: only the rows of the current jenjang count (AK restarts at a new jenjang). */
export function penetapanGuru(g: Guru, simpanan: Simpanan, opsi: OpsiBaca, denganAkumulasi = true): { akumulasi: ReturnType<typeof createPakAkumulasi> | null; penetapan: ReturnType<typeof createPakPenetapan>; dihitung: number } {
  const kini = simpanan.dari(g).filter((x) => x.r.jenjang === g.jenjang);
  const pegawai = { nama: g.nama, nip: g.nip, golongan: g.golongan, jenjang: g.jenjang, ...(g.unitKerja === undefined ? {} : { unitKerja: g.unitKerja }) };
  const k = opsi.ketentuan === undefined ? {} : { ketentuan: opsi.ketentuan };
  const akumulasi = denganAkumulasi ? createPakAkumulasi({ pegawai, rekam: kini.map((x) => x.r) }, k) : null;
  const penetapan = createPakPenetapan(
    {
      pegawai,
      konversi: kini.map((x) => x.r),
      ...(g.akDasar === undefined ? {} : { akDasar: g.akDasar.nilai }),
      ...(g.integrasi === undefined || g.integrasi.hasil.jenjang !== g.jenjang ? {} : { integrasi: g.integrasi.hasil }),
    },
    k,
  );
  return { akumulasi, penetapan, dihitung: kini.length };
}

export const KOLOM_RINGKASAN = ['nip', 'nama', 'golongan', 'jenjang', 'baris_dihitung', 'ak_dasar', 'ak_integrasi', 'ak_konversi', 'ak_kumulatif', 'pangkat_ke', 'pangkat_syarat', 'pangkat_selisih', 'jenjang_ke', 'jenjang_syarat', 'jenjang_selisih', 'predikat_cukup', 'prasyarat_lain'];

export function barisRingkasan(p: PakPenetapan, dihitung: number): unknown[] {
  const k = (x: PakPenetapan['kenaikanPangkat']) => (x === null ? ['', '', ''] : [x.ke, x.syarat, formatAngkaKredit(x.selisih)]);
  const kj = p.kenaikanJenjang;
  return [
    p.pegawai.nip, p.pegawai.nama, p.pegawai.golongan, p.pegawai.jenjang, dihitung,
    formatAngkaKredit(p.akDasar), formatAngkaKredit(p.integrasi?.akIntegrasi ?? '0'), formatAngkaKredit(p.akKonversi), formatAngkaKredit(p.akKumulatif),
    ...k(p.kenaikanPangkat), ...k(kj),
    kj?.predikatCukup === null || kj === null ? '' : kj.predikatCukup ? 'ya' : 'tidak',
    kj === null ? '' : kj.prasyarat.join(' '),
  ];
}

/** `pak <file>`: per row a konversi, per NIP the akumulasi and Penetapan, pages, a summary and SIASN bodies. */
export async function jalankanPak(masukan: Masukan, opsi: OpsiPak): Promise<HasilPak> {
  // The print and SIASN entry points are loaded only when this run needs them.
  // require (not import()): the same CommonJS copy of the library as the rest of the CLI.
  const { formatPakHtml } = opsi.html === 'tidak' ? { formatPakHtml: null } : (require('pengelolaan-kinerja/cetak') as typeof import('pengelolaan-kinerja/cetak'));
  const { toAngkaKreditSiasn } = adaKolomSiasn(masukan.header, opsi) ? (require('pengelolaan-kinerja/siasn') as typeof import('pengelolaan-kinerja/siasn')) : { toAngkaKreditSiasn: null };
  siapkanFolder(opsi.keluar, ...(opsi.html === 'per-guru' ? ['pak'] : []));
  const diterima = new Berkas(join(opsi.keluar, 'diterima.csv'));
  const galat = new Berkas(join(opsi.keluar, 'galat.csv'));
  const siasn = new Berkas(join(opsi.keluar, 'siasn-angkakredit.jsonl'));
  diterima.kepala(['baris', 'nip', 'jenis', 'tahun', 'bulan_mulai', 'bulan_selesai', 'jenjang', 'predikat', 'angka_kredit', 'angka_kredit_tepat', 'ketentuan']);
  galat.kepala(['baris', 'kolom', 'kode', 'pesan']);
  const bar = kemajuan('pak', masukan.kemajuan);
  const tolak = (g: Galat) => galat.csv([g.baris, g.kolom, g.kode, bahasaPesan(g, opsi.bahasa)]);
  // Records are shared immutable values: each one's rounded figure is formatted once.
  const tampil = new WeakMap<object, string>();
  const ak = (r: NonNullable<Diterima['rekam']>) => {
    let t = tampil.get(r);
    if (t === undefined) tampil.set(r, (t = formatAngkaKredit(r)));
    return t;
  };
  const { guru, simpanan } = await bacaData(
    masukan,
    opsi,
    (d) => {
      const r = d.rekam;
      // Every field is a validated NIP, a library code, a number or an exact decimal: nothing to quote.
      diterima.tulis(
        r === null
          ? `${d.baris},${d.nip},${d.jenis},,,,,,${formatAngkaKredit(d.integrasi?.akIntegrasi ?? d.akDasar ?? '0')},${d.integrasi?.akIntegrasi ?? d.akDasar ?? ''},\n`
          : `${d.baris},${d.nip},konversi,${r.tahun},${r.bulanMulai},${r.bulanAkhir},${r.jenjang},${r.predikat},${ak(r)},${r.angkaKredit},${r.ketentuan}\n`,
      );
      if (d.siasn !== null && r !== null && toAngkaKreditSiasn !== null) {
        const body = toAngkaKreditSiasn({ ...d.siasn, rekam: r });
        if (body.success) siasn.tulis(`${JSON.stringify({ baris: d.baris, nip: d.nip, body: body.data })}\n`);
        else tolak({ baris: d.baris, kolom: 'nomorSk', kode: body.issues[0]!.code, pesan: formatIssue(body.issues[0]!), pesanEn: formatIssue(body.issues[0]!, { bahasa: 'en' }) });
      }
    },
    tolak,
    bar.tiap,
    async () => {
      await Promise.all([diterima.jeda(), galat.jeda(), siasn.jeda()]);
    },
  );
  bar.selesai();
  const ringkasan = new Berkas(join(opsi.keluar, 'ringkasan.csv'));
  ringkasan.kepala(KOLOM_RINGKASAN);
  const halaman: DokumenPak[] = [];
  const jumlahGuru = guru.size;
  for (const nip of [...guru.keys()].sort()) {
    const g = guru.get(nip)!;
    // Done with this NIP: let it go, so memory shrinks while the Penetapan are made.
    guru.delete(nip);
    const { akumulasi, penetapan, dihitung } = penetapanGuru(g, simpanan, opsi, opsi.html !== 'tidak');
    if (!penetapan.success || (akumulasi !== null && !akumulasi.success)) {
      const issues = !penetapan.success ? penetapan.issues : akumulasi !== null && !akumulasi.success ? akumulasi.issues : [];
      for (const b of barisGalatGuru(g, issues, opsi.bahasa)) galat.csv(b);
      continue;
    }
    ringkasan.csv(barisRingkasan(penetapan.data, dihitung));
    await ringkasan.jeda();
    if (formatPakHtml === null || akumulasi === null || !akumulasi.success) continue;
    if (opsi.html === 'per-guru') writeFileSync(join(opsi.keluar, 'pak', `${nip}.html`), formatPakHtml([akumulasi.data, penetapan.data], { judul: `PAK ${g.nama} ${nip}` }));
    else halaman.push(akumulasi.data, penetapan.data);
  }
  if (halaman.length > 0 && formatPakHtml !== null) writeFileSync(join(opsi.keluar, 'pak.html'), formatPakHtml(halaman, { judul: 'PAK' }));
  await Promise.all([diterima.tutup(), galat.tutup(), siasn.tutup(), ringkasan.tutup()]);
  const berkas = ['ringkasan.csv', 'diterima.csv', 'galat.csv', 'siasn-angkakredit.jsonl', ...(opsi.html === 'per-guru' ? ['pak/'] : opsi.html === 'gabung' ? ['pak.html'] : [])];
  return { guru: jumlahGuru, diterima: diterima.jumlah, ditolak: galat.jumlah, siasn: siasn.jumlah, berkas };
}

export const ringkasPak = (h: HasilPak, keluar: string, bahasa: OpsiBaca['bahasa']): string =>
  pilih(
    bahasa,
    `pak: ${h.guru} guru, ${h.diterima} baris diterima, ${h.ditolak} galat, ${h.siasn} badan SIASN → ${keluar}/ (${h.berkas.join(', ')})`,
    `pak: ${h.guru} guru, ${h.diterima} rows accepted, ${h.ditolak} errors, ${h.siasn} SIASN bodies → ${keluar}/ (${h.berkas.join(', ')})`,
  );
