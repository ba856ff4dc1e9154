/**
 * The JSON Schemas (draft 2020-12) of every document the library stores or sends, generated from its zod schemas
 * with `z.toJSONSchema`. `npm run build` writes them to `schemas/`, shipped as `pengelolaan-kinerja/schemas/*.json`;
 * a test keeps the committed files equal to what the zod schemas say.
 */
import { z } from 'zod';
import {
  AlurRencanaSchemas,
  CapaianRaporPendidikanSchema,
  KetentuanKonversiSchema,
  KetentuanSchema,
  LangkahSchemas,
  PenilaianSchemas,
  PakAkumulasiSchema,
  PakKonversiSchema,
  PakPenetapanSchema,
  PeriodeSchema,
  PeristiwaSiklusSchema,
  RekamAngkaKreditSchema,
  RencanaKinerjaSchema,
} from '../src';
import { AngkaKreditSiasnBodySchema, KinerjaPeriodikSiasnBodySchema, Skp22SiasnBodySchema } from '../src/siasn';

const DOKUMEN = {
  'rencana-kinerja': ['Rencana kinerja (SKP) seorang pegawai untuk satu periode.', RencanaKinerjaSchema],
  'riwayat-rencana': [
    'Riwayat peristiwa alur persetujuan rencana; diputar ulang dengan replayAlurRencana.',
    z.array(AlurRencanaSchemas.peristiwa),
  ],
  'riwayat-siklus': [
    'Riwayat peristiwa siklus peningkatan kinerja; diputar ulang dengan replaySiklus.',
    z.array(PeristiwaSiklusSchema),
  ],
  'langkah-siklus': ['Data yang dikumpulkan tiap langkah siklus A–E, menurut kode langkah.', z.object(LangkahSchemas)],
  'penilaian-hasil-kerja': [
    'Rating hasil kerja oleh pejabat penilai, dengan saran pustaka.',
    PenilaianSchemas.hasilKerja,
  ],
  'penilaian-perilaku-kerja': [
    'Rating perilaku kerja (7 aspek BERAKHLAK) oleh pejabat penilai.',
    PenilaianSchemas.perilakuKerja,
  ],
  'rekam-angka-kredit': [
    'Rekam angka kredit satu periode, dengan koefisien, persentase, dan bulan yang dipakai.',
    RekamAngkaKreditSchema,
  ],
  periode: ['Periode pengelolaan kinerja: tahun dan urutan periode dalam tahun itu.', PeriodeSchema],
  ketentuan: ['Ketentuan (rule set) dengan sumber setiap bagiannya.', KetentuanSchema],
  'ketentuan-konversi': [
    'Ketentuan sisi angka kredit saja (lingkup konversi, mis. 2023): tanpa bagian perencanaan.',
    KetentuanKonversiSchema,
  ],
  'capaian-rapor-pendidikan': [
    'Capaian Rapor Pendidikan satuan pendidikan, untuk rekomendasi indikator praktik kinerja.',
    CapaianRaporPendidikanSchema,
  ],
  'pak-konversi': [
    'PAK Konversi: predikat satu periode menjadi angka kredit, dengan pegawai dan kop.',
    PakKonversiSchema,
  ],
  'pak-akumulasi': ['PAK Akumulasi: baris konversi beberapa periode dan jumlahnya yang tepat.', PakAkumulasiSchema],
  'pak-penetapan': [
    'PAK Penetapan: AK Dasar + AK Integrasi + konversi, dan kelebihan atau kekurangan untuk pangkat dan jenjang berikutnya.',
    PakPenetapanSchema,
  ],
  'siasn-angkakredit-save': [
    'Badan permintaan POST /angkakredit/save SIASN (semua nilai teks, ejaan "Penailan" sesuai SIASN).',
    AngkaKreditSiasnBodySchema,
  ],
  'siasn-skp22-save': ['Badan permintaan POST /skp22/save SIASN.', Skp22SiasnBodySchema],
  'siasn-kinerjaperiodik-save': ['Badan permintaan POST /kinerjaperiodik/save SIASN.', KinerjaPeriodikSiasnBodySchema],
} as const satisfies Record<string, readonly [string, z.ZodType]>;

export type NamaSkema = keyof typeof DOKUMEN;

export function jsonSchemas(): Record<NamaSkema, Record<string, unknown>> {
  const out = {} as Record<NamaSkema, Record<string, unknown>>;
  for (const [nama, [deskripsi, schema]] of Object.entries(DOKUMEN) as [NamaSkema, readonly [string, z.ZodType]][]) {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as Record<
      string,
      unknown
    >;
    out[nama] = { $id: `urn:pengelolaan-kinerja:schemas:${nama}`, title: nama, description: deskripsi, ...json };
  }
  return out;
}

export function serialize(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
