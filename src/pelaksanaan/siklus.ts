import { cariKode } from '../core/entri';
import { z } from 'zod';
import { deepFreeze } from '../core/freeze';
import { panjangTeks } from '../core/teks';
import { issueIdGanda, issueOf, issueTanggalTerbalik, prefixIssues, type Issue, type PathSegment } from '../core/issue';
import { fail, ok, safely, type Result } from '../core/result';
import { periksaObjek } from '../core/periksa';
import { isWaktuIso, waktuMs, waktuTerakhir } from '../core/tanggal';
import { fromZodIssues } from '../core/zod-issues';
import { LANGKAH_SIKLUS, type LangkahSiklus } from '../ketentuan/kode';
import { ketentuanTransisi, pilihKetentuan } from '../ketentuan/pilih';
import type { Ketentuan } from '../ketentuan/types';
import { AlurRencanaSchemas, periksaAlur, type Aktor, type AlurRencana } from '../perencanaan/alur';
import { periksaRencana, RencanaKinerjaSchema, type RencanaKinerja } from '../perencanaan/rencana';
import { validateRencana } from '../perencanaan/validasi';
import { tenggatTahap } from './kalender';
import { DrafSchemas, LANGKAH_ISIAN, LangkahSchemas, type DataLangkah, type Draf, type LangkahIsian } from './langkah';
import { parseUtuh } from '../core/salinan';
import { periksaOpsi } from '../core/opsi';
import { ketentuanOpsional, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';

/**
 * The envelope shared by every event: who (`oleh`) and when (`pada`, an ISO date-time with its offset).
 */
const DASAR = /* @__PURE__ */ (() => ({
  oleh: AlurRencanaSchemas.aktor,
  pada: z.string().refine(isWaktuIso, { message: 'Waktu harus ISO 8601 dengan zona (…Z atau …+07:00)' }),
}))();

/** The `simpan-draf` event of step `L`, its `data` checked by the step's draft schema. */
function simpanDraf<L extends LangkahIsian>(langkah: L) {
  return z
    .strictObject({
      jenis: z.literal('simpan-draf'),
      ...DASAR,
      langkah: z.literal(langkah),
      data: DrafSchemas[langkah],
    })
    .readonly();
}

/**
 * The zod schema of a siklus event, as stored in its history and as {@link validatePeristiwaSiklus} checks it: a
 * discriminated union over `jenis`, and for `simpan-draf` over `langkah`, whose `data` is that step's draft
 * ({@link Draf} of {@link DataLangkah}). {@link PeristiwaSiklus} is its type.
 *
 * @category Pelaksanaan
 * @example
 * PeristiwaSiklusSchema.safeParse({ jenis: 'kumpulkan', langkah: 'diskusi-persiapan', oleh: { peran: 'pegawai' }, pada: '2024-02-20T08:00:00+07:00' }).success; //=> true
 * PeristiwaSiklusSchema.safeParse({ jenis: 'simpan-draf', langkah: 'upaya-tindak-lanjut', oleh: { peran: 'pegawai' }, pada: '2024-02-20T08:00:00+07:00', data: { mode: 'langsung' } }).success; //=> false
 */
export const PeristiwaSiklusSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('jenis', [
    z.strictObject({ jenis: z.literal('mulai'), ...DASAR, rencana: RencanaKinerjaSchema }).readonly(),
    z.discriminatedUnion('langkah', [
      simpanDraf('diskusi-persiapan'),
      simpanDraf('observasi-kinerja'),
      simpanDraf('diskusi-tindak-lanjut'),
      simpanDraf('upaya-tindak-lanjut'),
      simpanDraf('refleksi-tindak-lanjut'),
    ]),
    z.strictObject({ jenis: z.literal('kumpulkan'), ...DASAR, langkah: z.enum(LANGKAH_ISIAN) }).readonly(),
  ]))();

/**
 * The envelope the transition reads first, its payloads left to `validateRencana` and the step's draft schema (each
 * parsed once, after the event's place in the siklus is checked).
 */
const AmplopSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('jenis', [
    z.strictObject({ jenis: z.literal('mulai'), ...DASAR, rencana: z.unknown() }).readonly(),
    z
      .strictObject({ jenis: z.literal('simpan-draf'), ...DASAR, langkah: z.enum(LANGKAH_ISIAN), data: z.unknown() })
      .readonly(),
    z.strictObject({ jenis: z.literal('kumpulkan'), ...DASAR, langkah: z.enum(LANGKAH_ISIAN) }).readonly(),
  ]))();

/**
 * An event of the siklus, typed from {@link PeristiwaSiklusSchema}: `mulai` (start, from an agreed plan),
 * `simpan-draf` (save a draft of the current step, any time: `data` is that step's {@link Draf}), `kumpulkan`
 * (submit the current step, only when complete). `langkah` names the step; `oleh` the actor, `pada` the time.
 *
 * @category Pelaksanaan
 * @example
 * const e: PeristiwaSiklus = { jenis: 'simpan-draf', langkah: 'diskusi-persiapan', oleh: { peran: 'pegawai' }, pada: '2024-02-05T08:00:00+07:00', data: { targetPerilaku: [{ fokus: 'komunikasi-positif' }] } };
 */
export type PeristiwaSiklus = z.infer<typeof PeristiwaSiklusSchema>;

/**
 * Checks an untrusted siklus event (a request body, a message from another app) before {@link transitionSiklus}: its
 * envelope, the plan of a `mulai` (by `validateRencana`) and the draft of a `simpan-draf` (by its step's draft
 * schema). Whether the event fits a siklus's current step is the transition's check.
 *
 * @param peristiwa - Anything: the value to check.
 * @returns The event as a frozen copy (never the caller's objects), or a failed result with `peristiwa-tidak-valid`
 *   (not an event: a `jenis` or `langkah` that does not exist, a missing or unknown field, a time without its
 *   offset, with zod's issues), `rencana-tidak-valid` (with the plan's issues under `rencana`) or `data-tidak-valid`
 *   (with the draft's issues under `data`, for instance a fokus written as its text instead of its code). Each
 *   schema issue under them has the code `skema-tidak-valid`.
 * @category Pelaksanaan
 * @example
 * const r = validatePeristiwaSiklus(JSON.parse('{"jenis":"simpan-draf","langkah":"diskusi-persiapan","oleh":{"peran":"pegawai"},"pada":"2024-02-05T08:00:00+07:00","data":{"targetPerilaku":[{"fokus":"Komunikasi positif"}]}}'));
 * r.success; //=> false
 * !r.success && r.issues.map((i) => i.code); //=> ['data-tidak-valid', 'skema-tidak-valid']
 * !r.success && r.issues[1]?.path; //=> ['data', 'targetPerilaku', 0, 'fokus']
 */
export function validatePeristiwaSiklus(peristiwa: unknown): Result<PeristiwaSiklus> {
  const amplop = parseUtuh(AmplopSchema, peristiwa, 2);
  if (!amplop.success)
    return fail([
      issueOf('peristiwa-tidak-valid', [], 'Peristiwa siklus tidak dikenali.', 'Not a siklus event.'),
      ...fromZodIssues(amplop.error.issues),
    ]);
  const e = amplop.data;
  const oleh = Object.freeze({ ...e.oleh });
  if (e.jenis === 'kumpulkan') return ok(Object.freeze({ ...e, oleh }));
  if (e.jenis === 'mulai') {
    const v = validateRencana(e.rencana);
    if (!v.success)
      return fail([
        issueOf('rencana-tidak-valid', ['rencana'], 'Rencana siklus tidak valid.', 'The siklus plan is invalid.'),
        ...prefixIssues(v.issues, ['rencana']),
      ]);
    return ok(Object.freeze({ ...e, oleh, rencana: v.data }));
  }
  const d = DrafSchemas[e.langkah].safeParse(e.data);
  if (!d.success)
    return fail([
      issueOf('data-tidak-valid', ['data'], 'Draf tidak sesuai langkah ini.', 'The draft does not fit this step.'),
      ...fromZodIssues(d.error.issues, ['data']),
    ]);
  // The draft schemas have no readonly and no unknown fields: the parse builds fresh values, frozen here.
  return ok(Object.freeze({ ...e, oleh, data: deepFreeze(d.data) }) as PeristiwaSiklus);
}

/**
 * The steps submitted before each step: what {@link SiklusPada} holds as `hasil` at that step. The order of the steps
 * is the same in every built-in rule set (A to G, docs/sumber.md#siklus); a test checks it.
 *
 * @category Pelaksanaan
 * @example
 * const sebelum: SebelumLangkah['observasi-kinerja'] = 'diskusi-persiapan';
 */
export interface SebelumLangkah {
  /** Nothing is submitted before step A. */
  'diskusi-persiapan': never;
  /** Step A, before step B. */
  'observasi-kinerja': 'diskusi-persiapan';
  /** Steps A and B, before step C. */
  'diskusi-tindak-lanjut': 'diskusi-persiapan' | 'observasi-kinerja';
  /** Steps A to C, before step D. */
  'upaya-tindak-lanjut': 'diskusi-persiapan' | 'observasi-kinerja' | 'diskusi-tindak-lanjut';
  /** Steps A to D, before step E. */
  'refleksi-tindak-lanjut': Exclude<LangkahIsian, 'refleksi-tindak-lanjut'>;
  /** All five steps, at penilaian. */
  penilaian: LangkahIsian;
}

/**
 * The state of a siklus at step `L`: the agreed plan, the data of every step before `L` (submitted, complete), the
 * draft of `L` (`null` at `penilaian`), when each step was submitted, and the history.
 *
 * @category Pelaksanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2024, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * let alur = startAlurRencana(rencana, { oleh: { peran: 'pegawai' }, pada: '2024-01-05T08:00:00+07:00' });
 * alur = unwrap(transitionRencana(alur, { jenis: 'ajukan', oleh: { peran: 'pegawai' }, pada: '2024-01-10T08:00:00+07:00' }));
 * alur = unwrap(transitionRencana(alur, { jenis: 'setujui', oleh: { peran: 'atasan' }, pada: '2024-01-12T08:00:00+07:00', penyesuaian: [] }));
 * alur = unwrap(transitionRencana(alur, { jenis: 'sepakati', oleh: { peran: 'pegawai' }, pada: '2024-01-13T08:00:00+07:00' }));
 * const siklus = unwrap(startSiklus(alur, { oleh: { peran: 'pegawai' }, pada: '2024-02-01T08:00:00+07:00' }));
 * if (siklus.langkah === 'diskusi-persiapan') {
 *   const a: SiklusPada<'diskusi-persiapan'> = siklus;
 *   a.draf; //=> {}
 * }
 */
export interface SiklusPada<L extends LangkahSiklus> {
  /** The current step. */
  readonly langkah: L;
  /** The agreed plan the siklus carries out. */
  readonly rencana: RencanaKinerja;
  /** The data of every step submitted before the current one, by step. */
  readonly hasil: { readonly [K in SebelumLangkah[L]]: DataLangkah[K] };
  /** The current step's draft so far (`null` at penilaian). */
  readonly draf: L extends LangkahIsian ? Draf<DataLangkah[L]> : null;
  /** When each submitted step was submitted (ISO date-time). */
  readonly dikumpulkanPada: { readonly [K in SebelumLangkah[L]]: string };
  /** Every event so far, starting with `mulai`: store it to rebuild the state with `replaySiklus`. */
  readonly riwayat: readonly PeristiwaSiklus[];
}

/**
 * A siklus peningkatan kinerja (docs/sumber.md#siklus): a discriminated union on `langkah`, A → B → C → D → E → penilaian,
 * strictly in order; each state carries only the data valid in it.
 *
 * @category Pelaksanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2024, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * let alur = startAlurRencana(rencana, { oleh: { peran: 'pegawai' }, pada: '2024-01-05T08:00:00+07:00' });
 * alur = unwrap(transitionRencana(alur, { jenis: 'ajukan', oleh: { peran: 'pegawai' }, pada: '2024-01-10T08:00:00+07:00' }));
 * alur = unwrap(transitionRencana(alur, { jenis: 'setujui', oleh: { peran: 'atasan' }, pada: '2024-01-12T08:00:00+07:00', penyesuaian: [] }));
 * alur = unwrap(transitionRencana(alur, { jenis: 'sepakati', oleh: { peran: 'pegawai' }, pada: '2024-01-13T08:00:00+07:00' }));
 * const siklus = unwrap(startSiklus(alur, { oleh: { peran: 'pegawai' }, pada: '2024-02-01T08:00:00+07:00' }));
 * const rekomendasi = siklus.langkah === 'penilaian' ? siklus.hasil['observasi-kinerja'].rekomendasi : null;
 * rekomendasi; //=> null
 */
export type Siklus = { [L in LangkahSiklus]: SiklusPada<L> }[LangkahSiklus];

/** A siklus state while it is built (mutable fields), shared with the replay (replay.ts). */
export type SiklusLoose = {
  langkah: LangkahSiklus;
  rencana: RencanaKinerja;
  hasil: Partial<DataLangkah>;
  draf: Record<string, unknown> | null;
  dikumpulkanPada: Partial<Record<LangkahIsian, string>>;
  riwayat: PeristiwaSiklus[];
};

function pelaku(langkah: LangkahSiklus, k: Ketentuan): Aktor['peran'] {
  for (const l of k.langkahSiklus) if (l.kode === langkah) return l.pelaku;
  return 'pegawai';
}

/** The draft a step starts with: the RHK's evidence list for the follow-up, nothing at `penilaian`, else empty. */
export function initialDraf(langkah: LangkahSiklus, rencana: RencanaKinerja): Record<string, unknown> | null {
  if (langkah === 'penilaian') return null;
  if (langkah === 'upaya-tindak-lanjut') {
    return { buktiDukung: Object.fromEntries(rencana.rhk.map((r) => [r.id, 'belum-dikumpulkan'])) };
  }
  return {};
}

/**
 * Starts the siklus of an agreed plan (only a `disepakati` plan starts pelaksanaan, docs/sumber.md#alur-rencana). Fails with
 * `rencana-belum-disepakati` otherwise.
 *
 * @param alur - The plan's workflow state, `disepakati`.
 * @param asal - Who starts it (`oleh`) and when (`pada`, ISO date-time with offset).
 * @param opsi - `ketentuan`: the rule set (default: the plan's).
 * @returns The siklus at step A, or a failed result with `rencana-belum-disepakati`, `peristiwa-tidak-valid`,
 *   `rencana-tidak-valid` or `argumen-tidak-valid`.
 * @category Pelaksanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2024, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * let alur = startAlurRencana(rencana, { oleh: { peran: 'pegawai' }, pada: '2024-01-05T08:00:00+07:00' });
 * alur = unwrap(transitionRencana(alur, { jenis: 'ajukan', oleh: { peran: 'pegawai' }, pada: '2024-01-10T08:00:00+07:00' }));
 * alur = unwrap(transitionRencana(alur, { jenis: 'setujui', oleh: { peran: 'atasan' }, pada: '2024-01-12T08:00:00+07:00', penyesuaian: [] }));
 * alur = unwrap(transitionRencana(alur, { jenis: 'sepakati', oleh: { peran: 'pegawai' }, pada: '2024-01-13T08:00:00+07:00' }));
 * const r = startSiklus(alur, { oleh: { peran: 'pegawai' }, pada: '2024-02-01T08:00:00+07:00' });
 * r.success && r.data.langkah; //=> 'diskusi-persiapan'
 */
export function startSiklus(
  alur: AlurRencana,
  asal: { readonly oleh: Aktor; readonly pada: string },
  opsi?: OpsiKetentuan,
): Result<Siklus> {
  const bentuk = safely(() => {
    periksaAlur(alur);
    periksaObjek(asal, 'asal');
    return ketentuanOpsional(opsi, 'startSiklus');
  });
  if (!bentuk.success) return bentuk;
  const ketentuan = bentuk.data;
  if (alur.status !== 'disepakati') {
    return fail([
      issueOf(
        'rencana-belum-disepakati',
        ['status'],
        `Siklus dimulai dari rencana yang disepakati, bukan ${alur.status}.`,
        `A siklus starts from an agreed plan, not ${alur.status}.`,
      ),
    ]);
  }
  return mulai({ jenis: 'mulai', oleh: asal.oleh, pada: asal.pada, rencana: alur.rencana }, ketentuan);
}

/** A siklus from its `mulai` event (the first of a history), checked. */
export function mulai(e: unknown, ketentuan: Ketentuan | undefined): Result<Siklus> {
  const parsed = parseUtuh(AmplopSchema, e, 2);
  if (!parsed.success || parsed.data.jenis !== 'mulai') {
    return fail([
      issueOf(
        'peristiwa-tidak-valid',
        [],
        'Siklus harus dimulai dengan peristiwa "mulai" yang valid.',
        'A siklus must start with a valid "mulai" event.',
      ),
      ...(parsed.success ? [] : fromZodIssues(parsed.error.issues)),
    ]);
  }
  const v = validateRencana(parsed.data.rencana, ketentuan === undefined ? {} : { ketentuan });
  if (!v.success)
    return fail([
      issueOf('rencana-tidak-valid', ['rencana'], 'Rencana siklus tidak valid.', 'The siklus plan is invalid.'),
      ...prefixIssues(v.issues, ['rencana']),
    ]);
  const s: SiklusLoose = {
    langkah: 'diskusi-persiapan',
    rencana: v.data,
    hasil: {},
    draf: {},
    dikumpulkanPada: {},
    riwayat: [{ ...parsed.data, rencana: v.data }],
  };
  return ok(deepFreeze(s) as unknown as Siklus);
}

/**
 * The events an actor may send now: save and submit the current step, for the step's actor (B is the atasan's,
 * the others the pegawai's); nothing at `penilaian`.
 *
 * @param siklus - The siklus state.
 * @param aktor - The actor's role.
 * @param opsi - `ketentuan`: the rule set (default: the plan's).
 * @returns The events allowed now (empty when none); throws `KinerjaError` `argumen-tidak-valid` for a value that is
 *   not a siklus state.
 * @category Pelaksanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2024, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * let alur = startAlurRencana(rencana, { oleh: { peran: 'pegawai' }, pada: '2024-01-05T08:00:00+07:00' });
 * alur = unwrap(transitionRencana(alur, { jenis: 'ajukan', oleh: { peran: 'pegawai' }, pada: '2024-01-10T08:00:00+07:00' }));
 * alur = unwrap(transitionRencana(alur, { jenis: 'setujui', oleh: { peran: 'atasan' }, pada: '2024-01-12T08:00:00+07:00', penyesuaian: [] }));
 * alur = unwrap(transitionRencana(alur, { jenis: 'sepakati', oleh: { peran: 'pegawai' }, pada: '2024-01-13T08:00:00+07:00' }));
 * const siklus = unwrap(startSiklus(alur, { oleh: { peran: 'pegawai' }, pada: '2024-02-01T08:00:00+07:00' }));
 * allowedEventsSiklus(siklus, { peran: 'atasan' }); //=> []
 * allowedEventsSiklus(siklus, { peran: 'pegawai' }).map((e) => e.jenis); //=> ['simpan-draf', 'kumpulkan']
 */
export function allowedEventsSiklus(
  siklus: Siklus,
  aktor: Pick<Aktor, 'peran'>,
  opsi?: OpsiKetentuan,
): readonly { readonly jenis: 'simpan-draf' | 'kumpulkan'; readonly langkah: LangkahIsian }[] {
  periksaSiklus(siklus);
  periksaObjek(aktor, 'aktor');
  const k = pilihKetentuan(siklus.rencana, periksaOpsi(opsi, 'allowedEventsSiklus', ['ketentuan']).ketentuan);
  if (!k.success || siklus.langkah === 'penilaian' || pelaku(siklus.langkah, k.data) !== aktor.peran)
    return Object.freeze([]);
  const langkah = siklus.langkah;
  return Object.freeze([
    Object.freeze({ jenis: 'simpan-draf' as const, langkah }),
    Object.freeze({ jenis: 'kumpulkan' as const, langkah }),
  ]);
}

/** Every text within `value` longer than `batas` characters; `path` is a stack, copied only for an issue. */
function textLimit(value: unknown, path: PathSegment[], batas: number, out: Issue[]): void {
  if (typeof value === 'string') {
    if (value.length <= batas) return;
    const n = panjangTeks(value, batas);
    if (n > batas)
      out.push(
        issueOf(
          'teks-terlalu-panjang',
          path,
          `Teks ${n} karakter, maksimal ${batas}.`,
          `Text is ${n} characters, at most ${batas}.`,
          { panjang: n, batas },
        ),
      );
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      textLimit(value[i], path, batas, out);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      textLimit((value as Record<string, unknown>)[key], path, batas, out);
      path.pop();
    }
  }
}

function fokusIndikator(rencana: RencanaKinerja, k: Ketentuan): readonly string[] {
  const kode = rencana.indikatorPraktikKinerja[0];
  return cariKode(k.indikatorPraktikKinerja, kode)?.fokusPerilaku.map((f) => f.kode) ?? [];
}

/** What a step's check reads besides the step's own data. */
interface KonteksLangkah {
  readonly s: SiklusLoose;
  /** The fokus perilaku of the plan's indicator. */
  readonly known: readonly string[];
  readonly out: Issue[];
}

/**
 * The meaning checks of each complete step against what came before: one entry per step, so a step added to
 * {@link LangkahIsian} without its check does not compile.
 */
const CEK_LANGKAH: { readonly [L in LangkahIsian]: (data: DataLangkah[L], konteks: KonteksLangkah) => void } = {
  'diskusi-persiapan': (a, { known, out }) => {
    const seen = new Set<string>();
    a.targetPerilaku.forEach((t, i) => {
      if (known.length > 0 && !known.includes(t.fokus)) {
        out.push(
          issueOf(
            'fokus-tidak-dikenal',
            ['targetPerilaku', i, 'fokus'],
            `Fokus "${t.fokus}" bukan fokus perilaku indikator rencana (${known.join(', ')}).`,
            `"${t.fokus}" is not a fokus perilaku of the plan's indicator (${known.join(', ')}).`,
          ),
        );
      }
      if (seen.has(t.fokus))
        out.push(
          issueOf(
            'fokus-ganda',
            ['targetPerilaku', i, 'fokus'],
            `Fokus "${t.fokus}" dipilih dua kali.`,
            `"${t.fokus}" is chosen twice.`,
          ),
        );
      seen.add(t.fokus);
    });
  },
  'observasi-kinerja': (b, { s, known, out }) => {
    const target = (s.hasil['diskusi-persiapan']?.targetPerilaku ?? []).map((t) => t.fokus);
    const rated = new Set(b.nilai.map((n) => n.fokus));
    target.forEach((f) => {
      if (!rated.has(f))
        out.push(
          issueOf('fokus-belum-dinilai', ['nilai'], `Fokus "${f}" belum dinilai.`, `Fokus "${f}" is not rated.`),
        );
    });
    b.nilai.forEach((n, i) => {
      if (!target.includes(n.fokus) && !known.includes(n.fokus)) {
        out.push(
          issueOf(
            'fokus-tidak-dikenal',
            ['nilai', i, 'fokus'],
            `Fokus "${n.fokus}" bukan target maupun fokus indikator.`,
            `"${n.fokus}" is neither a target nor a fokus of the indicator.`,
          ),
        );
      }
    });
  },
  'diskusi-tindak-lanjut': (c, { out }) => {
    const ids = new Set<string>();
    c.tindakLanjut.forEach((t, i) => {
      if (ids.has(t.id)) out.push(issueIdGanda(['tindakLanjut', i, 'id'], 'tindak lanjut', t.id));
      ids.add(t.id);
      if (t.periode.mulai > t.periode.selesai) out.push(issueTanggalTerbalik(['tindakLanjut', i, 'periode']));
    });
    c.pembelajaranLain.forEach((p, i) => {
      if (p.periode.mulai > p.periode.selesai) out.push(issueTanggalTerbalik(['pembelajaranLain', i, 'periode']));
    });
  },
  'upaya-tindak-lanjut': (d, { s, out }) => {
    for (const r of s.rencana.rhk) {
      if (d.buktiDukung[r.id] !== 'sudah-dikumpulkan') {
        out.push(
          issueOf(
            'bukti-belum-lengkap',
            ['buktiDukung', r.id],
            `Bukti dukung RHK "${r.id}" (${r.kegiatan}) belum dikumpulkan.`,
            `The bukti dukung of RHK "${r.id}" (${r.kegiatan}) is not collected.`,
          ),
        );
      }
    }
    for (const id of Object.keys(d.buktiDukung)) {
      if (!s.rencana.rhk.some((r) => r.id === id))
        out.push(
          issueOf(
            'rhk-tidak-dikenal',
            ['buktiDukung', id],
            `RHK "${id}" tidak ada pada rencana.`,
            `The plan has no RHK "${id}".`,
          ),
        );
    }
  },
  'refleksi-tindak-lanjut': (e, { s, out }) => {
    const tl = (s.hasil['diskusi-tindak-lanjut']?.tindakLanjut ?? []).map((t) => t.id);
    const done = new Set(e.refleksi.map((r) => r.tindakLanjutId));
    tl.forEach((id) => {
      if (!done.has(id))
        out.push(
          issueOf(
            'refleksi-belum-lengkap',
            ['refleksi'],
            `Tindak lanjut "${id}" belum direfleksikan.`,
            `Tindak lanjut "${id}" has no reflection.`,
          ),
        );
    });
    e.refleksi.forEach((r, i) => {
      if (!tl.includes(r.tindakLanjutId))
        out.push(
          issueOf(
            'tindak-lanjut-tidak-dikenal',
            ['refleksi', i, 'tindakLanjutId'],
            `Tindak lanjut "${r.tindakLanjutId}" tidak ada.`,
            `No tindak lanjut "${r.tindakLanjutId}".`,
          ),
        );
    });
  },
};

/** The checks of a complete step, then the text limits of everything it holds. */
function checkStep<L extends LangkahIsian>(s: SiklusLoose, langkah: L, data: DataLangkah[L], k: Ketentuan): Issue[] {
  const out: Issue[] = [];
  (CEK_LANGKAH[langkah] as (data: DataLangkah[L], konteks: KonteksLangkah) => void)(data, {
    s,
    known: fokusIndikator(s.rencana, k),
    out,
  });
  textLimit(data, [], k.batasTeks.bawaan, out);
  return out;
}

/**
 * The siklus's total transition function: the next state or a failed result (never a throw). Codes:
 * `peristiwa-tidak-valid`, `peristiwa-tidak-diizinkan` (a second `mulai`, anything at `penilaian`),
 * `langkah-sudah-dikumpulkan` / `langkah-belum-terbuka` (not the current step: steps are strictly in order),
 * `aktor-tidak-berwenang` (B is the atasan's; the pegawai may not rate the observation), `waktu-mundur`,
 * `data-tidak-valid` (a draft that does not fit the step), `langkah-belum-lengkap` (submitting an incomplete step,
 * with the missing fields), the step checks (`fokus-tidak-dikenal`, `fokus-belum-dinilai`, `bukti-belum-lengkap`,
 * `refleksi-belum-lengkap`, `teks-terlalu-panjang`, …), and `terlambat` where the rule set refuses late steps.
 *
 * @param siklus - The current state (from {@link startSiklus}, a transition or {@link replaySiklus}).
 * @param peristiwa - The event: typed by its `jenis` and `langkah`; an untyped value is checked all the same (see
 *   {@link validatePeristiwaSiklus} to check one first).
 * @param opsi - `ketentuan`: the rule set, when it is not the one the plan names.
 * @returns The next state (frozen; the history gains the event), or a failed result with the codes above, or
 *   `argumen-tidak-valid` for a `siklus` that is not a state or an unknown option, or `ketentuan-tidak-dikenal` for
 *   a plan whose rule set is not known.
 * @category Pelaksanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2024, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * let alur = startAlurRencana(rencana, { oleh: { peran: 'pegawai' }, pada: '2024-01-05T08:00:00+07:00' });
 * alur = unwrap(transitionRencana(alur, { jenis: 'ajukan', oleh: { peran: 'pegawai' }, pada: '2024-01-10T08:00:00+07:00' }));
 * alur = unwrap(transitionRencana(alur, { jenis: 'setujui', oleh: { peran: 'atasan' }, pada: '2024-01-12T08:00:00+07:00', penyesuaian: [] }));
 * alur = unwrap(transitionRencana(alur, { jenis: 'sepakati', oleh: { peran: 'pegawai' }, pada: '2024-01-13T08:00:00+07:00' }));
 * const siklus = unwrap(startSiklus(alur, { oleh: { peran: 'pegawai' }, pada: '2024-02-01T08:00:00+07:00' }));
 * const draf = transitionSiklus(siklus, { jenis: 'simpan-draf', langkah: 'diskusi-persiapan', oleh: { peran: 'pegawai' }, pada: '2024-02-20T08:00:00+07:00', data: {} });
 * draf.success && draf.data.langkah; //=> 'diskusi-persiapan'
 * const kumpul = transitionSiklus(siklus, { jenis: 'kumpulkan', langkah: 'diskusi-persiapan', oleh: { peran: 'pegawai' }, pada: '2024-02-20T08:00:00+07:00' });
 * kumpul.success; //=> false
 */
export function transitionSiklus(siklus: Siklus, peristiwa: PeristiwaSiklus, opsi?: OpsiKetentuan): Result<Siklus> {
  const pilihan = ketentuanTransisi(
    () => {
      periksaSiklus(siklus);
      return siklus.rencana;
    },
    opsi,
    'transitionSiklus',
  );
  if (!pilihan.success) return pilihan;
  return terapkan(siklus as unknown as SiklusLoose, peristiwa, pilihan.data);
}

/**
 * The checks of an event's place in the siklus, shared by both replays: nothing at `penilaian`, the current step
 * only, by the step's actor, not earlier than the event before (`ms` and `sebelumnyaMs`, their `pada` in ms).
 */
export function cekUrutan(
  sekarang: LangkahSiklus,
  e: { readonly langkah: LangkahIsian; readonly oleh: { readonly peran: string }; readonly pada: string },
  ketentuan: Ketentuan,
  ms: number,
  sebelumnyaMs: number | null,
): Issue | null {
  if (sekarang === 'penilaian') {
    return issueOf(
      'peristiwa-tidak-diizinkan',
      ['jenis'],
      'Langkah A–E sudah selesai; siklus menunggu penilaian.',
      'Steps A–E are done; the siklus awaits penilaian.',
    );
  }
  const now = LANGKAH_SIKLUS.indexOf(sekarang);
  const want = LANGKAH_SIKLUS.indexOf(e.langkah);
  if (want < now)
    return issueOf(
      'langkah-sudah-dikumpulkan',
      ['langkah'],
      `Langkah ${e.langkah} sudah dikumpulkan.`,
      `Step ${e.langkah} is already submitted.`,
    );
  if (want > now) {
    return issueOf(
      'langkah-belum-terbuka',
      ['langkah'],
      `Langkah ${e.langkah} belum terbuka: selesaikan ${sekarang} dulu.`,
      `Step ${e.langkah} is not open: finish ${sekarang} first.`,
    );
  }
  const who = pelaku(sekarang, ketentuan);
  if (e.oleh.peran !== who) {
    return issueOf(
      'aktor-tidak-berwenang',
      ['oleh', 'peran'],
      `Langkah ${sekarang} diisi oleh ${who}, bukan ${e.oleh.peran}.`,
      `Step ${sekarang} is filled in by the ${who}, not the ${e.oleh.peran}.`,
    );
  }
  if (sebelumnyaMs !== null && ms < sebelumnyaMs) {
    return issueOf(
      'waktu-mundur',
      ['pada'],
      `Waktu ${e.pada} lebih awal dari peristiwa sebelumnya.`,
      `Time ${e.pada} is before the previous event.`,
    );
  }
  return null;
}

/** The step after a submitted step (`penilaian` after E). */
export function langkahBerikut(langkah: LangkahIsian): LangkahSiklus {
  return LANGKAH_SIKLUS[LANGKAH_SIKLUS.indexOf(langkah) + 1] ?? 'penilaian';
}

/** One event on a state known to be well formed, under a resolved rule set: the body of the transition. */
export function terapkan(s: SiklusLoose, peristiwa: unknown, ketentuan: Ketentuan): Result<Siklus> {
  // The envelope's payloads are z.unknown (never frozen by the schema): the envelope is parsed as it is when that
  // freezes nothing of the caller's, else copied two levels; the draft is parsed below by a schema without readonly,
  // into fresh values.
  const parsed = parseUtuh(AmplopSchema, peristiwa, 2);
  if (!parsed.success) {
    return fail([
      issueOf('peristiwa-tidak-valid', [], 'Peristiwa siklus tidak dikenali.', 'Not a siklus event.'),
      ...fromZodIssues(parsed.error.issues),
    ]);
  }
  const e = parsed.data;
  if (e.jenis === 'mulai')
    return fail([
      issueOf('peristiwa-tidak-diizinkan', ['jenis'], 'Siklus sudah dimulai.', 'The siklus has already started.'),
    ]);
  const last = waktuTerakhir(s.riwayat);
  const urutan = cekUrutan(s.langkah, e, ketentuan, waktuMs(e.pada), last === null ? null : waktuMs(last));
  if (urutan !== null) return fail([urutan]);
  const langkah = e.langkah; // the current step: cekUrutan passed
  const schema = LangkahSchemas[langkah];
  if (e.jenis === 'simpan-draf') {
    const d = DrafSchemas[langkah].safeParse(e.data);
    if (!d.success)
      return fail([
        issueOf('data-tidak-valid', ['data'], 'Draf tidak sesuai langkah ini.', 'The draft does not fit this step.'),
        ...fromZodIssues(d.error.issues, ['data']),
      ]);
    const data = d.data as Record<string, unknown>;
    const teks: Issue[] = [];
    textLimit(data, ['data'], ketentuan.batasTeks.bawaan, teks);
    if (teks.length > 0) return fail(teks);
    // The draft schemas have no readonly and no unknown fields: the parse builds fresh values, frozen here.
    deepFreeze(data);
    const draf = Object.freeze({ ...(s.draf ?? {}), ...data });
    return ok(
      Object.freeze({
        ...s,
        draf,
        riwayat: Object.freeze([...s.riwayat, Object.freeze({ ...e, data })]),
      }) as unknown as Siklus,
    );
  }
  const full = schema.safeParse(s.draf); // the library's own frozen draft: nothing of the caller's to protect
  if (!full.success) {
    return fail([
      issueOf('langkah-belum-lengkap', ['draf'], `Langkah ${langkah} belum lengkap.`, `Step ${langkah} is incomplete.`),
      ...fromZodIssues(full.error.issues, ['draf']),
    ]);
  }
  const problems = checkStep(s, langkah, full.data as DataLangkah[LangkahIsian], ketentuan);
  if (problems.length > 0) return fail(prefixIssues(problems, ['draf']));
  if (ketentuan.kebijakan.keterlambatan === 'tolak') {
    const due = tenggatTahap(langkah, s.rencana.periode, { ketentuan });
    if (e.pada.slice(0, 10) > due) {
      return fail([
        issueOf('terlambat', ['pada'], `Batas langkah ${langkah} adalah ${due}.`, `Step ${langkah} was due on ${due}.`),
      ]);
    }
  }
  const next = langkahBerikut(langkah);
  return ok(
    Object.freeze({
      ...s,
      langkah: next,
      hasil: Object.freeze({ ...s.hasil, [langkah]: full.data }),
      draf: deepFreeze(initialDraf(next, s.rencana)),
      dikumpulkanPada: Object.freeze({ ...s.dikumpulkanPada, [langkah]: e.pada }),
      riwayat: Object.freeze([...s.riwayat, e]),
    }) as unknown as Siklus,
  );
}

/**
 * Guards an argument that must be a siklus state ({@link Siklus}); throws {@link KinerjaError}
 * `argumen-tidak-valid` otherwise.
 *
 * @internal
 */
export function periksaSiklus(value: unknown, nama = 'siklus'): asserts value is Siklus {
  periksaObjek(value, nama);
  const s = value as {
    langkah?: unknown;
    riwayat?: unknown;
    hasil?: unknown;
    dikumpulkanPada?: unknown;
    rencana?: unknown;
  };
  if (
    typeof s.langkah !== 'string' ||
    !(LANGKAH_SIKLUS as readonly string[]).includes(s.langkah) ||
    !Array.isArray(s.riwayat)
  ) {
    periksaObjek(null, `${nama}.langkah/riwayat`);
  }
  periksaObjek(s.hasil, `${nama}.hasil`);
  periksaObjek(s.dikumpulkanPada, `${nama}.dikumpulkanPada`);
  periksaRencana(s.rencana, `${nama}.rencana`);
}
