import { z } from 'zod';
import { periksaObjek } from '../core/periksa';
import { bekuBaru, deepFreeze, salinBeku } from '../core/freeze';
import { issueOf, type Issue } from '../core/issue';
import { fail, ok, putarUlang, riwayatBukanDaftar, safely, type Result } from '../core/result';
import { isWaktuIso, waktuMs, waktuTerakhir } from '../core/tanggal';
import { fromZodIssues } from '../core/zod-issues';
import { ASPEK_BERAKHLAK, type StatusRencana } from '../ketentuan/kode';
import { ketentuanTransisi, pilihKetentuan } from '../ketentuan/pilih';
import type { Ketentuan } from '../ketentuan/types';
import {
  addRhk,
  chooseIndikator,
  periksaRencana,
  removeRhk,
  RencanaKinerjaSchema,
  setPerilaku,
  updateRhk,
  type RencanaKinerja,
} from './rencana';
import { validateRencana } from './validasi';
import { parseSalinan } from '../core/salinan';
import { periksaOpsi } from '../core/opsi';
import { ketentuanOpsional, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';

/**
 * The zod schemas of the plan's workflow: actors, the atasan's penyesuaian, and events (the stored history).
 *
 * @category Perencanaan
 * @example
 * AlurRencanaSchemas.peristiwa.safeParse({ jenis: 'ajukan', oleh: { peran: 'pegawai' }, pada: '2024-01-10T08:00:00+07:00' }).success; //=> true
 */
export const AlurRencanaSchemas = /* @__PURE__ */ (() => {
  const aktor = z
    .strictObject({ peran: z.enum(['pegawai', 'atasan']), nama: z.string().optional(), nip: z.string().optional() })
    .readonly();
  const waktu = z.string().refine(isWaktuIso, { message: 'Waktu harus ISO 8601 dengan zona (…Z atau …+07:00)' });
  const catatan = z.string().optional();
  const penyesuaian = z.discriminatedUnion('jenis', [
    z
      .strictObject({ jenis: z.literal('ubah-kuantitas-rhk'), rhkId: z.string(), kuantitas: z.number(), catatan })
      .readonly(),
    z.strictObject({ jenis: z.literal('hapus-rhk'), rhkId: z.string(), catatan }).readonly(),
    z.strictObject({ jenis: z.literal('tambah-rhk'), kegiatan: z.string(), kuantitas: z.number(), catatan }).readonly(),
    z.strictObject({ jenis: z.literal('ganti-indikator'), indikator: z.string(), catatan }).readonly(),
    z
      .strictObject({ jenis: z.literal('ubah-perilaku'), aspek: z.enum(ASPEK_BERAKHLAK), fokus: z.string(), catatan })
      .readonly(),
  ]);
  const base = { oleh: aktor, pada: waktu };
  const peristiwa = z.discriminatedUnion('jenis', [
    z.strictObject({ jenis: z.literal('buat'), ...base, rencana: RencanaKinerjaSchema }).readonly(),
    z.strictObject({ jenis: z.literal('ubah'), ...base, rencana: RencanaKinerjaSchema }).readonly(),
    z.strictObject({ jenis: z.literal('ajukan'), ...base }).readonly(),
    z.strictObject({ jenis: z.literal('kembalikan'), ...base, alasan: z.string().min(1) }).readonly(),
    z.strictObject({ jenis: z.literal('setujui'), ...base, penyesuaian: z.array(penyesuaian).readonly() }).readonly(),
    z.strictObject({ jenis: z.literal('sepakati'), ...base }).readonly(),
    z.strictObject({ jenis: z.literal('reset'), ...base, alasan: z.string().min(1) }).readonly(),
  ]);
  return { aktor, penyesuaian, peristiwa };
})();

/**
 * Who acts on a plan: the pegawai or the atasan (pejabat penilai), optionally named.
 *
 * @category Perencanaan
 * @example
 * const atasan: Aktor = { peran: 'atasan', nama: 'Kepala SDN 1' };
 */
export type Aktor = z.infer<typeof AlurRencanaSchemas.aktor>;

/**
 * One adjustment the atasan makes when approving ("penyesuaian", docs/sumber.md#alur-rencana): change an RHK's kuantitas,
 * remove or add an RHK, replace the indicator, or set the fokus perilaku of an aspect; each with an optional note.
 *
 * @category Perencanaan
 * @example
 * const p: Penyesuaian = { jenis: 'ubah-kuantitas-rhk', rhkId: 'rhk-1', kuantitas: 3, catatan: 'Tambah satu pelatihan' };
 */
export type Penyesuaian = z.infer<typeof AlurRencanaSchemas.penyesuaian>;

/**
 * An event of the plan's workflow, as stored in its history. `pada` is an ISO date-time with a zone; time always
 * comes in on the event.
 *
 * @category Perencanaan
 * @example
 * const e: PeristiwaRencana = { jenis: 'sepakati', oleh: { peran: 'pegawai' }, pada: '2024-01-20T09:00:00+07:00' };
 */
export type PeristiwaRencana = z.infer<typeof AlurRencanaSchemas.peristiwa>;

/**
 * The kind of a {@link PeristiwaRencana}.
 *
 * @category Perencanaan
 * @example
 * const j: JenisPeristiwaRencana = 'ajukan';
 */
export type JenisPeristiwaRencana = PeristiwaRencana['jenis'];

/**
 * An adjustment as recorded: the {@link Penyesuaian} with who made it and when.
 *
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2024, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * let alur = startAlurRencana(rencana, { oleh: { peran: 'pegawai' }, pada: '2024-01-05T08:00:00+07:00' });
 * alur = unwrap(transitionRencana(alur, { jenis: 'ajukan', oleh: { peran: 'pegawai' }, pada: '2024-01-10T08:00:00+07:00' }));
 * const penyesuaian: Penyesuaian[] = [{ jenis: 'ubah-kuantitas-rhk', rhkId: 'rhk-1', kuantitas: 3 }];
 * alur = unwrap(transitionRencana(alur, { jenis: 'setujui', oleh: { peran: 'atasan' }, pada: '2024-01-12T08:00:00+07:00', penyesuaian }));
 * alur.status === 'disetujui' && alur.penyesuaian[0]?.oleh.peran; //=> 'atasan'
 */
export type CatatanPenyesuaian = Penyesuaian & { readonly oleh: Aktor; readonly pada: string };

/**
 * What every state of {@link AlurRencana} carries.
 *
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2024, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * let alur = startAlurRencana(rencana, { oleh: { peran: 'pegawai' }, pada: '2024-01-05T08:00:00+07:00' });
 * const dasar: AlurRencanaDasar = alur;
 * dasar.riwayat.length; //=> 1
 */
export interface AlurRencanaDasar {
  /** The plan as it stands in this state. */
  readonly rencana: RencanaKinerja;
  /** Every event applied so far, first the `buat` event; {@link replayAlurRencana} rebuilds the state from it. */
  readonly riwayat: readonly PeristiwaRencana[];
}

/**
 * The state of a plan's workflow (docs/sumber.md#alur-rencana): a discriminated union on `status`, each state carrying only the
 * data valid in it. `draf` → `diajukan` → `disetujui` (with the atasan's penyesuaian and the plan as submitted,
 * `usulan`) → `disepakati`.
 *
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2024, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * let alur = startAlurRencana(rencana, { oleh: { peran: 'pegawai' }, pada: '2024-01-05T08:00:00+07:00' });
 * const penyesuaian = alur.status === 'disetujui' ? alur.penyesuaian.length : 0;
 * penyesuaian; //=> 0
 */
export type AlurRencana =
  | (AlurRencanaDasar & { readonly status: 'draf' })
  | (AlurRencanaDasar & { readonly status: 'diajukan'; readonly diajukanPada: string })
  | (AlurRencanaDasar & {
      readonly status: 'disetujui';
      readonly usulan: RencanaKinerja;
      readonly penyesuaian: readonly CatatanPenyesuaian[];
      readonly disetujuiPada: string;
    })
  | (AlurRencanaDasar & {
      readonly status: 'disepakati';
      readonly usulan: RencanaKinerja;
      readonly penyesuaian: readonly CatatanPenyesuaian[];
      readonly disetujuiPada: string;
      readonly disepakatiPada: string;
    });

interface Aturan {
  readonly dari: readonly StatusRencana[];
  readonly oleh: readonly Aktor['peran'][];
  readonly boleh?: (k: Ketentuan) => boolean;
}

/**
 * Who may do what from where: the one table both {@link transitionRencana} and {@link allowedEventsRencana} read.
 * Reset (open, docs/sumber.md#alur-rencana): by default the atasan may return a submitted plan (`kembalikan`), and either side may
 * reset an approved or agreed plan to `draf` with a reason (`reset`), keeping the history; both are policies of the
 * rule set (`kebijakan.atasanBolehMengembalikan`, `kebijakan.resetDisepakati`).
 */
const ATURAN: { readonly [J in Exclude<JenisPeristiwaRencana, 'buat'>]: Aturan } = {
  ubah: { dari: ['draf'], oleh: ['pegawai'] },
  ajukan: { dari: ['draf'], oleh: ['pegawai'] },
  kembalikan: { dari: ['diajukan'], oleh: ['atasan'], boleh: (k) => k.kebijakan.atasanBolehMengembalikan },
  setujui: { dari: ['diajukan'], oleh: ['atasan'] },
  sepakati: { dari: ['disetujui'], oleh: ['pegawai'] },
  reset: { dari: ['disetujui', 'disepakati'], oleh: ['pegawai', 'atasan'], boleh: (k) => k.kebijakan.resetDisepakati },
};

/**
 * Starts a plan's workflow in `draf` with a `buat` event.
 *
 * @param rencana - The draft plan.
 * @param asal - Who starts it (`oleh`) and when (`pada`, ISO date-time with offset).
 * @returns The workflow in `draf`; throws `KinerjaError` `argumen-tidak-valid` for a value that is not a plan or an
 *   `asal` of another shape.
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2024, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * const alur = startAlurRencana(rencana, { oleh: { peran: 'pegawai' }, pada: '2024-01-05T08:00:00+07:00' });
 * alur.status; //=> 'draf'
 */
export function startAlurRencana(
  rencana: RencanaKinerja,
  asal: { readonly oleh: Aktor; readonly pada: string },
): AlurRencana {
  periksaRencana(rencana);
  periksaObjek(asal, 'asal');
  const buat: PeristiwaRencana = { jenis: 'buat', oleh: asal.oleh, pada: asal.pada, rencana };
  return deepFreeze(salinBeku({ status: 'draf' as const, rencana, riwayat: [buat] }));
}

/**
 * The events an actor may send now (for a UI's buttons), by the same table the transition uses.
 *
 * @param alur - The workflow state.
 * @param aktor - The actor's role.
 * @param opsi - `ketentuan`: the rule set (default: the plan's).
 * @returns The event kinds allowed now (empty when none); throws `KinerjaError` `argumen-tidak-valid` for a value that
 *   is not a workflow state.
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2024, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * let alur = startAlurRencana(rencana, { oleh: { peran: 'pegawai' }, pada: '2024-01-05T08:00:00+07:00' });
 * allowedEventsRencana(alur, { peran: 'pegawai' }); //=> ['ubah', 'ajukan']
 */
export function allowedEventsRencana(
  alur: AlurRencana,
  aktor: Pick<Aktor, 'peran'>,
  opsi?: OpsiKetentuan,
): readonly JenisPeristiwaRencana[] {
  periksaAlur(alur);
  periksaObjek(aktor, 'aktor');
  const k = pilihKetentuan(alur.rencana, periksaOpsi(opsi, 'allowedEventsRencana', ['ketentuan']).ketentuan);
  return Object.freeze(
    (Object.keys(ATURAN) as (keyof typeof ATURAN)[]).filter((j) => {
      const a = ATURAN[j];
      return a.dari.includes(alur.status) && a.oleh.includes(aktor.peran) && k.success && (a.boleh?.(k.data) ?? true);
    }),
  );
}

function applyPenyesuaian(rencana: RencanaKinerja, list: readonly Penyesuaian[]): Result<RencanaKinerja> {
  let r = rencana;
  const issues: Issue[] = [];
  list.forEach((p, i) => {
    const path = ['penyesuaian', i];
    if ((p.jenis === 'ubah-kuantitas-rhk' || p.jenis === 'hapus-rhk') && !r.rhk.some((x) => x.id === p.rhkId)) {
      issues.push(
        issueOf(
          'penyesuaian-tidak-valid',
          path,
          `RHK "${p.rhkId}" tidak ada pada rencana.`,
          `The plan has no RHK "${p.rhkId}".`,
        ),
      );
      return;
    }
    // An adjustment naming a code the rule set does not know is refused like the editing functions refuse it.
    const next = safely((): RencanaKinerja => {
      switch (p.jenis) {
        case 'ubah-kuantitas-rhk':
          return updateRhk(r, p.rhkId, { kuantitas: p.kuantitas });
        case 'hapus-rhk':
          return removeRhk(r, p.rhkId);
        case 'tambah-rhk':
          return addRhk(r, { kegiatan: p.kegiatan, kuantitas: p.kuantitas });
        case 'ganti-indikator':
          return chooseIndikator(r, p.indikator);
        case 'ubah-perilaku':
          return setPerilaku(r, p.aspek, p.fokus);
      }
    });
    if (next.success) r = next.data;
    else for (const x of next.issues) issues.push(issueOf('penyesuaian-tidak-valid', path, x.message, x.messageEn));
  });
  return issues.length > 0 ? fail(issues) : ok(r);
}

/** Why an event may not happen now (its kind, who, the rule set, its time), or `null` when it may. */
function tolakPeristiwa(
  alur: AlurRencana,
  e: Exclude<z.infer<typeof AlurRencanaSchemas.peristiwa>, { jenis: 'buat' }>,
  ketentuan: Ketentuan,
): Issue | null {
  const aturan = ATURAN[e.jenis];
  if (!aturan.dari.includes(alur.status)) {
    return issueOf(
      'peristiwa-tidak-diizinkan',
      ['jenis'],
      `"${e.jenis}" tidak dapat dilakukan pada status ${alur.status}.`,
      `"${e.jenis}" is not possible in state ${alur.status}.`,
    );
  }
  if (!aturan.oleh.includes(e.oleh.peran)) {
    return issueOf(
      'aktor-tidak-berwenang',
      ['oleh', 'peran'],
      `"${e.jenis}" hanya oleh ${aturan.oleh.join('/')}, bukan ${e.oleh.peran}.`,
      `"${e.jenis}" is only for ${aturan.oleh.join('/')}, not ${e.oleh.peran}.`,
    );
  }
  if (aturan.boleh !== undefined && !aturan.boleh(ketentuan)) {
    return issueOf(
      'kebijakan-melarang',
      ['jenis'],
      `Ketentuan ${ketentuan.id} tidak mengizinkan "${e.jenis}".`,
      `Rule set ${ketentuan.id} does not allow "${e.jenis}".`,
    );
  }
  const last = waktuTerakhir(alur.riwayat);
  if (last !== null && waktuMs(e.pada) < waktuMs(last)) {
    return issueOf(
      'waktu-mundur',
      ['pada'],
      `Waktu ${e.pada} lebih awal dari peristiwa sebelumnya (${last}).`,
      `Time ${e.pada} is before the previous event (${last}).`,
    );
  }
  return null;
}

/**
 * The workflow's total transition function: the next state, or a failed result (never a throw) with coded issues:
 * `peristiwa-tidak-valid` (not an event), `peristiwa-tidak-diizinkan` (not from this state),
 * `aktor-tidak-berwenang`, `kebijakan-melarang`, `waktu-mundur` (earlier than the last event), `identitas-berubah`
 * (an edit that changes pegawai, periode or rule set), `rencana-tidak-valid` (followed by the plan's own issues), and
 * `penyesuaian-tidak-valid`. Submitting needs a plan valid for submission; an approval's adjusted plan must be valid
 * too.
 *
 * @param alur - The workflow state.
 * @param peristiwa - Anything: the event, checked.
 * @param opsi - `ketentuan`: the rule set (default: the plan's).
 * @returns The next state, or a failed result with the codes above.
 * @category Perencanaan
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2024, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * let alur = startAlurRencana(rencana, { oleh: { peran: 'pegawai' }, pada: '2024-01-05T08:00:00+07:00' });
 * const r = transitionRencana(alur, { jenis: 'ajukan', oleh: { peran: 'pegawai' }, pada: '2024-01-10T08:00:00+07:00' });
 * r.success && r.data.status; //=> 'diajukan'
 */
export function transitionRencana(alur: AlurRencana, peristiwa: unknown, opsi?: OpsiKetentuan): Result<AlurRencana> {
  const pilihan = ketentuanTransisi(
    () => {
      periksaAlur(alur);
      return alur.rencana;
    },
    opsi,
    'transitionRencana',
  );
  if (!pilihan.success) return pilihan;
  const ketentuan = pilihan.data;
  const parsed = parseSalinan(AlurRencanaSchemas.peristiwa, peristiwa);
  if (!parsed.success) {
    return fail([
      issueOf('peristiwa-tidak-valid', [], 'Peristiwa tidak dikenali.', 'Not a workflow event.'),
      ...fromZodIssues(parsed.error.issues),
    ]);
  }
  const e = parsed.data;
  if (e.jenis === 'buat') {
    return fail([issueOf('peristiwa-tidak-diizinkan', ['jenis'], 'Rencana sudah dibuat.', 'The plan already exists.')]);
  }
  const tolak = tolakPeristiwa(alur, e, ketentuan);
  if (tolak !== null) return fail([tolak]);
  const riwayat = [...alur.riwayat, e];
  const invalid = (issues: readonly Issue[]) =>
    fail([
      issueOf(
        'rencana-tidak-valid',
        ['rencana'],
        'Rencana belum memenuhi syarat.',
        'The plan does not meet the requirements.',
      ),
      ...issues,
    ]);
  let next: AlurRencana;
  switch (e.jenis) {
    case 'ubah': {
      const same = (r: RencanaKinerja) => JSON.stringify([r.pegawai, r.periode, r.ketentuan]);
      if (same(e.rencana) !== same(alur.rencana)) {
        return fail([
          issueOf(
            'identitas-berubah',
            ['rencana'],
            'Pegawai, periode, atau ketentuan rencana tidak boleh berubah.',
            'The pegawai, periode or rule set of a plan may not change.',
          ),
        ]);
      }
      next = { status: 'draf', rencana: e.rencana, riwayat };
      break;
    }
    case 'ajukan': {
      const v = validateRencana(alur.rencana, { mode: 'pengajuan', ketentuan });
      if (!v.success) return invalid(v.issues);
      next = { status: 'diajukan', rencana: alur.rencana, diajukanPada: e.pada, riwayat };
      break;
    }
    case 'kembalikan':
    case 'reset':
      next = { status: 'draf', rencana: alur.rencana, riwayat };
      break;
    case 'setujui': {
      const applied = applyPenyesuaian(alur.rencana, e.penyesuaian);
      if (!applied.success) return fail(applied.issues);
      const v = validateRencana(applied.data, { mode: 'pengajuan', ketentuan });
      if (!v.success) return invalid(v.issues);
      next = {
        status: 'disetujui',
        rencana: applied.data,
        usulan: alur.rencana,
        penyesuaian: e.penyesuaian.map((p) => ({ ...p, oleh: e.oleh, pada: e.pada })),
        disetujuiPada: e.pada,
        riwayat,
      };
      break;
    }
    case 'sepakati': {
      if (alur.status !== 'disetujui')
        return fail([issueOf('peristiwa-tidak-diizinkan', ['jenis'], 'Belum disetujui.', 'Not approved yet.')]);
      next = { ...alur, status: 'disepakati', disepakatiPada: e.pada, riwayat };
      break;
    }
  }
  // `next` shares the caller's state (read from JSON, not frozen): frozen as a copy, the caller's left as it was.
  return ok(bekuBaru(next));
}

/**
 * Rebuilds a workflow state from its stored history (the first event must be `buat`): replaying a state's
 * `riwayat` gives that state again.
 *
 * @param riwayat - The stored events, in order.
 * @param opsi - `ketentuan`: the rule set (default: the plan's).
 * @returns The state, or a failed result whose issues are located at the event's index (`[3, 'oleh']`), with the codes
 *   of {@link transitionRencana}.
 * @category Perencanaan
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
 * const again = replayAlurRencana(alur.riwayat);
 * again.success && again.data.status === alur.status; //=> true
 */
export function replayAlurRencana(riwayat: readonly unknown[], opsi?: OpsiKetentuan): Result<AlurRencana> {
  const diberikan = safely(() => ketentuanOpsional(opsi, 'replayAlurRencana'));
  if (!diberikan.success) return diberikan;
  const ketentuan = diberikan.data;
  if (!Array.isArray(riwayat)) return riwayatBukanDaftar();
  const first = parseSalinan(AlurRencanaSchemas.peristiwa, riwayat[0]);
  if (!first.success || first.data.jenis !== 'buat') {
    return fail([
      issueOf(
        'riwayat-tidak-valid',
        [0],
        'Riwayat harus dimulai dengan peristiwa "buat".',
        'A history must start with a "buat" event.',
      ),
    ]);
  }
  return putarUlang(startAlurRencana(first.data.rencana, first.data), riwayat, 1, (alur, e) =>
    transitionRencana(alur, e, ketentuan === undefined ? {} : { ketentuan }),
  );
}

/**
 * Guards an argument that must be a plan workflow state ({@link AlurRencana}); throws {@link KinerjaError}
 * `argumen-tidak-valid` otherwise.
 *
 * @internal
 */
export function periksaAlur(value: unknown, nama = 'alur'): asserts value is AlurRencana {
  periksaObjek(value, nama);
  const a = value as { status?: unknown; rencana?: unknown; riwayat?: unknown };
  if (typeof a.status !== 'string' || !Array.isArray(a.riwayat)) periksaObjek(null, `${nama}.status/riwayat`);
  periksaRencana(a.rencana, `${nama}.rencana`);
}
