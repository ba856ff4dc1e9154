/// <reference lib="webworker" />
// The operator's file, read and checked in a Web Worker: progress is posted as the rows are read, the result with the
// ZIP's bytes (transferred, not copied) at the end. A fault never shows a stack trace: one line, in the page's language.
import { describeError, isKinerjaError } from 'pengelolaan-kinerja';
import { olahBerkas } from './olah';
import type { Jawaban, Permintaan } from './protokol';

const kirim = (j: Jawaban, transfer: Transferable[] = []) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(j, transfer);

self.onmessage = async (e: MessageEvent<Permintaan>) => {
  const { nama, bytes, bahasa, peta } = e.data;
  try {
    const hasil = await olahBerkas(
      new Uint8Array(bytes),
      nama,
      bahasa,
      (dibaca, total) => kirim({ jenis: 'kemajuan', dibaca, total }),
      peta,
    );
    if (hasil.jenis === 'ditolak') kirim(hasil);
    else kirim({ jenis: 'selesai', hasil: hasil.hasil }, [hasil.hasil.zip]);
  } catch (err) {
    const pesan = isKinerjaError(err)
      ? describeError(err, { bahasa })
      : bahasa === 'en'
        ? `Internal fault while checking the file (${err instanceof Error ? err.name : 'error'}); nothing was produced. Please report it.`
        : `Kesalahan internal saat memeriksa berkas (${err instanceof Error ? err.name : 'galat'}); tidak ada keluaran yang dibuat. Mohon laporkan.`;
    kirim({ jenis: 'ditolak', pesan: [pesan] });
  }
};
