import { describe, expect, it } from 'vitest';
import { kenaikanBerkas, MEDAN_SIASN, readBerkas, rekonsiliasiBerkas, type TujuanKeluaran } from '../../src/berkas';

const baca = async (t: string) => {
  const r = await readBerkas(new TextEncoder().encode(t));
  if (!r.success) throw new Error(r.issues[0]!.message);
  return r.data;
};

function memori() {
  const isi = new Map<string, string>();
  const tujuan: TujuanKeluaran = {
    write: (n, t) => void isi.set(n, t),
    open: (n) => (isi.set(n, ''), { write: (t) => void isi.set(n, isi.get(n)! + t) }),
  };
  return { tujuan, isi };
}

const NIP = '198703122010012004';
const PNS = '1414F6B506D002DBA02BFF2F31BFA6AF';

// The CLI's kenaikan and rekonsiliasi (golden outputs through the built bin: test/cli) as the library runs them.
describe('kenaikanBerkas', () => {
  it('writes kenaikan.csv and galat.csv and says the summary the CLI prints', async () => {
    const m = memori();
    const r = await kenaikanBerkas(
      await baca(`NIP,Nama,Golongan,Jabatan,Tahun,Predikat\n${NIP},A,III/c,Guru Ahli Muda,2024,Baik\n`),
      m.tujuan,
      { bahasa: 'en', keluar: 'out' },
    );
    expect(r.success && [r.data.guru, r.data.ditolak, r.data.berkas, r.data.ringkas]).toEqual([
      1,
      0,
      ['kenaikan.csv', 'galat.csv'],
      'kenaikan: 1 guru, 0 meet the AK of a next promotion, 0 rows refused → out/kenaikan.csv',
    ]);
    expect(m.isi.get('kenaikan.csv')!.split('\n')[0]).toBe(
      'unit_kerja,nip,nama,golongan,jenjang,ak_kumulatif,kenaikan,ke,ak_syarat,selisih,ak_cukup,predikat_cukup,status,prasyarat_lain',
    );
  });
});

describe('rekonsiliasiBerkas', () => {
  const lokal = `NIP,Nama,Golongan,Jabatan,Tahun,Bulan Mulai,Bulan Selesai,Predikat,PNS ID\n${NIP},A,III/c,Guru Ahli Muda,2024,1,12,Baik,${PNS}\n`;
  it("matches SIASN's own rw-angkakredit export by PNS ID; a difference is coded and located", async () => {
    const m = memori();
    // SIASN's field names as the export writes them, sic "Penailan" (docs/sumber.md#siasn).
    const siasn = `pns,tahunMulaiPenailan,bulanMulaiPenailan,tahunSelesaiPenailan,bulanSelesaiPenailan,kreditUtamaBaru,kreditPenunjangBaru,kreditBaruTotal,isKonversi\n${PNS},2024,1,2024,12,20,0,20,1\n`;
    const r = await rekonsiliasiBerkas({ lokal: await baca(lokal), siasn: await baca(siasn) }, m.tujuan);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.selisih).toBeGreaterThan(0);
    // In memory, no output folder is named.
    expect(r.data.ringkas).toMatch(/, dicocokkan dengan PNS ID$/);
    expect(m.isi.get('rekonsiliasi.csv')!.split('\n')[1]).toMatch(new RegExp(`^"=""${NIP}""",${PNS},A,`));
  });
  it('refuses an export keyed by PNS ID when the local file has no PNS ID column, before anything is written', async () => {
    const m = memori();
    const r = await rekonsiliasiBerkas(
      {
        lokal: await baca(`NIP,Nama,Golongan,Tahun,Predikat\n${NIP},A,III/c,2024,Baik\n`),
        siasn: await baca(`pns,kreditBaruTotal\n${PNS},20\n`),
      },
      m.tujuan,
    );
    expect(r.success || r.issues[0]!.code).toBe('kolom-wajib');
    expect(m.isi.size).toBe(0);
  });
  it('names the SIASN fields a column map may point at', () => {
    expect(MEDAN_SIASN).toContain('tahunMulaiPenailan');
    expect(Object.isFrozen(MEDAN_SIASN)).toBe(true);
  });
});
