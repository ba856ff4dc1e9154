// `rekonsiliasi`: the local file against SIASN's export, the differences per NIP, coded and located by file and
// line. Shared by the CLI and the web page.
import { periksaObjek } from '../core/periksa';
import { periksaBacaan, periksaOpsiBerkas, periksaTujuan } from './periksa';
import { formatIssue, issueOf } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import type { RekamAngkaKredit } from '../penilaian/rekam-ak';
import { rekonsiliasiSiasn } from '../siasn/rekonsiliasi';
import { bacaData, type Diterima, type Galat, type HasilBaca, type OpsiBaca } from './data';
import type { BacaanBerkas } from '../format/dialek';
import { dialekDari, Keluaran, pilih, type TabelKeluaran, type TujuanKeluaran } from '../format/keluaran';
import { matchKolom, normalizeKolom, type Medan, type PetaKolom } from '../format/kolom';
import { parseDesimalBerkas } from '../format/nilai';
import { barisGalat, HitungGalat, KOLOM_GALAT, opsiBaca, tolakKolom, type OpsiBerkas } from './bersama';

/**
 * What a run of {@link rekonsiliasiBerkas} found: differences, rows matched, rows refused, the summary the CLI prints,
 * and the files written.
 *
 * @category Berkas
 * @example
 * import type { HasilRekonsiliasi } from 'pengelolaan-kinerja/berkas';
 * const lihat = (h: HasilRekonsiliasi) => `${h.cocok} cocok, ${h.selisih} selisih`;
 */
export interface HasilRekonsiliasi {
  /** Differences found (lines of `rekonsiliasi.csv`). */
  readonly selisih: number;
  /** Records that agree on both sides. */
  readonly cocok: number;
  /** Rows refused, and guru refused whole. */
  readonly ditolak: number;
  /** The summary line the CLI prints. */
  readonly ringkas: string;
  /** The files written (`rekonsiliasi.csv`, `galat.csv`). */
  readonly berkas: readonly string[];
}

const gagal = (kode: string, id: string, en: string): Result<never> => fail([issueOf(kode, [], id, en)]);

/** The header's index for each field (matchKolom), leaving out the map's headers the file lacks. */
function petakanKolom(header: readonly string[], peta: PetaKolom = {}): { indeks: Partial<Record<Medan, number>> } {
  const r = matchKolom(header, peta);
  if (r.success) return { indeks: { ...r.data.indeks } };
  const tanpa = Object.fromEntries(
    Object.entries(peta).filter(([m]) => !r.issues.some((i) => i.path[0] === m)),
  ) as PetaKolom;
  const s = matchKolom(header, tanpa);
  return { indeks: s.success ? { ...s.data.indeks } : {} };
}

/**
 * The SIASN rw-angkakredit fields a column map (the CLI's `--kolom`) may point at another header for
 * {@link rekonsiliasiBerkas}, besides the fields of {@link MEDAN_BERKAS}.
 *
 * @category Berkas
 * @example
 * import { MEDAN_SIASN } from 'pengelolaan-kinerja/berkas';
 * MEDAN_SIASN.includes('kreditBaruTotal');
 * //=> true
 */
export const MEDAN_SIASN: readonly (
  | 'pns'
  | 'nipBaru'
  | 'tahunMulaiPenailan'
  | 'bulanMulaiPenailan'
  | 'tahunSelesaiPenailan'
  | 'bulanSelesaiPenailan'
  | 'kreditUtamaBaru'
  | 'kreditPenunjangBaru'
  | 'kreditBaruTotal'
  | 'isKonversi'
  | 'isIntegrasi'
  | 'isAngkaKreditPertama'
  | 'nomorSk'
  | 'tanggalSk'
)[] = /* @__PURE__ */ Object.freeze([
  'pns',
  'nipBaru',
  'tahunMulaiPenailan',
  'bulanMulaiPenailan',
  'tahunSelesaiPenailan',
  'bulanSelesaiPenailan',
  'kreditUtamaBaru',
  'kreditPenunjangBaru',
  'kreditBaruTotal',
  'isKonversi',
  'isIntegrasi',
  'isAngkaKreditPertama',
  'nomorSk',
  'tanggalSk',
]);

/**
 * The spellings SIASN's exports use for a rw-angkakredit field, matched without case, spaces or punctuation: the
 * read side's sic "Penailan" and the corrected "Penilaian" (kinerjaperiodik spells it so; exports re-typed by hand
 * do too). Sources: docs/sumber.md#siasn (black-coffee04/ws-siasn-php, kanekescom/laravel-siasn-simpeg).
 */
const EJAAN_SIASN: Readonly<Record<string, readonly string[]>> = {
  pns: ['pns', 'pnsid', 'idpns', 'pnsorangid'],
  tahunMulaiPenailan: ['tahunmulaipenailan', 'tahunmulaipenilaian'],
  bulanMulaiPenailan: ['bulanmulaipenailan', 'bulanmulaipenilaian'],
  tahunSelesaiPenailan: ['tahunselesaipenailan', 'tahunselesaipenilaian'],
  bulanSelesaiPenailan: ['bulanselesaipenailan', 'bulanselesaipenilaian'],
};

/** A SIASN flag as exports write it ("1"/"0", "true"/"false", "Ya"/"Tidak", "Y"/"N", empty) to SIASN's "1"/"0". */
export function benderaSiasn(v: string): string {
  const t = v.trim().toLowerCase();
  if (['1', 'true', 'ya', 'y', 'yes'].includes(t)) return '1';
  if (['0', 'false', 'tidak', 't', 'n', 'no', ''].includes(t)) return '0';
  return v;
}

/**
 * An AK of a SIASN export re-saved by Indonesian Excel ("37,5", "1.037,5") back to SIASN's point ("37.5"); SIASN's own
 * "37.500" is kept as it is (a point alone is SIASN's decimal mark, never a thousands separator here).
 */
export function desimalSiasn(v: string): string {
  if (!v.includes(',')) return v;
  const r = parseDesimalBerkas(v, ',');
  return r.success ? r.data : v;
}

/**
 * The CLI's `rekonsiliasi` on two files read by {@link readBerkas}: the local file (as {@link pakBerkas} reads it)
 * against SIASN's rw-angkakredit export as it comes (keyed by NIP or, as SIASN's own export, by PNS ID matched through
 * the local file's PNS ID column), or its rw-skp22 export (the yearly predikat as kuadran codes 1–5) against the local
 * January–December rows. Writes `rekonsiliasi.csv` (per difference: NIP, PNS ID, name, code, side, line, field,
 * message) and `galat.csv` (with the file of each refusal) through `tujuan`. `petaSiasn` names the export's header of a
 * {@link MEDAN_SIASN} field; `keluar` names the output in the summary. A file that cannot be matched at all (no NIP or
 * PNS ID column, a required field missing) is a failed `Result`, nothing written.
 *
 * @param berkas - The local file and SIASN's export, each opened by {@link readBerkas}.
 * @param tujuan - Where the outputs go.
 * @param opsi - The rule set, language, column maps and the output's name.
 * @returns The differences and counts, or a failed result with `kolom-wajib`, `pemilik-tidak-dikenal` or the column
 *   issues before anything is written; wrong arguments reject with `KinerjaError` `argumen-tidak-valid`.
 * @category Berkas
 * @example
 * import { readBerkas, rekonsiliasiBerkas, type TujuanKeluaran } from 'pengelolaan-kinerja/berkas';
 * async function contoh(tujuan: TujuanKeluaran, lokalCsv: Uint8Array, siasnCsv: Uint8Array) {
 *   const [lokal, siasn] = [await readBerkas(lokalCsv), await readBerkas(siasnCsv)];
 *   if (!lokal.success || !siasn.success) return;
 *   const h = await rekonsiliasiBerkas({ lokal: lokal.data, siasn: siasn.data }, tujuan);
 *   return h.success && h.data.selisih; // the number of differences written to rekonsiliasi.csv
 * }
 */
export async function rekonsiliasiBerkas(
  berkas: { readonly lokal: BacaanBerkas; readonly siasn: BacaanBerkas },
  tujuan: TujuanKeluaran,
  opsi: OpsiBerkas & { readonly keluar?: string; readonly petaSiasn?: Readonly<Record<string, string>> } = {},
): Promise<Result<HasilRekonsiliasi>> {
  periksaObjek(berkas, 'berkas');
  const dua = {
    lokal: periksaBacaan(berkas.lokal, 'berkas.lokal'),
    siasn: periksaBacaan(berkas.siasn, 'berkas.siasn'),
  };
  return jalankanRekonsiliasi(dua, periksaTujuan(tujuan), periksaOpsiBerkas(opsi));
}

type OpsiRekonsiliasi = OpsiBerkas & {
  readonly keluar?: string;
  readonly petaSiasn?: Readonly<Record<string, string>>;
};

/** The columns of SIASN's export: which export it is, its NIP and PNS ID columns, and the SIASN field of each header. */
interface KolomSiasn {
  readonly skp22: boolean;
  readonly iNip: number;
  readonly iPns: number;
  readonly medanKolom: readonly string[];
}

/** The map's header of a field (a header, or `{ kolom }`). */
const kolomPeta = (v: unknown): string | undefined =>
  typeof v === 'string'
    ? v
    : v !== null && typeof v === 'object' && typeof (v as { kolom?: unknown }).kolom === 'string'
      ? (v as { kolom: string }).kolom
      : undefined;

/**
 * SIASN's export: its own field names as headers (rw-angkakredit), keyed by NIP or, as SIASN's own export is, by PNS
 * ID (`pns`). The column map applies here too: a field of the map (nip, pnsId, or a SIASN field name) names the header.
 */
function kolomSiasn(
  siasn: BacaanBerkas,
  opsi: Pick<OpsiBaca, 'peta'> & { readonly petaSiasn: Readonly<Record<string, string>> | undefined },
): KolomSiasn | Result<never> {
  const peta: Readonly<Record<string, string | undefined>> = {
    nip: kolomPeta(opsi.peta.nip),
    pnsId: kolomPeta(opsi.peta.pnsId),
    ...opsi.petaSiasn,
  };
  const hn = siasn.header.map(normalizeKolom);
  // Which export: rw-skp22 (the yearly predikat as kuadran codes 1–5, keyed by pnsDinilaiId) or rw-angkakredit.
  const skp22 =
    hn.some((h) => h === 'kuadrankinerjanilai' || h === 'kuadrankinerja') && !hn.includes('kreditbarutotal');
  const diminta = (m: string) => {
    const d = peta[m];
    return d === undefined ? undefined : hn.indexOf(normalizeKolom(d));
  };
  const nipPeta = diminta('nip') ?? -1;
  const iNip = nipPeta >= 0 ? nipPeta : hn.findIndex((h) => ['nip', 'nipbaru', 'nippegawai'].includes(h));
  const ejaanPns = skp22 ? ['pnsdinilaiid', 'pnsdinilaiorang', ...EJAAN_SIASN['pns']!] : EJAAN_SIASN['pns']!;
  const iPns = diminta('pnsId') ?? diminta('pns') ?? hn.findIndex((h) => ejaanPns.includes(h));
  if (iNip < 0 && iPns < 0) {
    return gagal(
      'kolom-wajib',
      `Ekspor SIASN memerlukan kolom NIP atau PNS ID (pns). Judul kolom yang ada: ${siasn.header.join(', ')}. Petakan salah satunya di peta kolom, misalnya { "nip": "NIP Baru" } atau { "pnsId": "ID PNS" }.`,
      `The SIASN export needs a NIP or PNS ID (pns) column. Headers found: ${siasn.header.join(', ')}. Map one in the column map, e.g. { "nip": "NIP Baru" } or { "pnsId": "ID PNS" }.`,
    );
  }
  // The SIASN field of each header (a map's choice, a known spelling, or the header as written).
  const medanKolom = siasn.header.map((h, i) => {
    // rw-skp22 rows go to the library as SIASN writes them (it reads their spellings, capitals and labels included).
    if (skp22) return h.replace(/^\uFEFF/, '').trim();
    for (const m of MEDAN_SIASN) {
      const d = peta[m];
      if (d !== undefined && normalizeKolom(d) === hn[i]) return m;
    }
    for (const [m, e] of Object.entries(EJAAN_SIASN)) if (e.includes(hn[i]!)) return m;
    const sama = MEDAN_SIASN.find((m) => normalizeKolom(m) === hn[i]);
    return sama ?? h.replace(/^\uFEFF/, '').trim();
  });
  return { skp22, iNip, iPns, medanKolom };
}

async function jalankanRekonsiliasi(
  berkas: { readonly lokal: BacaanBerkas; readonly siasn: BacaanBerkas },
  tujuan: TujuanKeluaran,
  opsiBerkas: OpsiRekonsiliasi = {},
): Promise<Result<HasilRekonsiliasi>> {
  const { lokal, siasn } = berkas;
  const opsi = { ...opsiBaca(opsiBerkas), keluar: opsiBerkas.keluar, petaSiasn: opsiBerkas.petaSiasn };
  const ks = kolomSiasn(siasn, opsi);
  if ('success' in ks) return ks;
  // The local file's header, then whether a PNS ID can be matched: checked before any output is opened.
  const ditolakKolom = tolakKolom(lokal.header, opsi.peta);
  if (ditolakKolom !== null) return ditolakKolom;
  const iPnsLokal = petakanKolom(lokal.header, opsi.peta).indeks.pnsId;
  if (ks.iNip < 0 && iPnsLokal === undefined) {
    return gagal(
      'kolom-wajib',
      'Ekspor SIASN ini memakai PNS ID (kolom pns), tetapi berkas lokal tidak punya kolom PNS ID untuk mencocokkan. Tambahkan kolom "PNS ID" ke berkas lokal atau petakan di peta kolom: { "pnsId": "…" }.',
      'This SIASN export is keyed by PNS ID (column pns), but the local file has no PNS ID column to match it. Add a "PNS ID" column to the local file or map one in the column map: { "pnsId": "…" }.',
    );
  }
  const dialek = dialekDari(lokal.dialek);
  const out = new Keluaran(tujuan, dialek, () => dialekDari(lokal.dialek).bom);
  const tabel = out.tabel('rekonsiliasi');
  const galat = out.tabel('galat');
  tabel.kepala(['nip', 'pns_id', 'nama', 'kode', 'sisi', 'baris', 'medan', 'pesan']);
  galat.kepala(['berkas', ...KOLOM_GALAT]);
  const hitung = new HitungGalat();
  const tolak = (berkas: string, g: Galat) => {
    // A SIASN body this command does not write: not a refusal here.
    if (g.jenis === 'siasn') return;
    hitung.catat(g);
    galat.csv([berkas, ...barisGalat(g, opsi.bahasa)]);
  };
  const { baca, pnsNip } = await bacaLokal(
    lokal,
    iPnsLokal,
    opsi,
    (g) => tolak('lokal', g),
    () => galat.jeda(),
  );
  const { perNip, tanpaPemilik } = await bacaSiasn(siasn, ks, pnsNip, (g) => tolak('siasn', g));
  const { cocok, tanpaTahunan } = await bandingkan(baca, perNip, pnsNip, ks.skp22, tabel, opsi);
  await out.selesai();
  const selisih = tabel.jumlah;
  const ke = opsi.keluar === undefined ? '' : ` → ${opsi.keluar}/rekonsiliasi${out.ekstensi}`;
  const { skp22, iNip } = ks;
  const ringkas = pilih(
    opsi.bahasa,
    `rekonsiliasi${skp22 ? ' (SKP tahunan, rw-skp22)' : ''}: ${cocok} cocok, ${selisih} selisih, ${hitung.ditolak} baris ditolak${tanpaPemilik > 0 ? ` (${tanpaPemilik} baris SIASN tanpa pasangan)` : ''}${iNip < 0 ? ', dicocokkan dengan PNS ID' : ''}${tanpaTahunan > 0 ? `; ${tanpaTahunan} tahun lokal tanpa baris Januari–Desember tidak dibandingkan` : ''}${ke}`,
    `rekonsiliasi${skp22 ? ' (yearly SKP, rw-skp22)' : ''}: ${cocok} matched, ${selisih} differences, ${hitung.ditolak} rows refused${tanpaPemilik > 0 ? ` (${tanpaPemilik} SIASN rows without a match)` : ''}${iNip < 0 ? ', matched by PNS ID' : ''}${tanpaTahunan > 0 ? `; ${tanpaTahunan} local years without a January–December row not compared` : ''}${ke}`,
  );
  return ok({
    selisih,
    cocok,
    ditolak: hitung.ditolak + hitung.guru.size,
    ringkas,
    berkas: [`rekonsiliasi${out.ekstensi}`, `galat${out.ekstensi}`],
  });
}

/** The local file read like `pak`'s, with each accepted row's PNS ID kept to match an export keyed by PNS ID. */
async function bacaLokal(
  lokal: BacaanBerkas,
  iPnsLokal: number | undefined,
  opsi: OpsiBaca,
  tolak: (g: Galat) => void,
  jeda: () => Promise<void>,
): Promise<{ baca: HasilBaca; pnsNip: Map<string, string> }> {
  const pnsBaris = new Map<number, string>();
  const lokalDenganPns: BacaanBerkas = {
    ...lokal,
    header: lokal.header,
    baris: (async function* () {
      for await (const b of lokal.baris) {
        if (iPnsLokal !== undefined) {
          const v = (b.sel[iPnsLokal] ?? '').trim();
          if (v !== '') pnsBaris.set(b.baris, v);
        }
        yield b;
      }
    })(),
  };
  const pnsNip = new Map<string, string>();
  const terima = (d: Diterima) => {
    const p = pnsBaris.get(d.baris) ?? d.siasn?.pnsId;
    if (p !== undefined && !pnsNip.has(p)) pnsNip.set(p, d.nip);
  };
  const baca = await bacaData(lokalDenganPns, opsi, terima, tolak, undefined, jeda);
  return { baca, pnsNip };
}

/** SIASN's rows by NIP (through the local PNS ID when the export has none), each row's fields as SIASN names them. */
async function bacaSiasn(
  siasn: BacaanBerkas,
  ks: KolomSiasn,
  pnsNip: ReadonlyMap<string, string>,
  tolak: (g: Galat) => void,
): Promise<{ perNip: Map<string, { row: Record<string, string>; baris: number }[]>; tanpaPemilik: number }> {
  const { skp22, iNip, iPns, medanKolom } = ks;
  const perNip = new Map<string, { row: Record<string, string>; baris: number }[]>();
  let tanpaPemilik = 0;
  for await (const b of siasn.baris) {
    if (b.rusak !== undefined) {
      const r = b.rusak;
      tolak({
        baris: b.baris,
        nip: '',
        nama: '',
        kolom: '',
        nilai: r.mentah,
        code: r.code,
        message: r.message,
        messageEn: r.messageEn,
        jenis: 'berkas',
      });
      continue;
    }
    const row: Record<string, string> = {};
    siasn.header.forEach((_, i) => {
      if (i === iNip && !skp22) return;
      const m = medanKolom[i]!;
      const v = (b.sel[i] ?? '').trim();
      row[m] =
        m === 'isKonversi' || m === 'isIntegrasi' || m === 'isAngkaKreditPertama'
          ? benderaSiasn(v)
          : m.startsWith('kredit')
            ? desimalSiasn(v)
            : v;
    });
    const nipTeks = iNip >= 0 ? (b.sel[iNip] ?? '').replace(/\D/g, '') : '';
    const pns = iPns >= 0 ? (b.sel[iPns] ?? '').trim() : '';
    const nip = nipTeks !== '' ? nipTeks : (pnsNip.get(pns) ?? '');
    if (nip === '') {
      tanpaPemilik += 1;
      const kosong = iNip >= 0 && nipTeks === '' && pns === '';
      tolak({
        baris: b.baris,
        nip: '',
        nama: '',
        kolom: siasn.header[iNip >= 0 ? iNip : iPns] ?? 'pns',
        nilai: pns,
        code: 'pemilik-tidak-dikenal',
        message: kosong
          ? 'Baris SIASN tanpa NIP dan PNS ID.'
          : `PNS ID "${pns}" tidak ada di berkas lokal: baris SIASN ini tidak dapat dicocokkan.`,
        messageEn: kosong
          ? 'A SIASN row without NIP or PNS ID.'
          : `PNS ID "${pns}" is not in the local file: this SIASN row cannot be matched.`,
        jenis: 'baris',
      });
      continue;
    }
    const daftar = perNip.get(nip) ?? [];
    daftar.push({ row, baris: b.baris });
    perNip.set(nip, daftar);
  }
  return { perNip, tanpaPemilik };
}

/** Each NIP's local rows against its SIASN rows (by the library's reconciliation), one line per difference. */
async function bandingkan(
  baca: HasilBaca,
  perNip: ReadonlyMap<string, readonly { row: Record<string, string>; baris: number }[]>,
  pnsNip: ReadonlyMap<string, string>,
  skp22: boolean,
  tabel: TabelKeluaran,
  opsi: OpsiBaca,
): Promise<{ cocok: number; tanpaTahunan: number }> {
  const pnsDari = new Map([...pnsNip].map(([p, n]) => [n, p]));
  const k = opsi.ketentuan === undefined ? {} : { ketentuan: opsi.ketentuan };
  let cocok = 0;
  let tanpaTahunan = 0;
  for (const nip of [...new Set([...baca.guru.keys(), ...perNip.keys()])].sort()) {
    const g = baca.guru.get(nip);
    const semua = g === undefined ? [] : baca.simpanan.dari(g);
    // Against rw-skp22: the local yearly predikat is a row covering January–December (a semester row has none).
    const kini = skp22 ? semua.filter((x) => x.r.bulanMulai === 1 && x.r.bulanAkhir === 12) : semua;
    if (skp22) tanpaTahunan += new Set(semua.filter((x) => !kini.includes(x)).map((x) => x.r.tahun)).size;
    const s = perNip.get(nip) ?? [];
    const hasil = skp22
      ? rekonsiliasiSiasn(
          {
            lokal: { skp: kini.map((x) => ({ tahun: x.r.tahun, predikat: x.r.predikat })) },
            siasn: { skp22: s.map((x) => x.row) },
          },
          k,
        )
      : rekonsiliasiSiasn(
          {
            lokal: { angkaKredit: kini.map((x) => x.r as RekamAngkaKredit) },
            siasn: { angkaKredit: s.map((x) => x.row) },
          },
          k,
        );
    cocok += hasil.cocok;
    await tabel.jeda();
    for (const i of hasil.selisih) {
      const [sisi, , idx, medan] = i.path;
      const baris = sisi === 'lokal' ? kini[Number(idx)]?.baris : s[Number(idx)]?.baris;
      const pesan = formatIssue(i, { bahasa: opsi.bahasa });
      tabel.csv([nip, pnsDari.get(nip) ?? '', g?.nama ?? '', i.code, sisi, baris ?? '', medan ?? '', pesan]);
    }
  }
  return { cocok, tanpaTahunan };
}
