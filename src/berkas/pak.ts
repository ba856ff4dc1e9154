// `pak`: per row a konversi, per NIP the akumulasi and Penetapan, pages, a summary and SIASN bodies, written through
// a TujuanKeluaran (the CLI's folder, the page's ZIP).
import { periksaBacaan, periksaOpsiBerkas, periksaTujuan } from './periksa';
import { formatPakHtml } from '../cetak/pak-html';
import { sumDesimal } from '../core/desimal';
import { periksaObjek } from '../core/periksa';
import { KinerjaError } from '../core/error';
import { formatIssue, type Bahasa } from '../core/issue';
import { ok, type Result } from '../core/result';
import type { DokumenPak } from '../pak/schema';
import { formatAngkaKredit } from '../penilaian/angka-kredit';
import { toAngkaKreditSiasn } from '../siasn/angka-kredit';
import { adaKolomSiasn, bacaData, type Diterima, type Galat } from './data';
import type { BacaanBerkas } from '../format/dialek';
import { AngkaSel, angka, dialekDari, Keluaran, pilih, selCsv, type TujuanKeluaran } from '../format/keluaran';
import { identitasHalaman, kopGuru, type CatatanIdentitas, type KopBerkas } from './kop';
import type { DataPegawai } from './pegawai';
import type { LaporanKolom } from '../format/kolom';
import {
  opsiBaca,
  tolakKolom,
  laporanKolom,
  urutanGuru,
  penetapanGuru,
  KOLOM_RINGKASAN,
  KOLOM_RINGKASAN_UNIT,
  KOLOM_DITERIMA,
  KOLOM_GALAT,
  barisRingkasan,
  barisGalat,
  galatGuru,
  HitungGalat,
  hitungTimpa,
  type OpsiBerkas,
} from './bersama';

/**
 * Options of {@link pakBerkas}: besides {@link OpsiBerkas}, the PAK pages (`per-guru`: `pak/<nip>.html`, the default;
 * `gabung`: one `pak.html`; `tidak`: none), the run's letterhead ({@link validateKopBerkas}) and each guru's identity
 * by NIP from a second file ({@link dataPegawai}).
 *
 * @category Berkas
 * @example
 * import type { OpsiPak } from 'pengelolaan-kinerja/berkas';
 * const opsi: OpsiPak = { html: 'gabung', kop: { nomor: '800/{urut:3}/PAK/2027' } };
 */
export interface OpsiPak extends OpsiBerkas {
  /** The PAK pages: `per-guru` (default), `gabung` or `tidak`. */
  readonly html?: 'per-guru' | 'gabung' | 'tidak';
  /** The run's letterhead. */
  readonly kop?: KopBerkas;
  /** Each guru's identity by NIP from a second file. */
  readonly pegawai?: DataPegawai;
}

/**
 * What a run of {@link pakBerkas} counted: guru, rows accepted and refused (distinct rows, not messages), SIASN bodies
 * written and skipped (the row's PAK stands), assumptions by code, the rows a rule-set override changed, every column
 * of the file (used or ignored), identity cells the pages could not print, guru missing from the employee file, and the
 * files written.
 *
 * @category Berkas
 * @example
 * import type { HasilPak } from 'pengelolaan-kinerja/berkas';
 * const lihat = (h: HasilPak) => `${h.diterima} diterima, ${h.ditolak} ditolak`;
 */
export interface HasilPak {
  /** Guru read (each NIP once). */
  readonly guru: number;
  /** Guru without a PAK (their rows accepted one by one, refused as a whole, e.g. an integrasi of another jenjang). */
  readonly guruDitolak: number;
  /** Rows accepted (lines of `diterima.csv`). */
  readonly diterima: number;
  /** Distinct input rows refused (a row with three bad cells counts once). */
  readonly ditolak: number;
  /** Accepted rows whose SIASN body was skipped (the row's PAK stands). */
  readonly siasnDilewati: number;
  /** SIASN bodies written (lines of `siasn-angkakredit.jsonl`). */
  readonly siasn: number;
  /** Rows per assumption code (`periode-setahun-diasumsikan`, `jenjang-dari-golongan`, `ketentuan-ditimpa`). */
  readonly asumsi: Readonly<Record<string, number>>;
  /** Rows whose rule set the `ketentuan` option changed from the one of their period. */
  readonly ditimpa: number;
  /** Every column of the file: used (by which field) or ignored (with the field it might be). */
  readonly kolom: LaporanKolom;
  /** Identity cells the pages could not print (a date or sex not readable), per field: printed as empty lines. */
  readonly identitasTidakTerbaca: ReadonlyMap<string, number>;
  /** With `pegawai`: guru of the konversi file the identity file does not have. */
  readonly tanpaDataPegawai: number;
  /** The files written, as the summary names them (`pak/` for the pages). */
  readonly berkas: readonly string[];
}

/**
 * The CLI's `pak` on an operator's file read by {@link readBerkas}: per row a konversi (or an AK Dasar, an integrasi),
 * per NIP the akumulasi and the Penetapan; written through `tujuan` in the input's dialect: `ringkasan.csv` (by unit
 * kerja, then NIP), `ringkasan-unit.csv`, `diterima.csv` (with name, unit kerja, assumptions), `galat.csv` (one line per
 * refused cell: line, NIP, name, column, value as written, code, message, kind), `siasn-angkakredit.jsonl` (with SIASN
 * columns), and the PAK pages `pak/<nip>.html` (or `pak.html`). Adds no rule: every figure comes from the library.
 * A header without a required field (or a column map naming a header the file lacks) is a failed `Result`, with the
 * file's headers and what to do, and nothing written.
 *
 * @category Berkas
 * @example
 * import { pakBerkas, readBerkas, type TujuanKeluaran } from 'pengelolaan-kinerja/berkas';
 * async function contoh() {
 *   const b = await readBerkas(new TextEncoder().encode('NIP,Nama,Golongan,Jabatan,Tahun,Predikat\n198703122010012004,Andi,III/c,Guru Ahli Muda,2024,Baik\n'));
 *   if (!b.success) return;
 *   const berkas = new Map<string, string>();
 *   const tujuan: TujuanKeluaran = { write: (n, isi) => void berkas.set(n, isi), open: (n) => ({ write: (t) => void berkas.set(n, (berkas.get(n) ?? '') + t) }) };
 *   const h = await pakBerkas(b.data, tujuan, { html: 'tidak' });
 *   return h.success && h.data.berkas; // [ 'ringkasan.csv', 'ringkasan-unit.csv', 'diterima.csv', 'galat.csv' ]
 * }
 */
export async function pakBerkas(
  bacaan: BacaanBerkas,
  tujuan: TujuanKeluaran,
  opsi: OpsiPak = {},
): Promise<Result<HasilPak>> {
  return jalankanPak(periksaBacaan(bacaan), periksaTujuan(tujuan), periksaOpsiBerkas(opsi));
}

async function jalankanPak(
  bacaan: BacaanBerkas,
  tujuan: TujuanKeluaran,
  opsiPak: OpsiPak = {},
): Promise<Result<HasilPak>> {
  const opsi = { ...opsiBaca(opsiPak), html: opsiPak.html ?? 'per-guru', kop: opsiPak.kop, pegawai: opsiPak.pegawai };
  const masukan = bacaan;
  const ditolakKolom = tolakKolom(masukan.header, opsi.peta);
  if (ditolakKolom !== null) return ditolakKolom;
  const cetak = opsi.html === 'tidak' ? null : formatPakHtml;
  const denganSiasn = adaKolomSiasn(masukan.header, opsi);
  const dialek = dialekDari(masukan.dialek);
  const kolom = laporanKolom(masukan.header, opsi.peta);
  const out = new Keluaran(tujuan, dialek, () => dialekDari(masukan.dialek).bom);
  if (opsi.html === 'per-guru') out.folder('pak');
  const diterima = out.tabel('diterima');
  const galat = out.tabel('galat');
  const siasn = denganSiasn ? out.teks('siasn-angkakredit.jsonl') : null;
  diterima.kepala(KOLOM_DITERIMA);
  galat.kepala(KOLOM_GALAT);
  const hitung = new HitungGalat();
  const timpa = hitungTimpa(opsi);
  const asumsi: Record<string, number> = {};
  const tolak = (g: Galat) => {
    hitung.catat(g);
    galat.csv(barisGalat(g, opsi.bahasa));
  };
  // Records are shared immutable values: each one's rounded figure is formatted once.
  const tampil = new WeakMap<object, string>();
  const ak = (r: NonNullable<Diterima['rekam']>) => {
    let t = tampil.get(r);
    if (t === undefined) tampil.set(r, (t = angka(formatAngkaKredit(r), dialek)));
    return t;
  };
  const csv = dialek.format === 'csv';
  const p = dialek.pemisah;
  const { guru, simpanan } = await bacaData(
    masukan,
    opsi,
    (d) => {
      const r = d.rekam;
      const kode = d.asumsi;
      for (const a of kode) asumsi[a] = (asumsi[a] ?? 0) + 1;
      timpa.catat(d);
      const nilai = d.integrasi?.akIntegrasi ?? d.akDasar ?? null;
      if (csv) {
        // The fast path: every field but the name, the unit and the assumptions is a validated NIP, a library code, a
        // number or an exact decimal: nothing to quote.
        // The exact value in the file's decimal mark (9,375 in a decimal-comma file, where Indonesian Excel reads
        // 9.375 as 9375); a value without a finite decimal stays the exact fraction (25/12).
        const tepat = (x: string): string => (x.includes('/') ? x : angka(x, dialek));
        const nama = selCsv(d.nama, dialek);
        const unit = selCsv(d.unitKerja, dialek);
        const as = kode.join(' ');
        diterima.tulis(
          r === null
            ? `${d.baris}${p}${d.nip}${p}${nama}${p}${unit}${p}${d.jenis}${p}${p}${p}${p}${p}${p}${nilai === null ? '' : angka(formatAngkaKredit(nilai), dialek)}${p}${nilai === null ? '' : tepat(nilai)}${p}${p}${as}${dialek.akhirBaris}`
            : `${d.baris}${p}${d.nip}${p}${nama}${p}${unit}${p}konversi${p}${r.tahun}${p}${r.bulanMulai}${p}${r.bulanAkhir}${p}${r.jenjang}${p}${r.predikat}${p}${ak(r)}${p}${tepat(r.angkaKredit)}${p}${r.ketentuan}${p}${as}${dialek.akhirBaris}`,
        );
      } else {
        diterima.csv(
          r === null
            ? [
                d.baris,
                d.nip,
                d.nama,
                d.unitKerja,
                d.jenis,
                '',
                '',
                '',
                '',
                '',
                new AngkaSel(nilai === null ? '' : formatAngkaKredit(nilai)),
                nilai ?? '',
                '',
                kode.join(' '),
              ]
            : [
                d.baris,
                d.nip,
                d.nama,
                d.unitKerja,
                'konversi',
                r.tahun,
                r.bulanMulai,
                r.bulanAkhir,
                r.jenjang,
                r.predikat,
                new AngkaSel(formatAngkaKredit(r)),
                r.angkaKredit,
                r.ketentuan,
                kode.join(' '),
              ],
        );
      }
      if (d.siasn !== null && r !== null && siasn !== null) {
        const body = toAngkaKreditSiasn({ ...d.siasn, rekam: r });
        if (body.success) siasn.tulis(`${JSON.stringify({ baris: d.baris, nip: d.nip, body: body.data })}\n`);
        else {
          const i = body.issues[0]!;
          tolak({
            baris: d.baris,
            nip: d.nip,
            nama: d.nama,
            kolom: i.path.join('.'),
            nilai: '',
            kode: i.code,
            pesan: formatIssue(i),
            pesanEn: formatIssue(i, { bahasa: 'en' }),
            jenis: 'siasn',
          });
        }
      }
    },
    tolak,
    opsiPak.kemajuan?.tiap,
    async () => {
      await Promise.all([diterima.jeda(), galat.jeda(), siasn?.jeda()]);
    },
  );
  opsiPak.kemajuan?.selesai();
  const ringkasan = out.tabel('ringkasan');
  const perUnit = out.tabel('ringkasan-unit');
  ringkasan.kepala(KOLOM_RINGKASAN);
  perUnit.kepala(KOLOM_RINGKASAN_UNIT);
  const halaman: DokumenPak[] = [];
  const jumlahGuru = guru.size;
  const urutan = urutanGuru(guru);
  const unit = new Map<string, { guru: number; baris: number; ak: string[]; pangkat: number; jenjang: number }>();
  let urut = 0;
  const catatan: CatatanIdentitas = { tidakTerbaca: new Map() };
  let tanpaDataPegawai = 0;
  for (const [u, nip] of urutan) {
    const g = guru.get(nip)!;
    // Done with this NIP: let it go, so memory shrinks while the Penetapan are made.
    guru.delete(nip);
    const { akumulasi, penetapan, dihitung } = penetapanGuru(
      g,
      simpanan,
      opsi,
      cetak !== null,
      kopGuru(opsi.kop, urut + 1, nip),
      cetak === null ? {} : identitasHalaman(g, catatan, opsi.pegawai?.perNip.get(nip)),
    );
    if (opsi.pegawai !== undefined && !opsi.pegawai.perNip.has(nip)) tanpaDataPegawai += 1;
    if (!penetapan.success || (akumulasi !== null && !akumulasi.success)) {
      const issues = !penetapan.success
        ? penetapan.issues
        : akumulasi !== null && !akumulasi.success
          ? akumulasi.issues
          : [];
      for (const x of galatGuru(g, issues)) tolak(x);
      continue;
    }
    urut += 1;
    const pd = penetapan.data;
    ringkasan.csv(barisRingkasan(pd, dihitung));
    const s = unit.get(u) ?? { guru: 0, baris: 0, ak: [], pangkat: 0, jenjang: 0 };
    s.guru += 1;
    s.baris += dihitung;
    s.ak.push(pd.akKonversi);
    if (pd.kenaikanPangkat?.akCukup === true) s.pangkat += 1;
    if (pd.kenaikanJenjang?.akCukup === true) s.jenjang += 1;
    unit.set(u, s);
    await ringkasan.jeda();
    if (cetak === null || akumulasi === null || !akumulasi.success) continue;
    if (opsi.html === 'per-guru')
      await out.tulisLangsung(`pak/${nip}.html`, cetak([akumulasi.data, pd], { judul: `PAK ${g.nama} ${nip}` }));
    else halaman.push(akumulasi.data, pd);
  }
  for (const [u, s] of unit)
    perUnit.csv([u, s.guru, s.baris, new AngkaSel(formatAngkaKredit(sumDesimal(s.ak).toJSON())), s.pangkat, s.jenjang]);
  if (halaman.length > 0 && cetak !== null) await out.tulisLangsung('pak.html', cetak(halaman, { judul: 'PAK' }));
  await out.selesai();
  const e = out.ekstensi;
  const berkas = [
    `ringkasan${e}`,
    `ringkasan-unit${e}`,
    `diterima${e}`,
    `galat${e}`,
    ...(siasn === null ? [] : ['siasn-angkakredit.jsonl']),
    ...(opsi.html === 'per-guru' ? ['pak/'] : opsi.html === 'gabung' && halaman.length > 0 ? ['pak.html'] : []),
  ];
  return ok({
    guru: jumlahGuru,
    guruDitolak: hitung.guru.size,
    diterima: diterima.jumlah,
    ditolak: hitung.ditolak,
    siasnDilewati: hitung.siasnDilewati,
    siasn: siasn?.jumlah ?? 0,
    asumsi,
    ditimpa: timpa.jumlah(),
    kolom,
    identitasTidakTerbaca: catatan.tidakTerbaca,
    tanpaDataPegawai,
    berkas,
  });
}

const LABEL_ASUMSI: Readonly<Record<string, [string, string]>> = {
  'periode-setahun-diasumsikan': [
    'periode Januari–Desember diasumsikan (tanpa kolom bulan)',
    'period January–December assumed (no month columns)',
  ],
  'jenjang-dari-golongan': [
    'jenjang diambil dari golongan (tanpa kolom jabatan)',
    'jenjang taken from the golongan (no jabatan column)',
  ],
  'ketentuan-ditimpa': ['ketentuan ditimpa --ketentuan', 'rule set overridden by --ketentuan'],
};

/**
 * The summary of a {@link pakBerkas} run, as the CLI prints it: counts of rows (not messages), guru without a PAK, SIASN
 * bodies, each assumption said once, identity notes, and an override's reach. `keluar` names where the files went
 * (default `keluaran`); `ketentuan` the id of a rule set given for every row.
 *
 * @category Berkas
 * @example
 * import { formatRingkasanPak, type HasilPak } from 'pengelolaan-kinerja/berkas';
 * const h: HasilPak = { guru: 2, guruDitolak: 0, diterima: 3, ditolak: 1, siasnDilewati: 0, siasn: 0, asumsi: {}, ditimpa: 0, kolom: { dipakai: [], diabaikan: [] }, identitasTidakTerbaca: new Map(), tanpaDataPegawai: 0, berkas: ['ringkasan.csv'] };
 * formatRingkasanPak(h, { bahasa: 'en', keluar: 'ZIP' });
 * //=> 'pak: 2 guru, 3 rows accepted, 1 row refused → ZIP/ (ringkasan.csv)'
 */
export function formatRingkasanPak(
  h: HasilPak,
  opsi: { readonly bahasa?: Bahasa; readonly keluar?: string; readonly ketentuan?: string } = {},
): string {
  periksaObjek(h, 'hasil');
  periksaObjek(opsi, 'opsi');
  const bentuk = h as unknown as Record<string, unknown>;
  const angkaSalah = ['guru', 'guruDitolak', 'diterima', 'ditolak', 'siasnDilewati', 'siasn', 'ditimpa'].filter(
    (k) => typeof bentuk[k] !== 'number',
  );
  if (
    angkaSalah.length > 0 ||
    !Array.isArray(bentuk['berkas']) ||
    bentuk['asumsi'] === null ||
    typeof bentuk['asumsi'] !== 'object'
  ) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      'formatRingkasanPak menerima hasil pakBerkas (HasilPak).',
      'formatRingkasanPak takes the result of pakBerkas (HasilPak).',
    );
  }
  const bahasa = opsi.bahasa ?? 'id';
  const keluar = opsi.keluar ?? 'keluaran';
  const ketentuan = opsi.ketentuan;
  const id: string[] = [`pak: ${h.guru} guru, ${h.diterima} baris diterima, ${h.ditolak} baris ditolak`];
  const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;
  const en: string[] = [`pak: ${h.guru} guru, ${rows(h.diterima)} accepted, ${rows(h.ditolak)} refused`];
  if (h.guruDitolak > 0) {
    id.push(`${h.guruDitolak} guru tanpa PAK`);
    en.push(`${h.guruDitolak} guru without a PAK`);
  }
  if (h.siasn > 0 || h.siasnDilewati > 0) {
    id.push(
      `${h.siasn} badan SIASN${h.siasnDilewati > 0 ? ` (${h.siasnDilewati} baris tanpa badan SIASN, PAK-nya tetap)` : ''}`,
    );
    en.push(
      `${h.siasn} SIASN bodies${h.siasnDilewati > 0 ? ` (${h.siasnDilewati} rows without a SIASN body, their PAK stands)` : ''}`,
    );
  }
  let baris = pilih(
    bahasa,
    `${id.join(', ')} → ${keluar}/ (${h.berkas.join(', ')})`,
    `${en.join(', ')} → ${keluar}/ (${h.berkas.join(', ')})`,
  );
  const asumsi = Object.entries(h.asumsi).filter(([k]) => k !== 'ketentuan-ditimpa');
  if (asumsi.length > 0) {
    baris += `\n${pilih(bahasa, 'asumsi', 'assumed')}: ${asumsi.map(([k, n]) => `${n} ${pilih(bahasa, 'baris', 'rows')} ${pilih(bahasa, LABEL_ASUMSI[k]?.[0] ?? k, LABEL_ASUMSI[k]?.[1] ?? k)}`).join('; ')} (${pilih(bahasa, 'kolom asumsi di diterima', 'column asumsi in diterima')})`;
  }
  if (h.tanpaDataPegawai > 0) {
    baris += `\n${pilih(bahasa, `--pegawai: ${h.tanpaDataPegawai} guru tidak ada di berkas data pegawai (identitasnya dari berkas utama saja)`, `--pegawai: ${h.tanpaDataPegawai} guru are not in the employee file (their identity from the main file only)`)}`;
  }
  if (h.identitasTidakTerbaca.size > 0) {
    const d = [...h.identitasTidakTerbaca].map(([m, n]) => `${m} ${n}`).join(', ');
    baris += `\n${pilih(bahasa, `identitas tidak terbaca (dicetak sebagai baris kosong untuk diisi tangan): ${d} guru`, `identity not readable (printed as empty lines to fill by hand): ${d} guru`)}`;
  }
  if (ketentuan !== undefined) {
    baris += `\n${pilih(bahasa, `--ketentuan ${ketentuan}: ${h.ditimpa} baris dihitung dengan ketentuan lain dari ketentuan periodenya`, `--ketentuan ${ketentuan}: ${h.ditimpa} rows computed under another rule set than their period's`)}`;
  }
  return baris;
}
