import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import writeXlsxFile from 'write-excel-file/node';
import { parse as parseCsv } from 'csv-parse/sync';
import { PAKET_UJI, perbaruiGolden } from '../paket-uji';
import { isiFolder as isi, keGolden, tulisGolden } from './golden';
import { createPakPenetapan, createRekamAngkaKredit, formatAngkaKredit, PREDIKAT, type Predikat } from '../../src';

// The built bin (test/paket-uji.ts), spawned on fixtures, compared with golden files (UPDATE_GOLDEN=1 rewrites them,
// never in CI; test/cli/golden.ts says how PAK pages are kept).
const root = join(__dirname, '..', '..');
const bin = join(PAKET_UJI, 'dist', 'cli.js');
const fixtures = join(__dirname, 'fixtures');
const golden = join(__dirname, 'golden');

function jalankan(args: string[], env: Record<string, string> = {}): { kode: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: '1', ...env },
  });
  return { kode: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function cocokGolden(nama: string, dir: string): void {
  perbaruiGolden(() => tulisGolden(nama, dir));
  expect(keGolden(nama, isi(dir))).toEqual(isi(join(golden, nama)));
}

const keluar = () => mkdtempSync(join(tmpdir(), 'pk-cli-'));

describe('pengelolaan-kinerja (bin)', () => {
  it('pak on a comma CSV matches the golden files, and exits 0', () => {
    const o = keluar();
    const r = jalankan(['pak', join(fixtures, 'koma.csv'), '--keluar', o]);
    expect(r.stderr).toBe('');
    expect(r.kode).toBe(0);
    expect(r.stdout).toMatch(/^pak: 3 guru, 6 baris diterima, 0 baris ditolak → /m);
    cocokGolden('koma', o);
    // Every user string is escaped in the pages.
    expect(readFileSync(join(o, 'pak', '198701012010012001.html'), 'utf8')).toContain(
      'Yohanes &lt;Bena&gt; &amp; &quot;Putra&quot;',
    );
  });
  it('the same data as Indonesian Excel saves it (; decimal comma, BOM, CRLF, capitals): the same figures, written back in its dialect, byte-identical on a re-run', () => {
    const a = keluar();
    const b = keluar();
    expect(jalankan(['pak', join(fixtures, 'titik-koma.csv'), '--keluar', a]).kode).toBe(0);
    expect(jalankan(['pak', join(fixtures, 'titik-koma.csv'), '--keluar', b]).kode).toBe(0);
    expect(isi(a)).toEqual(isi(b)); // re-running gives byte-identical output
    cocokGolden('titik-koma', a);
    // The same figures as the comma file, whatever the dialect.
    const biasa = (f: string) =>
      readFileSync(f, 'utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r\n/g, '\n');
    const koma = biasa(join(golden, 'koma', 'ringkasan.csv'))
      .split('\n')
      .map((l) => l.match(/\d+\.\d\d/g)?.join(' '));
    expect(
      biasa(join(a, 'ringkasan.csv'))
        .split('\n')
        .map((l) =>
          l
            .match(/\d+[.,]\d\d/g)
            ?.map((x) => x.replace(',', '.'))
            .join(' '),
        ),
    ).toEqual(koma);
  });
  it('reads an XLSX written in the test (NIP as text) to the same output', async () => {
    const baris = readFileSync(join(fixtures, 'koma.csv'), 'utf8')
      .trim()
      .split('\n')
      .map((l) =>
        [...l.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
          .map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'))
          .slice(0, 11),
      );
    const f = join(keluar(), 'guru.xlsx');
    await writeXlsxFile(
      baris.map((r) => r.map((v) => ({ value: v, type: String }))),
      {},
    ).toFile(f);
    const o = keluar();
    expect(jalankan(['pak', f, '--keluar', o]).kode).toBe(0);
    // XLSX in, XLSX out: the same tables as the comma file's golden CSVs, AK figures as number cells.
    const { readSheet } = (await import('read-excel-file/node')) as unknown as {
      readSheet: (f: string) => Promise<unknown[][]>;
    };
    const sel = (v: unknown) =>
      v === null || v === undefined ? '' : typeof v === 'number' ? String(Number(v.toFixed(3))) : String(v);
    const dariCsv = (f: string) =>
      parseCsv(readFileSync(f, 'utf8'), { relax_column_count: true }).map((r: string[]) =>
        // A NIP in a CSV is the formula of its text (="…"); in a sheet, a text cell.
        r.map((v) => (/^-?\d+\.\d+$/.test(v) ? String(Number(v)) : v.replace(/^="(\d+)"$/, '$1'))),
      );
    for (const t of ['ringkasan', 'ringkasan-unit', 'diterima', 'galat']) {
      expect(existsSync(join(o, `${t}.csv`))).toBe(false);
      const baca = (await readSheet(join(o, `${t}.xlsx`))).map((r) => r.map(sel));
      const harap = dariCsv(join(golden, 'koma', `${t}.csv`));
      expect(baca).toEqual(harap);
    }
    // The same pages as the comma file's (the whole one whole, the others by their data).
    const halaman = (f: Record<string, string>) => Object.entries(f).filter(([k]) => k.startsWith('pak'));
    expect(halaman(keGolden('koma', isi(o)))).toEqual(halaman(isi(join(golden, 'koma'))));
  }, 60_000);
  it('rejects bad rows with line, column, code and message, writes the good ones, and exits 1', () => {
    const o = keluar();
    const r = jalankan(['pak', join(fixtures, 'buruk.csv'), '--keluar', o]);
    expect(r.kode).toBe(1);
    cocokGolden('buruk', o);
    const en = keluar();
    expect(jalankan(['pak', join(fixtures, 'buruk.csv'), '--keluar', en, '--bahasa', 'en']).kode).toBe(1);
    expect(readFileSync(join(en, 'galat.csv'), 'utf8')).toContain('is not 18 digits');
  });
  it('a 40 000-row file (streams under back-pressure) finishes with its summary and every row accounted for', () => {
    const dir = keluar();
    const baris = ['NIP,Nama,Golongan,Tahun,Bulan Mulai,Bulan Selesai,Predikat'];
    for (let i = 0; i < 10_000; i++)
      for (const [t, a, b] of [
        [2024, 1, 6],
        [2024, 7, 12],
        [2025, 1, 12],
        [2026, 1, 12],
      ])
        baris.push(
          `1980010120100${String(i).padStart(5, '0')},Guru ${i},III/c,${t},${a},${b},${i % 97 === 0 && t === 2025 ? 'Hebat' : 'Baik'}`,
        );
    writeFileSync(join(dir, 'besar.csv'), baris.join('\n'));
    const r = jalankan(['pak', join(dir, 'besar.csv'), '--keluar', join(dir, 'o'), '--tanpa-html']);
    expect(r.stdout).toMatch(/^pak: 10000 guru, 39896 baris diterima, 104 baris ditolak/m);
    expect(r.kode).toBe(1);
  }, 60_000);
  it('never a stack trace: a file that cannot be read, an output that cannot be written, an internal fault: exit 2, one line, nothing left behind', () => {
    const dir = keluar();
    // A file the parser refuses as a whole (a CSV error the reader does not turn into a refused row).
    writeFileSync(join(dir, 'x.csv'), 'NIP,Nama,Golongan\n1,"a"b",III/a\n');
    for (const r of [
      jalankan(['pak', join(dir, 'x.csv'), '--keluar', join(dir, 'o1')]),
      jalankan(['pak', join(fixtures, 'koma.csv'), '--keluar', join(dir, 'x.csv', 'o2')]),
    ]) {
      expect([1, 2]).toContain(r.kode);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    // The broken line is a refused row (exit 1, the output written) or the file is refused whole (exit 2, nothing).
    if (existsSync(join(dir, 'o1'))) rmSync(join(dir, 'o1'), { recursive: true });
    // An internal fault while moving the output in place (a rename that throws a plain Error).
    writeFileSync(
      join(dir, 'rusak.cjs'),
      "const fs = require('node:fs'); fs.renameSync = () => { throw new Error('uji: rename gagal'); };",
    );
    const pra = { NODE_OPTIONS: `--require ${join(dir, 'rusak.cjs')}` };
    const r = jalankan(['pak', join(fixtures, 'koma.csv'), '--keluar', join(dir, 'o3')], pra);
    expect(r.kode).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^galat internal \(bukan kesalahan berkas Anda\): Error: uji: rename gagal\. Tidak ada keluaran yang ditulis\. Laporkan di https:\/\/github\.com\/.+ dengan baris pertama berkas/,
    );
    expect(
      jalankan(['pak', join(fixtures, 'koma.csv'), '--keluar', join(dir, 'o4'), '--lang', 'en'], pra).stderr,
    ).toMatch(/^internal error \(not a fault of your file\): .+ Report it at .+ with the file's first line/);
    // Nothing half-done: no output folder, no temporary folder left beside it.
    expect(readdirSync(dir).sort()).toEqual(['rusak.cjs', 'x.csv']);
  }, 60_000);
  it('a refused run (exit 2) leaves no empty output files; a run over an earlier output replaces its files', () => {
    const dir = keluar();
    const o = join(dir, 'o');
    expect(jalankan(['pak', join(fixtures, 'koma.csv'), '--keluar', o]).kode).toBe(0);
    writeFileSync(join(o, 'pak', 'lama.html'), 'x');
    writeFileSync(join(o, 'milik-operator.txt'), 'x');
    writeFileSync(join(dir, 'kosong.csv'), 'Tanpa,Judul,Yang,Dikenal\n1,2,3,4\n');
    expect(jalankan(['pak', join(dir, 'kosong.csv'), '--keluar', join(dir, 'baru')]).kode).toBe(2);
    expect(existsSync(join(dir, 'baru'))).toBe(false);
    expect(jalankan(['pak', join(fixtures, 'buruk.csv'), '--keluar', o]).kode).toBe(1);
    // buruk.csv's one guru has a refused line: held, no page (and the earlier page is gone).
    expect(readdirSync(join(o, 'pak'))).toEqual([]);
    expect(existsSync(join(o, 'milik-operator.txt'))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('sementara'))).toEqual([]);
  }, 60_000);
  it('--pdf --gabung --tanpa-html writes one pak.pdf and no HTML; without --pdf the pair is refused; a missing --kop file is named', () => {
    const o = keluar();
    const r = jalankan(['pak', join(fixtures, 'koma.csv'), '--pdf', '--gabung', '--tanpa-html', '--keluar', o]);
    expect(r.stderr).toBe('');
    expect(r.kode).toBe(0);
    expect(readdirSync(o).sort()).toEqual([
      'diterima.csv',
      'galat.csv',
      'pak.pdf',
      'ringkasan-unit.csv',
      'ringkasan.csv',
    ]);
    const tanpa = jalankan(['pak', join(fixtures, 'koma.csv'), '--gabung', '--tanpa-html', '--keluar', keluar()]);
    expect(tanpa.kode).toBe(2);
    expect(tanpa.stderr).toContain('--pdf --gabung --tanpa-html');
    const kop = jalankan(['pak', join(fixtures, 'koma.csv'), '--kop', 'tidak-ada.json', '--keluar', keluar()]);
    expect(kop.kode).toBe(2);
    expect(kop.stderr).toBe(
      `galat: --kop: Berkas tidak-ada.json tidak ada. Periksa nama dan foldernya (dicari dari folder ${root}); nama yang berspasi ditulis dalam tanda kutip.\n`,
    );
  });
  it('pages ready to sign: the letterhead from --kop (a number per guru), the identity from --pegawai (SIASN Data Pegawai)', () => {
    const dir = keluar();
    const kop = {
      _catatan: 'kop 2027',
      instansi: 'Dinas Pendidikan Kota Kupang',
      nomor: '800.1.11.1/{urut:4}/PAK/2027',
      urutMulai: 17,
      tempat: 'Kupang',
      tanggal: '20-01-2027',
      penetap: {
        nama: 'Drs. Yohanes Bena, M.Si.',
        nip: '19680712 199403 1 006',
        pangkat: 'Pembina Utama Muda, IV/c',
        jabatan: 'Kepala Dinas Pendidikan Kota Kupang',
      },
      tembusan: ['Kepala Kantor Regional X BKN'],
    };
    writeFileSync(join(dir, 'kop.json'), JSON.stringify(kop));
    const o = join(dir, 'o');
    const r = jalankan([
      'pak',
      join(fixtures, 'template-pak-daerah.csv'),
      '--kop',
      join(dir, 'kop.json'),
      '--pegawai',
      join(fixtures, 'siasn-data-pegawai.csv'),
      '--keluar',
      o,
    ]);
    expect(r.stderr).toBe('');
    expect(r.kode).toBe(0);
    // The identity file's columns: those taken, and those not, said before the summary.
    expect(r.stdout).toMatch(
      /^--pegawai \S+siasn-data-pegawai\.csv: dicocokkan dengan NIP BARU; kolom identitas: GOL AKHIR NAMA, GELAR DEPAN, .*, UNOR NAMA; tidak dipakai: PNS ID, NIP LAMA, NAMA, .* dan \d+ lainnya$/m,
    );
    // Guru in the order of unit kerja, then NIP: SD Negeri 3 Oebobo first, SMP Negeri 1 Kupang second; each document
    // (Konversi, Akumulasi, Penetapan) its own nomor, counted on from urutMulai, never twice in the run.
    const yohanes = readFileSync(join(o, 'pak', '198701012010012001.html'), 'utf8');
    const siti = readFileSync(join(o, 'pak', '197505152000032004.html'), 'utf8');
    const nomor = (h: string) => [...h.matchAll(/NOMOR: ([^<]+)/g)].map((m) => m[1]);
    expect(nomor(yohanes)).toEqual([
      '800.1.11.1/0017/PAK/2027',
      '800.1.11.1/0018/PAK/2027',
      '800.1.11.1/0019/PAK/2027',
    ]);
    expect(nomor(siti)).toEqual(['800.1.11.1/0020/PAK/2027', '800.1.11.1/0021/PAK/2027', '800.1.11.1/0022/PAK/2027']);
    for (const h of [yohanes, siti]) {
      expect(h).toContain('<p class="kop">Dinas Pendidikan Kota Kupang</p>');
      expect(h).toContain('<div>Ditetapkan di Kupang</div>');
      expect(h).toContain('<div>pada tanggal 20 Januari 2027</div>');
      expect(h).toContain('<div>NIP 196807121994031006</div>');
      expect(h).toContain('<div>Pembina Utama Muda, IV/c</div>');
      expect(h).toContain('<li>Kepala Kantor Regional X BKN</li>');
      expect(h).not.toContain('…');
    }
    // The identity from SIASN's Data Pegawai export: gelar not doubled, dates and sex as the form prints them.
    expect(siti).toContain('<td class="label">Nama</td><td>Dra. SITI AMINAH, M.Pd.</td>');
    expect(siti).toContain('<td class="label">Tempat/Tgl. Lahir</td><td>KUPANG, 15 Mei 1975</td>');
    expect(siti).toContain('<td class="label">Jenis Kelamin</td><td>Perempuan</td>');
    expect(siti).toContain(
      '<td class="label">Pangkat/Golongan Ruang/TMT</td><td>Pembina Tingkat I, IV/b / 1 April 2018</td>',
    );
    expect(siti).toContain('Instansi: Pemerintah Kota Kupang');
    // The conventional AK column of the template is read: AK Integrasi 150,63, not 0,00; Yohanes has none: absent.
    expect(siti).toContain('<td class="angka">150,63</td>');
    expect(yohanes).toContain('— (tidak ada)');
    expect(yohanes).toContain('<td class="label">Jenis Kelamin</td><td>Laki-laki</td>');
  }, 60_000);
  it('a letterhead file that is wrong is refused before anything is read, with what to write', () => {
    const dir = keluar();
    const coba = (isi: string) => {
      writeFileSync(join(dir, 'kop.json'), isi);
      return jalankan(['pak', join(fixtures, 'koma.csv'), '--kop', join(dir, 'kop.json'), '--keluar', join(dir, 'o')]);
    };
    const tidakJson = coba('{ nomor: 1 ');
    expect(tidakJson.kode).toBe(2);
    expect(tidakJson.stderr).toMatch(
      /^galat: --kop .*kop\.json: bukan JSON yang dapat dibaca .* Contoh isi: \{"pemerintah"/,
    );
    const salah = coba(JSON.stringify({ nomer: 'x', tempat: 3, penetap: { nama: 'A' } }));
    expect(salah.kode).toBe(2);
    expect(salah.stderr).toContain('kunci tidak dikenal nomer');
    expect(salah.stderr).toContain('tempat harus teks');
    expect(salah.stderr).toContain('penetap.nip harus teks');
    const tanpaUrut = coba(JSON.stringify({ nomor: '800/PAK/2027' }));
    expect(tanpaUrut.stderr).toContain('tidak memuat {urut}');
    expect(coba(JSON.stringify({ tanggal: '31-02-2027' })).stderr).toContain('tanggal "31-02-2027" bukan tanggal');
    expect(coba(JSON.stringify({ penetap: { nama: 'A', nip: '123', jabatan: 'B' } })).stderr).toContain(
      'penetap.nip "123" bukan NIP 18 angka',
    );
    expect(existsSync(join(dir, 'o'))).toBe(false);
  }, 60_000);
  it('misuse exits 2 with a message; --help explains each subcommand with an example', () => {
    expect(jalankan(['pak']).kode).toBe(2);
    expect(jalankan(['pak', 'tidak-ada.csv']).stderr).toContain('tidak ada');
    // A folder given as the file: said so, with what to give instead (it was "cannot read or write  (EISDIR)").
    const folder = jalankan(['pak', fixtures]);
    expect(folder.kode).toBe(2);
    expect(folder.stderr).toBe(
      `galat: ${fixtures} adalah folder, bukan berkas. Sebutkan berkasnya, mis. ${join(fixtures, 'guru.csv')}.\n`,
    );
    expect(jalankan(['lain', 'x']).kode).toBe(2);
    expect(jalankan(['pak', join(fixtures, 'koma.csv'), '--ketentuan', '2099']).kode).toBe(2);
    expect(jalankan(['pak', join(fixtures, 'koma.csv'), '--tidak-ada']).kode).toBe(2);
    for (const p of ['pak', 'rekonsiliasi', 'kenaikan', 'kolom', 'skema', 'help']) {
      const h = jalankan([p, '--help']);
      expect(h.kode).toBe(0);
      expect(h.stdout).toMatch(/Contoh: npx pengelolaan-kinerja /);
    }
    expect(jalankan(['help', 'pak']).stdout).toBe(jalankan(['pak', '--help']).stdout);
  }, 120_000);
  it('--pegawai from a SIMPEG mirror table exported as CSV (snake_case headers, every cell quoted, NULL for empty): matched by nip_baru, NULL printed as nothing', () => {
    const dir = keluar();
    const f = join(dir, 'siasn_simpeg_pegawai.csv');
    writeFileSync(
      f,
      '"pns_id","nip_baru","nip_lama","nama","gelar_depan","gelar_belakang","tempat_lahir_nama","tanggal_lahir","jenis_kelamin"\n' +
        '"A5E1","197505152000032004",NULL,"SITI AMINAH",NULL,"M.Pd.","KUPANG","15-05-1975",NULL\n',
    );
    const r = jalankan(['pak', join(fixtures, 'koma.csv'), '--pegawai', f, '--keluar', join(dir, 'o')]);
    expect(r.kode).toBe(0);
    expect(r.stdout).toMatch(
      /^--pegawai \S+siasn_simpeg_pegawai\.csv: dicocokkan dengan nip_baru; kolom identitas: gelar_depan, gelar_belakang, tempat_lahir_nama, tanggal_lahir, jenis_kelamin; tidak dipakai: pns_id, nip_lama, nama$/m,
    );
    const h = readFileSync(join(dir, 'o', 'pak', '197505152000032004.html'), 'utf8');
    expect(h).not.toContain('NULL');
    expect(h).toContain('KUPANG, 15 Mei 1975');
    expect(r.stdout).not.toMatch(/identitas tidak terbaca/);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
  it("the help's example names the shipped sample by a path that works from the current folder (the package ships it)", () => {
    const paket = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
    expect(paket.files).toContain('examples/data');
    // The bin under test is the packed package's: its own sample, by a relative path from a folder above it (a project
    // that installed it), by the whole path from elsewhere (npx).
    const sampel = join(PAKET_UJI, 'examples', 'data');
    for (const [cwd, awal] of [
      [root, `${relative(root, sampel)}${sep}`],
      // A new folder, not above the package (tmpdir() itself may be above a clone that CI makes in it).
      [keluar(), `${sampel}${sep}`],
    ] as const) {
      const h = spawnSync(process.execPath, [bin, 'pak', '--help'], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, CI: '1' },
      });
      const contoh = /^Contoh: npx pengelolaan-kinerja pak (\S+) --kop (\S+)/m.exec(h.stdout);
      expect(contoh?.[1]).toBe(`${awal}guru.csv`);
      expect(existsSync(resolve(cwd, contoh![1]!))).toBe(true);
      expect(existsSync(resolve(cwd, contoh![2]!))).toBe(true);
    }
  }, 60_000);
  it('the command table: the general help lists every command, an unknown one is refused with the list, options belong to their command', () => {
    const umum = jalankan(['help']);
    expect(umum.kode).toBe(0);
    for (const p of ['pak', 'kenaikan', 'rekonsiliasi', 'kolom', 'skema', 'help'])
      expect(umum.stdout).toMatch(new RegExp(`^  ${p} `, 'm'));
    expect(jalankan(['--help']).stdout).toBe(umum.stdout);
    const tanpa = jalankan([]);
    expect(tanpa.kode).toBe(2);
    expect(tanpa.stdout).toBe(umum.stdout);
    const lain = jalankan(['rekonsiliasii', 'a.csv', 'b.csv']);
    expect(lain.kode).toBe(2);
    expect(lain.stderr).toBe(
      'galat: Perintah "rekonsiliasii" tidak dikenal. Perintah: pak, kenaikan, rekonsiliasi, kolom, skema, help. Lihat: pengelolaan-kinerja help\n',
    );
    expect(lain.stdout).toBe('');
    const bukanMiliknya = jalankan(['kolom', join(fixtures, 'koma.csv'), '--kop', 'kop.json']);
    expect(bukanMiliknya.kode).toBe(2);
    expect(bukanMiliknya.stderr).toBe(
      'galat: opsi --kop tidak berlaku untuk kolom.\nLihat: pengelolaan-kinerja help kolom\n',
    );
    const kurang = jalankan(['rekonsiliasi', join(fixtures, 'koma.csv'), '--bahasa', 'en']);
    expect(kurang.kode).toBe(2);
    expect(kurang.stderr).toBe(
      'error: rekonsiliasi takes 2 argument(s) (rekonsiliasi <local> <siasn-export>). See: pengelolaan-kinerja help rekonsiliasi\n',
    );
  }, 60_000);
  it('--version prints the package version; --bahasa en (or its alias --lang en) speaks English', () => {
    const v = jalankan(['--version']);
    expect(v.kode).toBe(0);
    expect(v.stdout).toBe(`${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
    const en = jalankan(['help', '--bahasa', 'en']);
    expect(en.stdout).toMatch(/^pengelolaan-kinerja <command> \[options\]\n/);
    expect(jalankan(['help', '--lang', 'en']).stdout).toBe(en.stdout);
    expect(jalankan(['help', '--bahasa=en']).stdout).toBe(en.stdout);
    const salah = jalankan(['help', '--bahasa', 'fr']);
    expect(salah.kode).toBe(2);
    expect(salah.stderr).toBe('galat: --bahasa harus id atau en.\n');
  }, 60_000);
  it('--ketentuan overrides the rule set of every row and says so', () => {
    const o = keluar();
    const r = jalankan(['pak', join(fixtures, 'koma.csv'), '--keluar', o, '--ketentuan', '2024']);
    // koma.csv: the 2 rows of 2024 keep their rule set, the 4 rows of 2025 and 2026 are moved.
    expect(r.stdout).toContain('ketentuan 2024: 4 baris dihitung dengan ketentuan lain dari ketentuan periodenya');
    expect(
      readFileSync(join(o, 'diterima.csv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .every((l) => l.split(',').at(-2) === '2024'),
    ).toBe(true);
  });
  it('kenaikan, rekonsiliasi and skema on the shipped sample', () => {
    const o = keluar();
    const k = jalankan(['kenaikan', join(fixtures, 'koma.csv'), '--keluar', o]);
    expect(k.kode).toBe(0);
    expect(k.stdout).toMatch(/^kolom dipakai: NIP → nip, Nama → nama, /);
    expect(readFileSync(join(o, 'kenaikan.csv'), 'utf8')).toContain(
      'SD Negeri 3 Oebobo,"=""198701012010012001""","Yohanes <Bena> & ""Putra""",III/d,ahli-muda,150.00,jenjang,IV/a,200,-50.00',
    );
    // The shipped SIASN export is keyed by PNS ID (column pns), as SIASN's own rw-angkakredit export is.
    const r = jalankan([
      'rekonsiliasi',
      'examples/data/guru.csv',
      'examples/data/siasn-rw-angkakredit.csv',
      '--keluar',
      o,
    ]);
    expect(r.kode).toBe(1);
    expect(r.stdout).toContain('dicocokkan dengan PNS ID');
    const rek = readFileSync(join(o, 'rekonsiliasi.csv'), 'utf8');
    expect(rek).toContain(';angka-kredit-berbeda;siasn;');
    expect(rek).toContain(';baris-ganda;siasn;');
    const s = jalankan(['skema', join(o, 'skema')]);
    expect(s.kode).toBe(0);
    expect(existsSync(join(o, 'skema', 'pak-penetapan.json'))).toBe(true);
  }, 60_000);
  it("rekonsiliasi on SIASN's own rw-angkakredit export (PNS ID, sic spellings): golden, exit 1 on differences, 0 when none; --kolom applies to the SIASN file", () => {
    const o = keluar();
    const r = jalankan([
      'rekonsiliasi',
      join(fixtures, 'template-pak-daerah.csv'),
      join(fixtures, 'siasn-rw-angkakredit.csv'),
      '--keluar',
      o,
    ]);
    expect(r.stderr).toBe('');
    expect(r.kode).toBe(1);
    expect(r.stdout).toMatch(/^rekonsiliasi: 1 cocok, 3 selisih, 0 baris ditolak, dicocokkan dengan PNS ID → /);
    cocokGolden('rekonsiliasi-siasn', o);
    // The same export with its headers renamed, mapped back with --kolom (SIASN's field names as keys).
    const dir = keluar();
    const asli = readFileSync(join(fixtures, 'siasn-rw-angkakredit.csv'), 'utf8').split('\n');
    writeFileSync(
      join(dir, 'siasn.csv'),
      [asli[0]!.replace(',pns,', ',ID PNS,').replace('kreditBaruTotal', 'Total AK'), ...asli.slice(1)].join('\n'),
    );
    writeFileSync(join(dir, 'peta.json'), JSON.stringify({ pns: 'ID PNS', kreditBaruTotal: 'Total AK' }));
    const o2 = keluar();
    expect(
      jalankan([
        'rekonsiliasi',
        join(fixtures, 'template-pak-daerah.csv'),
        join(dir, 'siasn.csv'),
        '--kolom',
        join(dir, 'peta.json'),
        '--keluar',
        o2,
      ]).kode,
    ).toBe(1);
    expect(isi(o2)).toEqual(isi(o));
    // Only the rows both sides agree on: no difference, exit 0.
    writeFileSync(join(dir, 'siasn-sama.csv'), [asli[0], asli[2]].join('\n'));
    const lokal = readFileSync(join(fixtures, 'template-pak-daerah.csv'), 'utf8').split(/\r?\n/);
    writeFileSync(join(dir, 'lokal.csv'), [lokal[0], lokal[1]].join('\r\n'));
    const sama = jalankan(['rekonsiliasi', join(dir, 'lokal.csv'), join(dir, 'siasn-sama.csv'), '--keluar', keluar()]);
    expect(sama.stdout).toMatch(/^rekonsiliasi: 1 cocok, 0 selisih/);
    expect(sama.kode).toBe(0);
  }, 60_000);
  it("rekonsiliasi on SIASN's rw-skp22 export: the yearly predikat against its kuadran codes 1–5, keyed by pnsDinilaiId", () => {
    const o = keluar();
    const r = jalankan([
      'rekonsiliasi',
      join(fixtures, 'template-pak-daerah.csv'),
      join(fixtures, 'siasn-rw-skp22.csv'),
      '--keluar',
      o,
    ]);
    expect(r.kode).toBe(1);
    expect(r.stdout).toMatch(
      /^rekonsiliasi \(SKP tahunan, rw-skp22\): 0 cocok, 3 selisih, 0 baris ditolak, dicocokkan dengan PNS ID → /,
    );
    cocokGolden('rekonsiliasi-skp22', o);
    // Kuadran 1 (Sangat Baik) in SIASN for 2024 against Baik in the local file.
    expect(readFileSync(join(o, 'rekonsiliasi.csv'), 'utf8')).toContain(
      ';predikat-berbeda;siasn;3;kuadranKinerjaNilai;"siasn.skp22[1].kuadranKinerjaNilai: SKP 2024: SIASN sangat-baik, lokal baik."',
    );
  }, 60_000);
  it('kolom <file> writes the column map the reader uses, ready to edit and pass back as --kolom', () => {
    const dir = keluar();
    const r = jalankan(['kolom', join(fixtures, 'siasn-data-pegawai.csv')]);
    expect(r.kode).toBe(0);
    const peta = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(peta['nip']).toBe('NIP BARU');
    expect(peta['golongan']).toBe('GOL AKHIR NAMA');
    expect(peta['predikat']).toBe('');
    expect(r.stderr).toContain('--kolom peta.json');
    // A header error names every missing field, the headers accepted, the map line and the kolom subcommand.
    const salah = jalankan(['pak', join(fixtures, 'siasn-rw-skp22.csv'), '--keluar', join(dir, 'o')]);
    expect(salah.kode).toBe(2);
    for (const m of [
      'Kolom nip tidak ditemukan',
      'Kolom nama tidak ditemukan',
      'Kolom golongan tidak ditemukan',
      'Judul yang dikenal: "NIP", "NIP BARU"',
      '--kolom peta.json',
      'pengelolaan-kinerja kolom <berkas>',
    ])
      expect(salah.stderr).toContain(m);
    expect(existsSync(join(dir, 'o'))).toBe(false);
    // The map, filled in, makes the file readable.
    writeFileSync(join(dir, 'peta.json'), JSON.stringify({ ...peta, predikat: '', kuadran: 'KuadranKinerjaNilai' }));
    expect(jalankan(['kolom', join(fixtures, 'siasn-data-pegawai.csv'), '--kolom', join(dir, 'peta.json')]).kode).toBe(
      0,
    );
  }, 60_000);
});

// Property: for generated rows, every row is in exactly one output (diterima.csv or galat.csv), and the
// summary's totals equal the library's functions called directly.
describe('pak: every row accounted for, totals as the library computes them', () => {
  const baris = fc.array(
    fc.record({
      guru: fc.integer({ min: 0, max: 4 }),
      tahun: fc.integer({ min: 2023, max: 2027 }),
      mulai: fc.integer({ min: 1, max: 13 }),
      panjang: fc.integer({ min: 0, max: 11 }),
      predikat: fc.oneof(fc.constantFrom(...PREDIKAT), fc.constant('Luar Biasa' as Predikat)),
    }),
    { minLength: 1, maxLength: 25 },
  );
  it('holds for generated files', () => {
    fc.assert(
      fc.property(baris, (rows) => {
        const dir = keluar();
        const csv = [
          'NIP,Nama,Golongan,Tahun,Bulan Mulai,Bulan Selesai,Predikat',
          ...rows.map(
            (r) =>
              `19900101201503200${r.guru},Guru ${r.guru},III/c,${r.tahun},${r.mulai},${Math.min(13, r.mulai + r.panjang)},${r.predikat}`,
          ),
        ].join('\n');
        writeFileSync(join(dir, 'in.csv'), csv);
        const hasil = jalankan(['pak', join(dir, 'in.csv'), '--keluar', join(dir, 'out'), '--tanpa-html']);
        const refused =
          readFileSync(join(dir, 'out', 'galat.csv'), 'utf8')
            .trim()
            .split('\n').length > 1;
        expect(hasil.kode).toBe(refused ? 1 : 0);
        const baca = (f: string) =>
          readFileSync(join(dir, 'out', f), 'utf8')
            .trim()
            .split('\n')
            .slice(1)
            .filter(Boolean);
        const diterima = baca('diterima.csv').map((l) => Number(l.split(',')[0]));
        const ditolak = [...new Set(baca('galat.csv').map((l) => Number(l.split(',')[0])))];
        expect([...diterima, ...ditolak].sort((a, b) => a - b)).toEqual(rows.map((_, i) => i + 2));
        // A guru with a refused line is held, without figures; the others' totals: their accepted rows, through the
        // library directly.
        for (const l of baca('ringkasan.csv')) {
          const nip = l.split(',')[1]!;
          const tertolak = baca('galat.csv').some((x) => x.split(',')[1] === nip);
          expect(l.split(',')[18]).toBe(tertolak ? 'ditunda' : 'lengkap');
          if (tertolak) {
            expect(l.split(',')[9]).toBe('');
            continue;
          }
          const rekam = baca('diterima.csv')
            .filter((x) => x.split(',')[1] === nip)
            .map((x) => {
              const c = x.split(',');
              return createRekamAngkaKredit({
                tahun: Number(c[5]),
                bulanMulai: Number(c[6]),
                bulanAkhir: Number(c[7]),
                jenjang: 'ahli-muda',
                predikat: c[9] as Predikat,
              });
            });
          const p = createPakPenetapan({
            pegawai: { nama: 'x', nip: nip.replace(/^"=""(\d+)"""$/, '$1'), golongan: 'III/c' },
            konversi: rekam,
          });
          expect(p.success && formatAngkaKredit(p.data.akKumulatif)).toBe(l.split(',')[9]);
        }
        hasil.kode === 1 ? expect(ditolak.length).toBeGreaterThan(0) : expect(ditolak).toEqual([]);
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
