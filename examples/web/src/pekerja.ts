/// <reference lib="webworker" />
// The operator's file, read and checked in a Web Worker: progress is posted as the rows are read, then each step (PAK
// pages written, tables), the result at the end, then each guru's PDF; the ZIP when asked for (its bytes transferred,
// not copied). A fault never shows a stack trace: one line, in the page's language.
import { type Bahasa, describeError, isKinerjaError } from 'pengelolaan-kinerja';
import type { PetaKolom } from 'pengelolaan-kinerja/berkas';
import { kataPesan } from './kata';
import { buatPdf, buatZip, olahBerkas } from './olah';
import { type Jawaban, type Permintaan, TUNGGU_GAMBAR_MS } from './protokol';

const kirim = (j: Jawaban, transfer: Transferable[] = []) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(j, transfer);

/** Lines per message: each batch is unpacked on the page's main thread in a few milliseconds. */
const PER_KIRIM = { guru: 250, baris: 1000 } as const;

/** The last run's files, kept for the ZIP the operator may ask for. */
let terakhir: Record<string, Uint8Array> | null = null;
/** The PDF pass of the last run: the ZIP and a PDF wait for it. */
let pdfSiap: Promise<void> = Promise.resolve();
/** Ends the wait for the page's `lanjut` (a no-op when nothing waits). */
let lanjutkan: () => void = () => {};

/** Until the page says it has drawn what it was sent, or {@link TUNGGU_GAMBAR_MS} at most. */
const tungguGambar = () =>
  new Promise<void>((r) => {
    const batas = setTimeout(r, TUNGGU_GAMBAR_MS);
    lanjutkan = () => {
      clearTimeout(batas);
      lanjutkan = () => {};
      r();
    };
  });

/** Each guru's PDF, after the tables; its progress every 20 guru. A fault leaves the PDFs out (the rest stays). */
async function pdfSemua(
  bytes: Uint8Array,
  bahasa: Bahasa,
  peta: PetaKolom,
  total: number,
  berkas: Record<string, Uint8Array>,
): Promise<void> {
  kirim({ jenis: 'pdf', n: 0, total, selesai: false });
  try {
    const pdf = await buatPdf(bytes, bahasa, peta, (n) => {
      if (n % 20 === 0 && n < total) kirim({ jenis: 'pdf', n, total, selesai: false });
    });
    Object.assign(berkas, pdf);
    kirim({ jenis: 'pdf', n: Object.keys(pdf).length, total, selesai: true });
  } catch {
    kirim({ jenis: 'pdf', n: 0, total, selesai: true, gagal: true });
  }
}

self.onmessage = async (e: MessageEvent<Permintaan>) => {
  if (e.data.jenis === 'lanjut') return lanjutkan();
  if (e.data.jenis === 'zip') {
    await pdfSiap;
    if (terakhir === null) return;
    const zip = buatZip(terakhir);
    kirim({ jenis: 'zip', zip }, [zip]);
    return;
  }
  if (e.data.jenis === 'dokumen') {
    if (e.data.nama.endsWith('.pdf')) await pdfSiap;
    const isi = terakhir?.[e.data.nama];
    if (isi === undefined) return;
    // A copy of the one file, transferred: the run's own bytes stay for the ZIP.
    const salinan = isi.slice().buffer;
    kirim({ jenis: 'dokumen', nama: e.data.nama, isi: salinan }, [salinan]);
    return;
  }
  const { nama, bytes, bahasa, peta, pdf } = e.data;
  try {
    const hasil = await olahBerkas(new Uint8Array(bytes), nama, bahasa, (j) => kirim(j), peta, pdf);
    if (hasil.jenis === 'ditolak') kirim(hasil);
    else {
      terakhir = hasil.berkas;
      // The per-guru lines first (the table an operator reads first), then the summary, then the rows in batches.
      for (let i = 0; i < hasil.perGuru.length; i += PER_KIRIM.guru)
        kirim({ jenis: 'guru', baris: hasil.perGuru.slice(i, i + PER_KIRIM.guru) });
      kirim({ jenis: 'selesai', hasil: hasil.hasil });
      // The page draws the summary and the per-guru table with a core of its own, then the per-row table is made.
      await tungguGambar();
      const tabel = await hasil.tabel();
      for (let i = 0; i === 0 || i < tabel.length; i += PER_KIRIM.baris)
        kirim({
          jenis: 'baris',
          baris: tabel.slice(i, i + PER_KIRIM.baris),
          akhir: i + PER_KIRIM.baris >= tabel.length,
        });
      // The PDFs after the page has drawn the per-row table (the ZIP asked for meanwhile waits for them).
      if (hasil.hasil.pdf > 0)
        pdfSiap = tungguGambar().then(() =>
          pdfSemua(new Uint8Array(bytes), bahasa, peta, hasil.hasil.pdf, hasil.berkas),
        );
    }
  } catch (err) {
    const pesan = isKinerjaError(err)
      ? kataPesan(err.code, describeError(err, { bahasa }), bahasa)
      : bahasa === 'en'
        ? 'Internal fault while checking the file; nothing was produced. Please report it.'
        : 'Kesalahan internal saat memeriksa berkas; tidak ada keluaran yang dibuat. Mohon laporkan.';
    kirim({ jenis: 'ditolak', pesan: [pesan] });
  }
};
