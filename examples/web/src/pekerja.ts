/// <reference lib="webworker" />
// The operator's file, read and checked in a Web Worker: progress is posted as the rows are read, then each step (PAK
// pages written, tables, the ZIP), the result with the ZIP's bytes (transferred, not copied) at the end. A fault never
// shows a stack trace: one line, in the page's language.
import { describeError, isKinerjaError } from 'pengelolaan-kinerja';
import { kataPesan } from './kata';
import { olahBerkas } from './olah';
import type { Jawaban, Permintaan } from './protokol';

const kirim = (j: Jawaban, transfer: Transferable[] = []) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(j, transfer);

self.onmessage = async (e: MessageEvent<Permintaan>) => {
  const { nama, bytes, bahasa, peta } = e.data;
  try {
    const hasil = await olahBerkas(new Uint8Array(bytes), nama, bahasa, (j) => kirim(j), peta);
    if (hasil.jenis === 'ditolak') kirim(hasil);
    else {
      const dok = Object.values(hasil.hasil.dokumen).flatMap((d) => d.map((x) => x.isi.buffer));
      kirim({ jenis: 'selesai', hasil: hasil.hasil }, [hasil.hasil.zip, ...new Set(dok)]);
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
