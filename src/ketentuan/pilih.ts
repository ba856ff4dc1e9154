import { formatNilai, KinerjaError } from '../core/error';
import { issueOf } from '../core/issue';
import { fail, ok, safely, type Result } from '../core/result';
import { periksaOpsi } from '../core/opsi';
import { periksaObjek } from '../core/periksa';
import { KETENTUAN_2023 } from './ketentuan-2023';
import { KETENTUAN_2024 } from './ketentuan-2024';
import { KETENTUAN_2025 } from './ketentuan-2025';
import { KETENTUAN_2026 } from './ketentuan-2026';
import type { Periode } from './periode-schema';
import { ketentuanBerlakuDari, denganPerencanaan, pesanTanpaPerencanaan } from './opsi-ketentuan';
import type { Ketentuan, KetentuanBerlaku } from './types';

/** The first day of the konversi of predikat into angka kredit (PermenPANRB 1/2023). */
const AWAL_KONVERSI = '2023-01-01';

/**
 * The built-in rule sets, oldest first: 2023 holds only the angka kredit side ({@link KetentuanKonversi}).
 *
 * @category Ketentuan
 * @example
 * SEMUA_KETENTUAN.map((k) => k.id); //=> ['2023', '2024', '2025', '2026']
 */
export const SEMUA_KETENTUAN: readonly KetentuanBerlaku[] = /* @__PURE__ */ (() =>
  Object.freeze([KETENTUAN_2023, KETENTUAN_2024, KETENTUAN_2025, KETENTUAN_2026]))();

/**
 * Options of the functions that pick a rule set.
 *
 * @category Ketentuan
 * @example
 * const opsi: OpsiDaftarKetentuan = { daftar: [KETENTUAN_2026] };
 */
export interface OpsiDaftarKetentuan {
  /** The rule sets to choose from; default {@link SEMUA_KETENTUAN}. */
  readonly daftar?: readonly KetentuanBerlaku[];
}

function daftarDari(opsi: OpsiDaftarKetentuan | undefined, fungsi: string): readonly KetentuanBerlaku[] {
  const daftar = periksaOpsi(opsi, fungsi, ['daftar']).daftar ?? SEMUA_KETENTUAN;
  if (!Array.isArray(daftar)) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      `opsi.daftar harus daftar ketentuan, bukan ${formatNilai(daftar)}.`,
      `opsi.daftar must be a list of rule sets, not ${formatNilai(daftar)}.`,
    );
  }
  return daftar === SEMUA_KETENTUAN
    ? daftar
    : daftar.map((k, i) => ketentuanBerlakuDari(k, `opsi.daftar[${i}]`) as KetentuanBerlaku);
}

/**
 * A rule set by id (among `opsi.daftar`, default the built-in ones); throws {@link KinerjaError}
 * `kode-tidak-dikenal` for an id it does not hold.
 *
 * @param id - The rule set's id (`'2024'`, `'2026'`, …).
 * @param opsi - `daftar`: the rule sets to look in (default: the built-in ones).
 * @returns The rule set; throws `KinerjaError` `kode-tidak-dikenal` for an id the list does not hold.
 * @category Ketentuan
 * @example
 * getKetentuan('2025').periode.jenis; //=> 'tahunan'
 */
export function getKetentuan(id: string, opsi?: OpsiDaftarKetentuan): KetentuanBerlaku {
  const k = daftarDari(opsi, 'getKetentuan').find((x) => x.id === id);
  if (k === undefined) {
    throw new KinerjaError(
      'kode-tidak-dikenal',
      `Ketentuan ${formatNilai(id)} tidak dikenal.`,
      `Unknown rule set ${formatNilai(id)}.`,
    );
  }
  return k;
}

/**
 * The rule set in force for a period or a date: the latest of `opsi.daftar` whose `berlakuMulai` is on or before
 * the date (a period counts from 1 January of its year). Total from 2023-01-01 on (2023: {@link KETENTUAN_2023}, the
 * angka kredit side only); throws {@link KinerjaError}
 * `argumen-tidak-valid` for an earlier date (before 2023 with the issue `periode-sebelum-konversi`, which names the PAK
 * Integrasi: AK up to 31 December 2022 is conventional and no predikat of 2022 is converted), a malformed input, or a period the chosen rule set does not have
 * (`{ tahun: 2026, ke: 2 }`: 2026 has one period).
 *
 * @param periode - A period (`{ tahun, ke }`) or a date (`yyyy-mm-dd`).
 * @param opsi - `daftar`: the rule sets to choose from (default: the built-in ones).
 * @returns The rule set in force; throws `KinerjaError` `argumen-tidak-valid` for a date before any rule set of the
 *   list or a value that is not a period or date.
 * @category Ketentuan
 * @example
 * ketentuanUntuk({ tahun: 2024, ke: 2 }).id; //=> '2024'
 * ketentuanUntuk('2026-03-01').id;          //=> '2026'
 * ketentuanUntuk({ tahun: 2023, ke: 1 }).lingkup; //=> 'konversi'
 */
export function ketentuanUntuk(periode: Periode | string, opsi?: OpsiDaftarKetentuan): KetentuanBerlaku {
  const daftar = daftarDari(opsi, 'ketentuanUntuk');
  const tanggal =
    typeof periode === 'string'
      ? /^\d{4}-\d{2}(-\d{2})?$/.test(periode)
        ? periode.length === 7
          ? `${periode}-01`
          : periode
        : null
      : periode !== null && typeof periode === 'object' && Number.isInteger(periode.tahun)
        ? `${String(periode.tahun).padStart(4, '0')}-01-01`
        : null;
  if (tanggal === null) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      'Berikan periode { tahun, ke } atau tanggal yyyy-mm-dd.',
      'Give a period { tahun, ke } or a yyyy-mm-dd date.',
    );
  }
  let pilihan: KetentuanBerlaku | undefined;
  for (const k of daftar)
    if (k.berlakuMulai <= tanggal && (pilihan === undefined || k.berlakuMulai >= pilihan.berlakuMulai)) pilihan = k;
  if (pilihan === undefined) {
    if (tanggal < AWAL_KONVERSI) {
      const tahun = tanggal.slice(0, 4);
      const id = `Periode ${tahun} sebelum konversi predikat kinerja: angka kredit dari predikat dihitung mulai 1 Januari 2023 (PermenPANRB 1/2023; surat Dirjen GTK 5137/B/HK.04.01/2023). Angka kredit sampai 31 Desember 2022 adalah angka kredit konvensional yang masuk lewat PAK Integrasi (PAK konvensional terakhir, disesuaikan di DISPAKATI): hitung dengan angkaKreditIntegrasi dan berikan sebagai integrasi pada createPakPenetapan; predikat ${tahun} tidak dikonversi.`;
      const en = `Period ${tahun} is before the konversi of predikat: angka kredit from predikat counts from 1 January 2023 (PermenPANRB 1/2023; Dirjen GTK letter 5137/B/HK.04.01/2023). Angka kredit up to 31 December 2022 is conventional and enters through the PAK Integrasi (the last conventional PAK, adjusted in DISPAKATI): compute it with angkaKreditIntegrasi and give it as integrasi to createPakPenetapan; a ${tahun} predikat is not converted.`;
      throw new KinerjaError('argumen-tidak-valid', id, en, [
        issueOf('periode-sebelum-konversi', ['periode'], id, en, { tahun: Number(tahun) }),
      ]);
    }
    throw new KinerjaError(
      'argumen-tidak-valid',
      `Tidak ada ketentuan yang berlaku pada ${tanggal}.`,
      `No rule set is in force on ${tanggal}.`,
    );
  }
  if (
    typeof periode !== 'string' &&
    !(Number.isInteger(periode.ke) && periode.ke >= 1 && periode.ke <= pilihan.periode.rentangBulan.length)
  ) {
    const n = pilihan.periode.rentangBulan.length;
    const id = `Ketentuan ${pilihan.id} hanya punya ${n} periode setahun (ke: ${n === 1 ? '1' : `1..${n}`}), bukan ke-${formatNilai(periode.ke)}.`;
    const en = `Rule set ${pilihan.id} has ${n} period(s) a year (ke: ${n === 1 ? '1' : `1..${n}`}), not number ${formatNilai(periode.ke)}.`;
    throw new KinerjaError('argumen-tidak-valid', id, en, [
      issueOf('periode-tidak-ada', ['periode', 'ke'], id, en, { periode: n, ketentuan: pilihan.id }),
    ]);
  }
  return pilihan;
}

/**
 * The rule set a plan was made under: its `ketentuan` id among `opsi.daftar`. Throws {@link KinerjaError}
 * `kode-tidak-dikenal` for an id the list does not hold (a typo is never replaced by the period's rule set) and
 * `argumen-tidak-valid` for a plan of another shape or under a rule set without plans (2023: the issue
 * `ketentuan-tanpa-perencanaan`).
 *
 * @param rencana - A plan, or anything with its `ketentuan` id and `periode`.
 * @param opsi - `daftar`: the rule sets to look in (default: the built-in ones).
 * @returns The plan's rule set; throws `KinerjaError` `kode-tidak-dikenal` or `argumen-tidak-valid` as described above.
 * @category Ketentuan
 * @example
 * ketentuanRencana({ ketentuan: '2026', periode: { tahun: 2026, ke: 1 } }).id; //=> '2026'
 */
export function ketentuanRencana(
  rencana: { readonly ketentuan: string; readonly periode: Periode },
  opsi?: OpsiDaftarKetentuan,
): Ketentuan {
  periksaObjek(rencana, 'rencana');
  const k = denganPerencanaan(getKetentuan(rencana.ketentuan, opsi), 'ketentuanRencana');
  ketentuanUntuk(rencana.periode, { daftar: [k] });
  return k;
}

/**
 * {@link ketentuanRencana} as a {@link Result}: `ketentuan-tidak-dikenal` at `ketentuan` for an unknown id,
 * `ketentuan-tanpa-perencanaan` at `ketentuan` for a rule set without plans (2023), `periode-tidak-ada` at `periode`
 * for a period the rule set does not have.
 *
 * @param rencana - A plan, or anything with its `ketentuan` id and `periode`.
 * @param opsi - `daftar`: the rule sets to look in (default: the built-in ones).
 * @returns The plan's rule set, or a failed result with `ketentuan-tidak-dikenal`, `ketentuan-tanpa-perencanaan` or
 *   `periode-tidak-ada`.
 * @category Ketentuan
 * @example
 * safeKetentuanRencana({ ketentuan: '2099-typo', periode: { tahun: 2024, ke: 1 } }).success; //=> false
 */
export function safeKetentuanRencana(
  rencana: { readonly ketentuan: string; readonly periode: Periode },
  opsi?: OpsiDaftarKetentuan,
): Result<Ketentuan> {
  const bentuk = safely(() => periksaObjek(rencana, 'rencana'));
  if (!bentuk.success) return bentuk;
  const k = safely(() => getKetentuan(rencana.ketentuan, opsi));
  if (!k.success)
    return fail(
      k.issues.map((i) =>
        issueOf(
          i.code === 'kode-tidak-dikenal' ? 'ketentuan-tidak-dikenal' : i.code,
          ['ketentuan'],
          i.message,
          i.messageEn,
        ),
      ),
    );
  const data = k.data;
  if (data.lingkup === 'konversi') {
    const pesan = pesanTanpaPerencanaan(data, 'rencana');
    return fail([issueOf('ketentuan-tanpa-perencanaan', ['ketentuan'], pesan.id, pesan.en, { ketentuan: data.id })]);
  }
  const p = safely(() => ketentuanUntuk(rencana.periode, { daftar: [data] }));
  return p.success
    ? ok(data)
    : fail(p.issues.map((i) => issueOf('periode-tidak-ada', ['periode'], i.message, i.messageEn)));
}

/**
 * The rule set of a plan, or the one given in options (checked): the shared first step of every function that
 * works on a plan, a workflow or a cycle.
 *
 * @internal
 */
export function pilihKetentuan(
  rencana: { readonly ketentuan: string; readonly periode: Periode },
  diberikan: unknown,
): Result<Ketentuan> {
  if (diberikan !== undefined)
    return safely(() => denganPerencanaan(ketentuanBerlakuDari(diberikan) as KetentuanBerlaku, 'ketentuan'));
  // The answer depends only on (id, tahun, ke) and the built-in list: remembered for plain values, a bounded memo.
  const p: unknown = rencana !== null && typeof rencana === 'object' ? rencana.periode : undefined;
  const tahun = p !== null && typeof p === 'object' ? (p as Periode).tahun : undefined;
  const ke = p !== null && typeof p === 'object' ? (p as Periode).ke : undefined;
  if (
    typeof rencana?.ketentuan !== 'string' ||
    rencana.ketentuan.length > 16 ||
    !Number.isSafeInteger(tahun) ||
    !Number.isSafeInteger(ke)
  ) {
    return safeKetentuanRencana(rencana);
  }
  const kunci = `${rencana.ketentuan}|${tahun as number}|${ke as number}`;
  let hasil = PILIHAN.get(kunci);
  if (hasil === undefined) {
    if (PILIHAN.size >= 256) PILIHAN.clear();
    PILIHAN.set(kunci, (hasil = safeKetentuanRencana(rencana)));
  }
  return hasil;
}

// (plan's ketentuan id, tahun, ke) → the rule set among the built-in ones, or the issues: a memo, not state.
const PILIHAN = new Map<string, Result<Ketentuan>>();

/**
 * {@link ketentuanUntuk} for the functions of the plan and siklus: a period or date whose rule set has no plans
 * (2023) throws {@link KinerjaError} `argumen-tidak-valid` with the issue `ketentuan-tanpa-perencanaan`.
 *
 * @internal
 */
export function ketentuanPerencanaanUntuk(periode: Periode | string, fungsi: string): Ketentuan {
  return denganPerencanaan(ketentuanUntuk(periode), fungsi);
}

/**
 * The rule set of a workflow's transition: the state checked by `periksa` (which gives its plan), then the
 * `ketentuan` of the options if given, else the plan's ({@link pilihKetentuan}). A misused state or option is a
 * failed result (`argumen-tidak-valid`), never a throw.
 *
 * @internal
 */
export function ketentuanTransisi(
  periksa: () => { readonly ketentuan: string; readonly periode: Periode },
  opsi: { readonly ketentuan?: unknown } | undefined,
  fungsi: string,
): Result<Ketentuan> {
  const bentuk = safely(() => ({ rencana: periksa(), ketentuan: periksaOpsi(opsi, fungsi, ['ketentuan']).ketentuan }));
  if (!bentuk.success) return bentuk;
  return pilihKetentuan(bentuk.data.rencana, bentuk.data.ketentuan);
}
