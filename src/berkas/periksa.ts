// The argument guards of the runs (pakBerkas, kenaikanBerkas, rekonsiliasiBerkas, dataPegawai): each run checks its
// arguments here before it reads a row, so that misuse rejects with KinerjaError `argumen-tidak-valid` instead of a
// TypeError from deep inside. A file read by readBerkas passes as it is (its rows are the reader's own); the caller's
// own rows and destination are wrapped, and each row and each opened output is checked when the run meets it.
import { formatNilai, KinerjaError } from '../core/error';
import { periksaObjek, periksaProtokol } from '../core/periksa';
import { dariPembaca } from '../format/baca';
import type { BacaanBerkas, BarisBerkas } from '../format/dialek';
import type { AliranKeluaran, LembarKeluaran, TujuanKeluaran } from '../format/keluaran';
import type { OpsiBerkas } from './bersama';
import { validateKopBerkas } from './kop';

function salah(id: string, en: string): KinerjaError {
  return new KinerjaError('argumen-tidak-valid', id, en);
}

function periksaFungsi(v: unknown, nama: string): void {
  if (typeof v !== 'function')
    throw salah(
      `${nama} harus berupa fungsi, bukan ${formatNilai(v)}.`,
      `${nama} must be a function, not ${formatNilai(v)}.`,
    );
}

function periksaFungsiOpsional(v: unknown, nama: string): void {
  if (v !== undefined) periksaFungsi(v, nama);
}

function periksaTeksDaftar(v: unknown, nama: string): void {
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string'))
    throw salah(
      `${nama} harus berupa daftar teks, bukan ${formatNilai(v)}.`,
      `${nama} must be a list of strings, not ${formatNilai(v)}.`,
    );
}

const PILIHAN_DIALEK: Readonly<Record<string, readonly unknown[]>> = {
  format: ['csv', 'xlsx', 'html'],
  encoding: ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'],
  bom: [true, false],
  pemisah: [',', ';', '\t'],
  desimal: [',', '.'],
  akhirBaris: ['\n', '\r\n'],
};

/** A row of the caller's own stream: `{ baris, sel }` with a whole line number and text cells (and `rusak` or not). */
function periksaBaris(b: unknown, nama: string): BarisBerkas {
  const r = b as { baris?: unknown; sel?: unknown; rusak?: unknown } | null;
  if (
    r === null ||
    typeof r !== 'object' ||
    !Number.isSafeInteger(r.baris) ||
    !Array.isArray(r.sel) ||
    !r.sel.every((s) => typeof s === 'string') ||
    (r.rusak !== undefined && (r.rusak === null || typeof r.rusak !== 'object'))
  ) {
    throw salah(
      `${nama} harus berupa baris { baris: nomor, sel: daftar teks }, bukan ${formatNilai(b)}.`,
      `${nama} must be a row { baris: number, sel: list of strings }, not ${formatNilai(b)}.`,
    );
  }
  return r as BarisBerkas;
}

/**
 * The caller's rows, each checked as it is pulled: the iteration of `for await` written out, so that an iterator that
 * breaks the protocol is refused with `argumen-tidak-valid`; the iterator is closed when the run stops early.
 */
async function* barisDiperiksa(baris: AsyncIterable<unknown>, nama: string): AsyncGenerator<BarisBerkas> {
  const it: unknown = baris[Symbol.asyncIterator]();
  periksaProtokol(it, 'next', `${nama}.baris[Symbol.asyncIterator]()`);
  let selesai = false;
  try {
    for (let i = 0; ; i += 1) {
      selesai = true; // an iterator whose next() throws or gives no object is not closed (as with for await)
      const r: unknown = await (it as unknown as AsyncIterator<unknown>).next();
      periksaProtokol(r, null, `${nama}.baris: next()`);
      if (r['done']) return;
      selesai = false;
      yield periksaBaris(r['value'], `${nama}.baris[${i}]`);
    }
  } finally {
    if (!selesai && typeof it['return'] === 'function') await (it as unknown as AsyncIterator<unknown>).return!();
  }
}

/**
 * A file to run over: what {@link readBerkas} gives, or the caller's own object of that shape (header, dialect,
 * prolog, rows as an async iterable, progress). Returns the file to read: the reader's own as it is; the caller's
 * with its rows checked one by one (its `dialek` still read when the run asks for it).
 */
export function periksaBacaan(v: unknown, nama = 'bacaan'): BacaanBerkas {
  periksaObjek(v, nama);
  const b = v as Partial<Record<keyof BacaanBerkas, unknown>>;
  periksaTeksDaftar(b.header, `${nama}.header`);
  const dialek = b.dialek as Record<string, unknown> | null;
  periksaObjek(dialek, `${nama}.dialek`);
  for (const [k, pilihan] of Object.entries(PILIHAN_DIALEK)) {
    if (!pilihan.includes(dialek[k])) {
      const daftar = pilihan.map((p) => JSON.stringify(p)).join(', ');
      throw salah(
        `${nama}.dialek.${k} harus salah satu dari ${daftar}, bukan ${formatNilai(dialek[k])}.`,
        `${nama}.dialek.${k} must be one of ${daftar}, not ${formatNilai(dialek[k])}.`,
      );
    }
  }
  if (!Array.isArray(b.prolog))
    throw salah(`${nama}.prolog harus berupa daftar baris.`, `${nama}.prolog must be a list of rows.`);
  b.prolog.forEach((p, i) => periksaBaris(p, `${nama}.prolog[${i}]`));
  periksaFungsi(b.kemajuan, `${nama}.kemajuan`);
  const baris = b.baris as { [Symbol.asyncIterator]?: unknown } | null;
  if (baris === null || typeof baris !== 'object' || typeof baris[Symbol.asyncIterator] !== 'function') {
    throw salah(
      `${nama}.baris harus berupa AsyncIterable baris (seperti hasil readBerkas), bukan ${formatNilai(baris)}.`,
      `${nama}.baris must be an AsyncIterable of rows (as readBerkas gives), not ${formatNilai(baris)}.`,
    );
  }
  if (dariPembaca(baris)) return v as BacaanBerkas;
  const asli = v as BacaanBerkas;
  const diperiksa = barisDiperiksa(baris as AsyncIterable<unknown>, nama);
  return {
    header: asli.header,
    get dialek() {
      return asli.dialek;
    },
    prolog: asli.prolog,
    baris: diperiksa,
    kemajuan: () => asli.kemajuan(),
  };
}

function periksaAliran(a: unknown, nama: string): AliranKeluaran {
  periksaObjek(a, nama);
  const x = a as Record<string, unknown>;
  periksaFungsi(x.write, `${nama}.write`);
  periksaFungsiOpsional(x.drain, `${nama}.drain`);
  periksaFungsiOpsional(x.close, `${nama}.close`);
  return a as AliranKeluaran;
}

function periksaLembar(a: unknown, nama: string): LembarKeluaran {
  periksaObjek(a, nama);
  const x = a as Record<string, unknown>;
  periksaFungsi(x.row, `${nama}.row`);
  periksaFungsiOpsional(x.close, `${nama}.close`);
  return a as LembarKeluaran;
}

/**
 * Where a run writes: an object with `write` and `open` (and `folder`, `openSheet`, `writeBytes` or not). Returns a destination
 * that checks what the caller's `open` and `openSheet` give back.
 */
export function periksaTujuan(v: unknown): TujuanKeluaran {
  periksaObjek(v, 'tujuan');
  const t = v as TujuanKeluaran & Record<string, unknown>;
  periksaFungsi(t.write, 'tujuan.write');
  periksaFungsi(t.open, 'tujuan.open');
  periksaFungsiOpsional(t.folder, 'tujuan.folder');
  periksaFungsiOpsional(t.openSheet, 'tujuan.openSheet');
  periksaFungsiOpsional(t.writeBytes, 'tujuan.writeBytes');
  const out: { -readonly [K in keyof TujuanKeluaran]: TujuanKeluaran[K] } = {
    write: (nama, isi) => t.write(nama, isi),
    open: (nama) => periksaAliran(t.open(nama), `tujuan.open(${JSON.stringify(nama)})`),
  };
  if (t.folder !== undefined) out.folder = (nama) => t.folder?.(nama);
  if (t.openSheet !== undefined)
    out.openSheet = (nama) => periksaLembar(t.openSheet?.(nama), `tujuan.openSheet(${JSON.stringify(nama)})`);
  if (t.writeBytes !== undefined) out.writeBytes = (nama, isi) => t.writeBytes?.(nama, isi);
  return out;
}

function periksaPilihan(v: unknown, pilihan: readonly unknown[], nama: string): void {
  if (v !== undefined && !pilihan.includes(v)) {
    const daftar = pilihan.map((p) => JSON.stringify(p)).join(', ');
    throw salah(
      `${nama} harus salah satu dari ${daftar}, bukan ${formatNilai(v)}.`,
      `${nama} must be one of ${daftar}, not ${formatNilai(v)}.`,
    );
  }
}

/**
 * A run's options: `undefined` or an object whose known options have their documented types (`bahasa`, `ketentuan`,
 * `peta` (checked when the columns are matched), `kemajuan`, `kompak`; for pakBerkas `html`, `kop`, `pegawai`,
 * `onGuru`; for the others `keluar`, `petaSiasn`). Returns the options, `{}` for `undefined`.
 */
export function periksaOpsiBerkas<T extends OpsiBerkas>(v: T | undefined): T {
  if (v === undefined) return {} as T;
  periksaObjek(v, 'opsi');
  if (Array.isArray(v)) throw salah('opsi harus berupa objek, bukan daftar.', 'opsi must be an object, not a list.');
  const o = v as Record<string, unknown>;
  periksaPilihan(o.bahasa, ['id', 'en'], 'opsi.bahasa');
  if (o.ketentuan !== undefined) periksaObjek(o.ketentuan, 'opsi.ketentuan');
  if (o.peta !== undefined) periksaObjek(o.peta, 'opsi.peta');
  if (o.kemajuan !== undefined) {
    periksaObjek(o.kemajuan, 'opsi.kemajuan');
    const k = o.kemajuan as Record<string, unknown>;
    periksaFungsi(k.tiap, 'opsi.kemajuan.tiap');
    periksaFungsi(k.selesai, 'opsi.kemajuan.selesai');
  }
  periksaFungsiOpsional(o.kompak, 'opsi.kompak');
  periksaFungsiOpsional(o.onGuru, 'opsi.onGuru');
  periksaPilihan(o.html, ['per-guru', 'gabung', 'tidak'], 'opsi.html');
  if (o.draf !== undefined && typeof o.draf !== 'boolean')
    throw salah('opsi.draf harus true atau false.', 'opsi.draf must be true or false.');
  if (o.kop !== undefined) {
    const kop = validateKopBerkas(o.kop);
    if (!kop.success)
      throw new KinerjaError(
        'argumen-tidak-valid',
        'opsi.kop bukan kop yang sah.',
        'opsi.kop is not a valid letterhead.',
        kop.issues,
      );
  }
  if (o.pegawai !== undefined) {
    const p = o.pegawai as { perNip?: unknown } | null;
    if (
      p === null ||
      typeof p !== 'object' ||
      !(p.perNip instanceof Map) ||
      ![...p.perNip.values()].every((x) => x !== null && typeof x === 'object')
    )
      throw salah('opsi.pegawai harus berupa hasil dataPegawai.', 'opsi.pegawai must be what dataPegawai gives.');
  }
  if (o.keluar !== undefined && typeof o.keluar !== 'string')
    throw salah(
      `opsi.keluar harus berupa teks, bukan ${formatNilai(o.keluar)}.`,
      `opsi.keluar must be a string, not ${formatNilai(o.keluar)}.`,
    );
  if (o.petaSiasn !== undefined) {
    periksaObjek(o.petaSiasn, 'opsi.petaSiasn');
    if (!Object.values(o.petaSiasn).every((x) => typeof x === 'string'))
      throw salah(
        'opsi.petaSiasn harus memetakan nama medan SIASN ke judul kolom (teks).',
        'opsi.petaSiasn must map SIASN field names to column headers (strings).',
      );
  }
  return v;
}
