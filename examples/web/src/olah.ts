// The operator's file, in the worker, through the same code as the CLI: the bytes are opened by the package's reader
// (`pengelolaan-kinerja/berkas`), then its `pakBerkas` runs on them as `npx pengelolaan-kinerja pak` does, writing its
// files into memory (a TujuanKeluaran) instead of a folder: see docs/web.md, "One implementation".
import { formatIssue, type Bahasa } from 'pengelolaan-kinerja';
import {
  buildPetaKolom,
  kolomWajibKurang,
  formatRingkasanPak,
  matchKolom,
  pakBerkas,
  readBerkas,
  type BarisBerkas,
  type Medan,
  type PetaKolom,
  type TujuanKeluaran,
} from 'pengelolaan-kinerja/berkas';
import { zipSync } from 'fflate';
import type { BarisTabel, HasilOlah, KolomKurang, RingkasanUnit } from './protokol';
import { uraianDialek } from './tulis';

type Hasil = { jenis: 'selesai'; hasil: HasilOlah } | { jenis: 'ditolak'; pesan: string[]; kolom?: KolomKurang };

const teks = new TextEncoder();

/** The run's files in memory, by their path in the output folder (for the ZIP). For an XLSX input, where the CLI
 * writes .xlsx sheets, no sheet writer is given: the tables are CSV in the dialect the reader gives an XLSX. */
function keluaranMemori(): TujuanKeluaran & { isi(): Record<string, Uint8Array> } {
  const bagian = new Map<string, string[]>();
  return {
    write: (nama, isi) => void bagian.set(nama, [isi]),
    open: (nama) => {
      const b: string[] = [];
      bagian.set(nama, b);
      return { write: (t) => void b.push(t) };
    },
    isi: () => Object.fromEntries([...bagian].map(([nama, b]) => [nama, teks.encode(b.join(''))])),
  };
}

/** The rows of an output table, read back with the same reader (its own dialect, quotes and BOM). */
async function baca(isi: Uint8Array | undefined): Promise<BarisBerkas[]> {
  if (isi === undefined) return [];
  const r = await readBerkas(isi);
  if (!r.success) return [];
  const out: BarisBerkas[] = [];
  for await (const b of r.data.baris) out.push(b);
  return out;
}

export async function olahBerkas(
  bytes: Uint8Array,
  namaBerkas: string,
  bahasa: Bahasa,
  lapor: (dibaca: number, total: number) => void,
  peta: PetaKolom = {},
): Promise<Hasil> {
  const pilih = (id: string, en: string) => (bahasa === 'en' ? en : id);
  // In 256 KB chunks, as the CLI streams a file: the reader's progress (bytes read) then follows the rows.
  async function* potongan(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < bytes.byteLength; i += 256 * 1024) yield bytes.subarray(i, i + 256 * 1024);
  }
  const dibuka = await readBerkas(potongan(), { total: bytes.byteLength });
  if (!dibuka.success) return { jenis: 'ditolak', pesan: dibuka.issues.map((i) => formatIssue(i, { bahasa })) };
  const masukan = dibuka.data;
  // Progress every 512 rows, and the whole file once every row is read.
  let n = 0;
  const kemajuan = {
    tiap: () => {
      n += 1;
      if (n % 512 === 0) {
        const { dibaca, total } = masukan.kemajuan();
        lapor(dibaca, total);
      }
    },
    selesai: () => {
      const { total } = masukan.kemajuan();
      lapor(total, total);
    },
  };
  const keluaran = keluaranMemori();
  const r = await pakBerkas(masukan, keluaran, { bahasa, peta, html: 'per-guru', kemajuan });
  if (!r.success) {
    const i = r.issues[0]!;
    const pesan = pilih(i.message, i.messageEn).split('\n');
    if (!i.code.startsWith('kolom')) return { jenis: 'ditolak', pesan };
    // A header the reader cannot match: the page's own column map (the CLI's --kolom), filled in by the operator.
    const header = masukan.header;
    const cocok = matchKolom(header, peta);
    const kurang: Medan[] = cocok.success ? kolomWajibKurang(cocok.data, header).map((x) => x.path[0] as Medan) : [];
    const mungkin: Partial<Record<Medan, string>> = {};
    if (cocok.success)
      for (const d of cocok.data.laporan.diabaikan)
        if (d.mungkin !== undefined && mungkin[d.mungkin] === undefined) mungkin[d.mungkin] = d.kolom;
    return {
      jenis: 'ditolak',
      pesan,
      kolom: { header, kurang, mungkin, petaJson: `${JSON.stringify(buildPetaKolom(header, peta), null, 2)}\n` },
    };
  }
  const h = r.data;
  const berkas = keluaran.isi();
  const desimal = masukan.dialek.desimal;
  const tampil = (x: string) => (desimal === ',' ? x.replace(',', '.') : x);
  const tabel: BarisTabel[] = [];
  for (const b of (await baca(berkas['diterima.csv'])).filter((x) => x.rusak === undefined)) {
    const [baris, nip, nama, unitKerja, jenis, , , , , , ak, akTepat] = b.sel;
    tabel.push({
      baris: Number(baris),
      status: 'diterima',
      nip: nip ?? '',
      nama: nama ?? '',
      unitKerja: unitKerja ?? '',
      kolom: '',
      nilai: '',
      pesan: jenis ?? '',
      ak: akTepat ?? '',
      akTampil: tampil(ak ?? ''),
    });
  }
  for (const b of (await baca(berkas['galat.csv'])).filter((x) => x.rusak === undefined)) {
    const [baris, nip, nama, kolom, nilai, , pesan, jenis] = b.sel;
    tabel.push({
      baris: Number(baris),
      status: jenis === 'siasn' ? 'siasn-dilewati' : 'ditolak',
      nip: nip ?? '',
      nama: nama ?? '',
      unitKerja: '',
      kolom: kolom ?? '',
      nilai: nilai ?? '',
      pesan: pesan ?? '',
      ak: '',
      akTampil: '',
    });
  }
  tabel.sort((a, b) => a.baris - b.baris);
  const unit: RingkasanUnit[] = (await baca(berkas['ringkasan-unit.csv'])).map((b) => ({
    unitKerja: b.sel[0] ?? '',
    guru: Number(b.sel[1]),
    baris: Number(b.sel[2]),
    akKonversi: tampil(b.sel[3] ?? ''),
    memenuhiPangkat: Number(b.sel[4]),
    memenuhiJenjang: Number(b.sel[5]),
  }));
  const zip = zipSync(berkas, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
  return {
    jenis: 'selesai',
    hasil: {
      namaBerkas,
      dialek: uraianDialek(masukan.dialek, bahasa),
      barisData: h.diterima + h.ditolak,
      diterima: h.diterima,
      ditolak: h.ditolak,
      siasnDilewati: h.siasnDilewati,
      guru: h.guru,
      pak: Object.keys(berkas).filter((f) => f.startsWith('pak/')).length,
      siasn: h.siasn,
      kolomDipakai: h.kolom.dipakai.map((x) => `${x.kolom} → ${x.medan}`),
      kolomDiabaikan: h.kolom.diabaikan.map((x) =>
        x.mungkin === undefined ? x.kolom : `${x.kolom} (${pilih('mungkin', 'perhaps')} ${x.mungkin}?)`,
      ),
      unit,
      tabel,
      zip: zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer,
      isiZip: Object.keys(berkas),
      ringkasanCli: formatRingkasanPak(h, { bahasa, keluar: 'ZIP' }).split('\n'),
    },
  };
}
