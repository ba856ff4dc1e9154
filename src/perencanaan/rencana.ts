import { z } from 'zod';
import { periksaDaftar, periksaObjek, periksaTeks } from '../core/periksa';
import { formatNilai, KinerjaError } from '../core/error';
import { bekuBaru, salinBeku } from '../core/freeze';
import { isTanggalIso } from '../core/tanggal';
import { ASPEK_BERAKHLAK, PERAN, type AspekBerakhlak } from '../ketentuan/kode';
import { ketentuanPerencanaanUntuk, ketentuanRencana } from '../ketentuan/pilih';
import { PeriodeSchema, type Periode } from '../ketentuan/periode';
import { PegawaiSchema, type Pegawai } from './pegawai';
import { ketentuanOpsional, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';

const tanggal = () => z.string().refine(isTanggalIso, { message: 'Tanggal harus yyyy-mm-dd yang valid' });

/**
 * The zod schema of {@link RencanaHasilKerja}.
 *
 * @category Perencanaan
 * @example
 * RencanaHasilKerjaSchema.parse({ id: 'rhk-1', kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 */
export const RencanaHasilKerjaSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: z.string().min(1),
      kegiatan: z.string().min(1),
      kuantitas: z.number(),
      keterangan: z.string().optional(),
    })
    .readonly())();

/**
 * A Rencana Hasil Kerja of pengembangan kompetensi: an activity of the rule set's catalogue (`kegiatan`, its code)
 * and the target kuantitas (units). Its points are the catalogue's poin per unit × kuantitas.
 *
 * @category Perencanaan
 * @example
 * const rhk: RencanaHasilKerja = { id: 'rhk-1', kegiatan: 'pelatihan-mandiri', kuantitas: 2 };
 */
export type RencanaHasilKerja = z.infer<typeof RencanaHasilKerjaSchema>;

/**
 * The zod schema of {@link TugasTambahan}.
 *
 * @category Perencanaan
 * @example
 * TugasTambahanSchema.safeParse({}).success; //=> false
 */
export const TugasTambahanSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: z.string().min(1),
      jenis: z.string().min(1),
      uraian: z.string(),
      sk: z.strictObject({ nomor: z.string().min(1), tanggal: tanggal() }).readonly(),
      kuantitas: z.number(),
      satuan: z.string().min(1),
      targetWaktuBulan: z.number(),
    })
    .readonly())();

/**
 * A tugas tambahan (an additional duty) with its surat keputusan (SK) as evidence, target kuantitas and target
 * waktu in months (docs/sumber.md#tugas-tambahan). `jenis` is a code of the rule set's `tugasTambahan` list or any other kind.
 *
 * @category Perencanaan
 * @example
 * const t: TugasTambahan = { id: 'tt-1', jenis: 'wali-kelas', uraian: 'Wali kelas 2A', sk: { nomor: '800/12/SD/2024', tanggal: '2024-01-08' }, kuantitas: 1, satuan: 'kelas', targetWaktuBulan: 6 };
 */
export type TugasTambahan = z.infer<typeof TugasTambahanSchema>;

/**
 * The zod schema of {@link RencanaKinerja}: the document apps store and send.
 *
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2024, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * RencanaKinerjaSchema.safeParse(JSON.parse(JSON.stringify(rencana))).success; //=> true
 */
export const RencanaKinerjaSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      ketentuan: z.string().min(1),
      pegawai: PegawaiSchema,
      pejabatPenilai: z
        .strictObject({ nama: z.string().min(1), nip: z.string().optional(), peran: z.enum(PERAN) })
        .readonly()
        .optional(),
      periode: PeriodeSchema,
      indikatorPraktikKinerja: z.array(z.string().min(1)).readonly(),
      rhk: z.array(RencanaHasilKerjaSchema).readonly(),
      tugasTambahan: z.array(TugasTambahanSchema).readonly(),
      perilaku: z.partialRecord(z.enum(ASPEK_BERAKHLAK), z.string()).readonly(),
      dokumenAkuntabilitas: z.record(z.string(), z.boolean()).readonly(),
    })
    .readonly())();

/**
 * The SKP plan of one pegawai for one period (docs/sumber.md#perencanaan): the one praktik-kinerja indicator (a list, so that
 * a draft with none or several can be stored and reported), the RHK of pengembangan kompetensi, tugas tambahan, one
 * fokus perilaku per BERAKHLAK aspect, and the dokumen akuntabilitas checklist (kode → collected). `ketentuan` is
 * the id of the rule set it is planned under.
 *
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * const r: RencanaKinerja = createRencana({ pegawai, periode: { tahun: 2026, ke: 1 } });
 * r.ketentuan; //=> '2026'
 */
export type RencanaKinerja = z.infer<typeof RencanaKinerjaSchema>;

/**
 * What a plan starts from.
 *
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * const awal: RencanaBaru = { pegawai, periode: { tahun: 2026, ke: 1 } };
 */
export interface RencanaBaru {
  /** The pegawai whose plan it is. */
  readonly pegawai: Pegawai;
  /** The period the plan covers. */
  readonly periode: Periode;
  /** The pejabat penilai, when known now. */
  readonly pejabatPenilai?: RencanaKinerja['pejabatPenilai'];
}

function copy<T>(value: T): T {
  return salinBeku(value);
}

// An edit spreads the caller's plan into a new one: frozen without freezing the caller's objects (a plan read from
// JSON is not frozen, and stays as it was).
function frozen(r: RencanaKinerja): RencanaKinerja {
  return bekuBaru(r);
}

/**
 * A new, empty draft plan under the rule set in force for its period (or the one given): no indicator, no RHK, no tugas tambahan, no perilaku, and the role's dokumen
 * akuntabilitas unchecked. Frozen; the inputs are copied, never kept.
 *
 * @param awal - The pegawai, the period and optionally the pejabat penilai.
 * @param opsi - `ketentuan`: the rule set (default: the one in force for the period).
 * @returns The new plan; throws `KinerjaError` `argumen-tidak-valid` for inputs of another shape or a period the rule
 *   set does not have.
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * const r = createRencana({ pegawai, periode: { tahun: 2026, ke: 1 } });
 * r.ketentuan;            //=> '2026'
 * r.dokumenAkuntabilitas; //=> { K3: false, K4: false, K5: false }
 */
export function createRencana(awal: RencanaBaru, opsi?: OpsiKetentuan): RencanaKinerja {
  periksaObjek(awal, 'createRencana: awal');
  periksaObjek(awal.pegawai, 'createRencana: awal.pegawai');
  const k = ketentuanOpsional(opsi, 'createRencana') ?? ketentuanPerencanaanUntuk(awal.periode, 'createRencana');
  const dokumen: Record<string, boolean> = {};
  for (const d of k.dokumenAkuntabilitas) if (d.peran === awal.pegawai.peran) dokumen[d.kode] = false;
  const base = {
    ketentuan: k.id,
    pegawai: salinBeku(awal.pegawai),
    periode: salinBeku(awal.periode),
    indikatorPraktikKinerja: [],
    rhk: [],
    tugasTambahan: [],
    perilaku: {},
    dokumenAkuntabilitas: dokumen,
  };
  return frozen(awal.pejabatPenilai === undefined ? base : { ...base, pejabatPenilai: salinBeku(awal.pejabatPenilai) });
}

/**
 * Chooses the plan's one praktik-kinerja indicator (replacing any chosen before).
 *
 * @param rencana - The plan.
 * @param kode - The indicator's code among the rule set's.
 * @returns The changed plan; throws `KinerjaError` `kode-tidak-dikenal` for an indicator the rule set does not have for
 *   the pegawai's role.
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * const r = createRencana({ pegawai, periode: { tahun: 2026, ke: 1 } });
 * chooseIndikator(r, 'keteraturan-suasana-kelas').indikatorPraktikKinerja; //=> ['keteraturan-suasana-kelas']
 */
export function chooseIndikator(rencana: RencanaKinerja, kode: string): RencanaKinerja {
  periksaRencana(rencana);
  kodeDikenal(
    kode,
    ketentuanRencana(rencana).indikatorPraktikKinerja,
    'indikator praktik kinerja',
    'praktik-kinerja indicator',
  );
  return frozen({ ...rencana, indikatorPraktikKinerja: [kode] });
}

function nextId(ids: readonly string[], prefix: string): string {
  let max = 0;
  for (const id of ids) {
    const m = new RegExp(`^${prefix}-(\\d+)$`).exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}-${max + 1}`;
}

/** A copy of an item for a list of the plan, with its own id or the next free `prefix-n` of the list. */
function denganId<T extends { readonly id?: string }>(
  item: T,
  daftar: readonly { readonly id: string }[],
  prefix: string,
): T & { readonly id: string } {
  return copy({
    ...item,
    id:
      item.id ??
      nextId(
        daftar.map((x) => x.id),
        prefix,
      ),
  });
}

/** Refuses a code the rule set does not list, where it enters the plan (not only at validation). */
function kodeDikenal(
  kode: unknown,
  daftar: readonly { readonly kode: string }[],
  jenis: string,
  jenisEn: string,
): asserts kode is string {
  if (typeof kode === 'string' && daftar.some((e) => e.kode === kode)) return;
  throw new KinerjaError(
    'kode-tidak-dikenal',
    `Kode ${jenis} tidak dikenal: ${formatNilai(kode)} (pilihan: ${daftar.map((e) => e.kode).join(', ')}).`,
    `Unknown ${jenisEn} code: ${formatNilai(kode)} (choices: ${daftar.map((e) => e.kode).join(', ')}).`,
  );
}

function notFound(kind: string, id: string): KinerjaError {
  return new KinerjaError(
    'tidak-ditemukan',
    `${kind} dengan id ${formatNilai(id)} tidak ada pada rencana.`,
    `The plan has no ${kind} with id ${formatNilai(id)}.`,
  );
}

/**
 * Adds an RHK; its id is the next free `rhk-N` unless given.
 *
 * @param rencana - The plan.
 * @param rhk - The activity code, kuantitas and optional keterangan and id.
 * @returns The changed plan; throws `KinerjaError` `argumen-tidak-valid` for an RHK of another shape or an id already
 *   used.
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * const r = createRencana({ pegawai, periode: { tahun: 2026, ke: 1 } });
 * addRhk(r, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 }).rhk; //=> [{ id: 'rhk-1', kegiatan: 'pelatihan-mandiri', kuantitas: 2 }]
 */
export function addRhk(
  rencana: RencanaKinerja,
  rhk: Omit<RencanaHasilKerja, 'id'> & { readonly id?: string },
): RencanaKinerja {
  periksaRencana(rencana);
  periksaObjek(rhk, 'rhk');
  kodeDikenal(rhk.kegiatan, ketentuanRencana(rencana).katalogRhk, 'kegiatan RHK', 'RHK activity');
  return frozen({ ...rencana, rhk: [...rencana.rhk, denganId(rhk, rencana.rhk, 'rhk')] });
}

/**
 * Changes an RHK (kegiatan, kuantitas, keterangan); throws `tidak-ditemukan` for an unknown id.
 *
 * @param rencana - The plan.
 * @param id - The RHK's id.
 * @param perubahan - The fields to change.
 * @returns The changed plan; throws `KinerjaError` `tidak-ditemukan` for an unknown id.
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * const r = createRencana({ pegawai, periode: { tahun: 2026, ke: 1 } });
 * const r1 = addRhk(r, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * updateRhk(r1, 'rhk-1', { kuantitas: 3 }).rhk[0]?.kuantitas; //=> 3
 */
export function updateRhk(
  rencana: RencanaKinerja,
  id: string,
  perubahan: Partial<Omit<RencanaHasilKerja, 'id'>>,
): RencanaKinerja {
  periksaRencana(rencana);
  periksaObjek(perubahan, 'perubahan');
  if (perubahan.kegiatan !== undefined)
    kodeDikenal(perubahan.kegiatan, ketentuanRencana(rencana).katalogRhk, 'kegiatan RHK', 'RHK activity');
  if (!rencana.rhk.some((x) => x.id === id)) throw notFound('RHK', id);
  return frozen({ ...rencana, rhk: rencana.rhk.map((x) => (x.id === id ? copy({ ...x, ...perubahan, id }) : x)) });
}

/**
 * Removes an RHK; throws `tidak-ditemukan` for an unknown id.
 *
 * @param rencana - The plan.
 * @param id - The RHK's id.
 * @returns The changed plan; throws `KinerjaError` `tidak-ditemukan` for an unknown id.
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * const r = createRencana({ pegawai, periode: { tahun: 2026, ke: 1 } });
 * const r1 = addRhk(r, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * removeRhk(r1, 'rhk-1').rhk.length; //=> 0
 */
export function removeRhk(rencana: RencanaKinerja, id: string): RencanaKinerja {
  periksaRencana(rencana);
  if (!rencana.rhk.some((x) => x.id === id)) throw notFound('RHK', id);
  return frozen({ ...rencana, rhk: rencana.rhk.filter((x) => x.id !== id) });
}

/**
 * Adds a tugas tambahan; its id is the next free `tt-N` unless given.
 *
 * @param rencana - The plan.
 * @param tugas - The tugas tambahan's code and details, and an optional id.
 * @returns The changed plan; throws `KinerjaError` `argumen-tidak-valid` for a tugas of another shape or an id already
 *   used.
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * const r = createRencana({ pegawai, periode: { tahun: 2026, ke: 1 } });
 * addTugasTambahan(r, { jenis: 'wali-kelas', uraian: 'Wali kelas 2A', sk: { nomor: '1/SK/2024', tanggal: '2024-01-08' }, kuantitas: 1, satuan: 'kelas', targetWaktuBulan: 6 }).tugasTambahan[0]?.id; //=> 'tt-1'
 */
export function addTugasTambahan(
  rencana: RencanaKinerja,
  tugas: Omit<TugasTambahan, 'id'> & { readonly id?: string },
): RencanaKinerja {
  periksaRencana(rencana);
  periksaObjek(tugas, 'tugas');
  return frozen({
    ...rencana,
    tugasTambahan: [...rencana.tugasTambahan, denganId(tugas, rencana.tugasTambahan, 'tt')],
  });
}

/**
 * Removes a tugas tambahan; throws `tidak-ditemukan` for an unknown id.
 *
 * @param rencana - The plan.
 * @param id - The tugas tambahan's id.
 * @returns The changed plan; throws `KinerjaError` `tidak-ditemukan` for an unknown id.
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * const r = createRencana({ pegawai, periode: { tahun: 2026, ke: 1 } });
 * const r1 = addTugasTambahan(r, { jenis: 'wali-kelas', uraian: 'Wali kelas 2A', sk: { nomor: '1/SK/2026', tanggal: '2026-01-08' }, kuantitas: 1, satuan: 'kelas', targetWaktuBulan: 12 });
 * removeTugasTambahan(r1, 'tt-1').tugasTambahan.length; //=> 0
 */
export function removeTugasTambahan(rencana: RencanaKinerja, id: string): RencanaKinerja {
  periksaRencana(rencana);
  if (!rencana.tugasTambahan.some((x) => x.id === id)) throw notFound('tugas tambahan', id);
  return frozen({ ...rencana, tugasTambahan: rencana.tugasTambahan.filter((x) => x.id !== id) });
}

/**
 * Sets the fokus perilaku of one BERAKHLAK aspect.
 *
 * @param rencana - The plan.
 * @param aspek - One of the seven BerAKHLAK aspects.
 * @param fokus - The pegawai's own fokus perilaku for it (free text).
 * @returns The changed plan; throws `KinerjaError` `kode-tidak-dikenal` for an unknown aspect.
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * const r = createRencana({ pegawai, periode: { tahun: 2026, ke: 1 } });
 * setPerilaku(r, 'kolaboratif', 'Mengoptimalkan sumber daya satuan pendidikan').perilaku.kolaboratif;
 * //=> 'Mengoptimalkan sumber daya satuan pendidikan'
 */
export function setPerilaku(rencana: RencanaKinerja, aspek: AspekBerakhlak, fokus: string): RencanaKinerja {
  periksaRencana(rencana);
  kodeDikenal(aspek, ketentuanRencana(rencana).aspekBerakhlak, 'aspek BERAKHLAK', 'BERAKHLAK aspect');
  periksaTeks(fokus, 'fokus');
  return frozen({ ...rencana, perilaku: { ...rencana.perilaku, [aspek]: fokus } });
}

/**
 * Marks a dokumen akuntabilitas as collected (or not).
 *
 * @param rencana - The plan.
 * @param kode - The document's code (`K3`, …).
 * @param terkumpul - Whether it is collected.
 * @returns The changed plan; throws `KinerjaError` `kode-tidak-dikenal` for a document the role does not hold.
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * const r = createRencana({ pegawai, periode: { tahun: 2026, ke: 1 } });
 * setDokumen(r, 'K3', true).dokumenAkuntabilitas.K3; //=> true
 */
export function setDokumen(rencana: RencanaKinerja, kode: string, terkumpul: boolean): RencanaKinerja {
  periksaRencana(rencana);
  const peran = rencana.pegawai.peran;
  kodeDikenal(
    kode,
    ketentuanRencana(rencana).dokumenAkuntabilitas.filter((d) => d.peran === peran),
    `dokumen akuntabilitas ${formatNilai(peran)}`,
    `accountability document of ${formatNilai(peran)}`,
  );
  if (typeof terkumpul !== 'boolean')
    throw new KinerjaError(
      'argumen-tidak-valid',
      `terkumpul harus boolean, bukan ${formatNilai(terkumpul)}.`,
      `terkumpul must be a boolean, not ${formatNilai(terkumpul)}.`,
    );
  return frozen({ ...rencana, dokumenAkuntabilitas: { ...rencana.dokumenAkuntabilitas, [kode]: terkumpul } });
}

/**
 * Guards an argument that must be a plan built by this library (or parsed by {@link RencanaKinerjaSchema}): checks
 * its shape cheaply and throws {@link KinerjaError} `argumen-tidak-valid` for anything else. Editing functions call
 * it so that misuse is a coded error, never a `TypeError`.
 *
 * @internal
 */
export function periksaRencana(value: unknown, nama = 'rencana'): asserts value is RencanaKinerja {
  periksaObjek(value, nama);
  const r = value as Record<string, unknown>;
  for (const k of ['indikatorPraktikKinerja', 'rhk', 'tugasTambahan'] as const) {
    if (!Array.isArray(r[k])) periksaDaftar(null, `${nama}.${k}`);
  }
  // An RHK or a tugas tambahan is read field by field: each must be an object.
  for (const k of ['rhk', 'tugasTambahan'] as const)
    (r[k] as unknown[]).forEach((x, i) => periksaObjek(x, `${nama}.${k}[${i}]`));
  for (const k of ['pegawai', 'periode', 'perilaku', 'dokumenAkuntabilitas'] as const)
    periksaObjek(r[k], `${nama}.${k}`);
}
