import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  allowedEventsSiklus,
  deriveKetentuan,
  KETENTUAN_2024,
  LANGKAH_SIKLUS,
  progresSiklus,
  replaySiklus,
  startAlurRencana,
  startSiklus,
  statusSiklus,
  transitionSiklus,
  type PeristiwaSiklus,
  unwrap,
  type Siklus,
} from '../../src';
import { rencanaSeed } from '../perencanaan/fixtures';
import { ATASAN, DATA, LANGKAH_ISIAN, PADA, PEGAWAI, PELAKU, siklusBaru } from './fixtures';

/** Every object reachable from `v` is frozen (the library's values are immutable all the way down). */
function bekuSeluruhnya(v: unknown, jalur = '$'): string | null {
  if (v === null || typeof v !== 'object') return null;
  if (!Object.isFrozen(v)) return jalur;
  for (const [k, x] of Object.entries(v)) {
    const salah = bekuSeluruhnya(x, `${jalur}.${k}`);
    if (salah !== null) return salah;
  }
  return null;
}

const jam = (d: string, h = 8) => `${d}T${String(h).padStart(2, '0')}:00:00+07:00`;

function walk(s: Siklus, sampai = 5): Siklus {
  for (const langkah of LANGKAH_ISIAN.slice(0, sampai)) {
    s = unwrap(
      transitionSiklus(s, {
        jenis: 'simpan-draf',
        langkah,
        oleh: PELAKU[langkah],
        pada: jam(PADA[langkah], 8),
        data: DATA[langkah],
      } as PeristiwaSiklus),
    );
    s = unwrap(
      transitionSiklus(s, { jenis: 'kumpulkan', langkah, oleh: PELAKU[langkah], pada: jam(PADA[langkah], 9) }),
    );
  }
  return s;
}

describe('replaySiklus with validasi tepercaya', () => {
  const stored = () => JSON.parse(JSON.stringify(walk(siklusBaru()).riwayat)) as Record<string, unknown>[];

  it('copies, never takes over, the stored objects', () => {
    const h = stored();
    const s = unwrap(replaySiklus(h, { validasi: 'tepercaya' }));
    (h[1]!['data'] as { targetPerilaku: unknown[] }).targetPerilaku.length = 0;
    expect(s.riwayat[1]).toMatchObject({ data: { targetPerilaku: DATA['diskusi-persiapan'].targetPerilaku } });
  });

  it('trusts payloads: a tampered text passes where the full replay refuses it (documented)', () => {
    const h = stored();
    (h[1]!['data'] as { jadwalObservasi: { catatan: string } }).jadwalObservasi.catatan = 'x'.repeat(501);
    const penuh = replaySiklus(h);
    expect(!penuh.success && penuh.issues[0]?.code).toBe('teks-terlalu-panjang');
    expect(replaySiklus(h, { validasi: 'tepercaya' }).success).toBe(true);
  });

  it('still checks the shape it relies on, and the options', () => {
    const h = stored();
    const code = (x: unknown[], opsi: object = { validasi: 'tepercaya' }) => {
      const r = replaySiklus(x, opsi);
      return r.success ? null : [r.issues[0]?.code, r.issues[0]?.path];
    };
    expect(code([{ ...h[0], jenis: 'buat' }, ...h.slice(1)])).toEqual(['peristiwa-tidak-valid', [0]]);
    expect(code([h[0], { ...h[1], pada: '2024-02-30T08:00:00+07:00' }])).toEqual(['peristiwa-tidak-valid', [1]]);
    expect(code([h[0], { ...h[1], data: [] }])).toEqual(['peristiwa-tidak-valid', [1]]);
    expect(code([h[0], { ...h[0] }])).toEqual(['peristiwa-tidak-valid', [1]]);
    expect(code([h[0], { ...h[1], oleh: { peran: 'atasan' } }])).toEqual([
      'aktor-tidak-berwenang',
      [1, 'oleh', 'peran'],
    ]);
    expect(code([h[0], new Date()])).toEqual(['riwayat-tidak-valid', []]);
    expect(code(h, { validasi: 'cepat' })).toEqual(['opsi-tidak-valid', ['validasi']]);
  });
});

describe("the seeds' cycle", () => {
  it('starts only from an agreed plan', () => {
    const draf = startAlurRencana(rencanaSeed(), { oleh: PEGAWAI, pada: jam('2024-01-05') });
    const r = startSiklus(draf, { oleh: PEGAWAI, pada: jam('2024-02-01') });
    expect(!r.success && r.issues[0]?.code).toBe('rencana-belum-disepakati');
  });

  it('walks A to penilaian with the seed observation', () => {
    let s = siklusBaru();
    expect(s.langkah).toBe('diskusi-persiapan');
    expect(progresSiklus(s)).toEqual({ selesai: 0, total: 5, persen: 0 });
    s = walk(s, 2);
    expect(s.langkah).toBe('diskusi-tindak-lanjut');
    if (s.langkah === 'diskusi-tindak-lanjut') {
      expect(s.hasil['diskusi-persiapan'].jadwalObservasi).toMatchObject({
        tanggal: '2024-03-01',
        kelas: '2',
        mataPelajaran: 'Matematika',
      });
      expect(s.hasil['observasi-kinerja'].nilai.map((n) => n.nilai)).toEqual([
        'dilakukan-efektif',
        'belum-dilakukan',
        'dilakukan-belum-efektif',
      ]);
      expect(s.hasil['observasi-kinerja'].rekomendasi).toBe('Mempelajari strategi pengelompokkan.');
    }
    expect(progresSiklus(s).persen).toBe(40);
    s = walk(s, 0);
    for (const langkah of LANGKAH_ISIAN.slice(2)) {
      s = unwrap(
        transitionSiklus(s, {
          jenis: 'simpan-draf',
          langkah,
          oleh: PELAKU[langkah],
          pada: jam(PADA[langkah], 8),
          data: DATA[langkah],
        } as PeristiwaSiklus),
      );
      s = unwrap(
        transitionSiklus(s, { jenis: 'kumpulkan', langkah, oleh: PELAKU[langkah], pada: jam(PADA[langkah], 9) }),
      );
    }
    expect(s.langkah).toBe('penilaian');
    expect(progresSiklus(s)).toEqual({ selesai: 5, total: 5, persen: 100 });
    expect(allowedEventsSiklus(s, PEGAWAI)).toEqual([]);
    expect(statusSiklus(s, '2024-06-20').terlambat).toEqual([]);
    expect(Object.isFrozen(s)).toBe(true);
  });

  it('lets only the atasan rate the observation', () => {
    const s = walk(siklusBaru(), 1);
    expect(allowedEventsSiklus(s, PEGAWAI)).toEqual([]);
    expect(allowedEventsSiklus(s, ATASAN)).toEqual([
      { jenis: 'simpan-draf', langkah: 'observasi-kinerja' },
      { jenis: 'kumpulkan', langkah: 'observasi-kinerja' },
    ]);
    const r = transitionSiklus(s, {
      jenis: 'simpan-draf',
      langkah: 'observasi-kinerja',
      oleh: PEGAWAI,
      pada: jam('2024-03-01'),
      data: DATA['observasi-kinerja'],
    } as PeristiwaSiklus);
    expect(!r.success && r.issues[0]?.code).toBe('aktor-tidak-berwenang');
  });

  it('refuses skipping, going back, incomplete steps and bad data with coded issues', () => {
    const s = siklusBaru();
    // Events that do not type-check reach the transition as an untyped caller's would (JSON, JavaScript).
    const code = (e: unknown, at: Siklus = s) => {
      const r = transitionSiklus(at, e as PeristiwaSiklus);
      return r.success ? [] : r.issues.map((i) => i.code);
    };
    expect(code({ jenis: 'kumpulkan', langkah: 'observasi-kinerja', oleh: ATASAN, pada: jam('2024-03-01') })).toEqual([
      'langkah-belum-terbuka',
    ]);
    expect(code({ jenis: 'kumpulkan', langkah: 'diskusi-persiapan', oleh: PEGAWAI, pada: jam('2024-02-20') })[0]).toBe(
      'langkah-belum-lengkap',
    );
    expect(
      code({
        jenis: 'simpan-draf',
        langkah: 'diskusi-persiapan',
        oleh: PEGAWAI,
        pada: jam('2024-02-20'),
        data: { jadwalObservasi: { tanggal: '2024-02-31' } },
      })[0],
    ).toBe('data-tidak-valid');
    expect(
      code({
        jenis: 'simpan-draf',
        langkah: 'diskusi-persiapan',
        oleh: PEGAWAI,
        pada: jam('2024-02-20'),
        data: { targetPerilaku: [{ fokus: 'x', upayaMempelajari: 'y'.repeat(501) }] },
      }),
    ).toEqual(['teks-terlalu-panjang']);
    expect(code({ jenis: 'mulai', oleh: PEGAWAI, pada: jam('2024-02-20'), rencana: rencanaSeed() })).toEqual([
      'peristiwa-tidak-diizinkan',
    ]);
    expect(code({ jenis: 'kumpulkan', langkah: 'diskusi-persiapan', oleh: PEGAWAI, pada: jam('2024-01-01') })).toEqual([
      'waktu-mundur',
    ]);
    expect(code(42)[0]).toBe('peristiwa-tidak-valid');
    const b = walk(s, 1);
    expect(
      code({ jenis: 'simpan-draf', langkah: 'diskusi-persiapan', oleh: PEGAWAI, pada: jam('2024-03-01'), data: {} }, b),
    ).toEqual(['langkah-sudah-dikumpulkan']);
  });

  it('checks each step against the ones before it', () => {
    const code = (s: Siklus, langkah: (typeof LANGKAH_ISIAN)[number], data: unknown) => {
      const saved = unwrap(
        transitionSiklus(s, {
          jenis: 'simpan-draf',
          langkah,
          oleh: PELAKU[langkah],
          pada: jam(PADA[langkah], 8),
          data,
        } as PeristiwaSiklus),
      );
      const r = transitionSiklus(saved, {
        jenis: 'kumpulkan',
        langkah,
        oleh: PELAKU[langkah],
        pada: jam(PADA[langkah], 9),
      });
      return r.success ? [] : r.issues.map((i) => i.code);
    };
    const a = DATA['diskusi-persiapan'];
    expect(
      code(siklusBaru(), 'diskusi-persiapan', { ...a, targetPerilaku: [{ fokus: 'menari', upayaMempelajari: 'x' }] }),
    ).toEqual(['fokus-tidak-dikenal']);
    expect(
      code(walk(siklusBaru(), 1), 'observasi-kinerja', {
        ...DATA['observasi-kinerja'],
        nilai: DATA['observasi-kinerja'].nilai.slice(1),
      }),
    ).toEqual(['fokus-belum-dinilai']);
    expect(
      code(walk(siklusBaru(), 3), 'upaya-tindak-lanjut', { buktiDukung: { 'rhk-1': 'sudah-dikumpulkan' } }),
    ).toEqual(['bukti-belum-lengkap']);
    expect(
      code(walk(siklusBaru(), 3), 'upaya-tindak-lanjut', {
        buktiDukung: { 'rhk-1': 'sudah-dikumpulkan', 'rhk-2': 'sudah-dikumpulkan', 'rhk-9': 'sudah-dikumpulkan' },
      }),
    ).toEqual(['rhk-tidak-dikenal']);
    const e = DATA['refleksi-tindak-lanjut'].refleksi[0];
    expect(
      code(walk(siklusBaru(), 4), 'refleksi-tindak-lanjut', { refleksi: [{ ...e, tindakLanjutId: 'tl-9' }] }),
    ).toEqual(['refleksi-belum-lengkap', 'tindak-lanjut-tidak-dikenal']);
    expect(
      code(walk(siklusBaru(), 2), 'diskusi-tindak-lanjut', {
        ...DATA['diskusi-tindak-lanjut'],
        tindakLanjut: [
          { ...DATA['diskusi-tindak-lanjut'].tindakLanjut[0], periode: { mulai: '2024-05-01', selesai: '2024-04-01' } },
        ],
      }),
    ).toEqual(['periode-terbalik']);
  });

  it('starts D with every agreed RHK not yet collected; drafts stay editable until submitted', () => {
    let s = walk(siklusBaru(), 3);
    expect(s.draf).toEqual({ buktiDukung: { 'rhk-1': 'belum-dikumpulkan', 'rhk-2': 'belum-dikumpulkan' } });
    s = unwrap(
      transitionSiklus(s, {
        jenis: 'simpan-draf',
        langkah: 'upaya-tindak-lanjut',
        oleh: PEGAWAI,
        pada: jam('2024-04-10'),
        data: { buktiDukung: { 'rhk-1': 'sudah-dikumpulkan', 'rhk-2': 'belum-dikumpulkan' } },
      } as PeristiwaSiklus),
    );
    s = unwrap(
      transitionSiklus(s, {
        jenis: 'simpan-draf',
        langkah: 'upaya-tindak-lanjut',
        oleh: PEGAWAI,
        pada: jam('2024-04-11'),
        data: DATA['upaya-tindak-lanjut'],
      } as PeristiwaSiklus),
    );
    expect(s.draf).toEqual(DATA['upaya-tindak-lanjut']);
  });

  it('flags late steps by default and refuses them under a strict policy', () => {
    const s = siklusBaru();
    expect(statusSiklus(s, '2024-03-05').terlambat).toEqual([
      { langkah: 'diskusi-persiapan', batas: '2024-02-29', hari: 5, dikumpulkan: false },
    ]);
    const late = unwrap(
      transitionSiklus(
        unwrap(
          transitionSiklus(s, {
            jenis: 'simpan-draf',
            langkah: 'diskusi-persiapan',
            oleh: PEGAWAI,
            pada: jam('2024-03-02'),
            data: DATA['diskusi-persiapan'],
          } as PeristiwaSiklus),
        ),
        { jenis: 'kumpulkan', langkah: 'diskusi-persiapan', oleh: PEGAWAI, pada: jam('2024-03-03') },
      ),
    );
    expect(statusSiklus(late, '2024-03-04').terlambat).toEqual([
      { langkah: 'diskusi-persiapan', batas: '2024-02-29', hari: 3, dikumpulkan: true },
    ]);
    expect(statusSiklus(late, '2024-03-04').langkah).toBe('observasi-kinerja');
    const strict = unwrap(
      deriveKetentuan(KETENTUAN_2024, { kebijakan: { ...KETENTUAN_2024.kebijakan, keterlambatan: 'tolak' } }),
    );
    const saved = unwrap(
      transitionSiklus(
        s,
        {
          jenis: 'simpan-draf',
          langkah: 'diskusi-persiapan',
          oleh: PEGAWAI,
          pada: jam('2024-03-02'),
          data: DATA['diskusi-persiapan'],
        },
        { ketentuan: strict },
      ),
    );
    const r = transitionSiklus(
      saved,
      { jenis: 'kumpulkan', langkah: 'diskusi-persiapan', oleh: PEGAWAI, pada: jam('2024-03-03') },
      { ketentuan: strict },
    );
    expect(!r.success && r.issues[0]?.code).toBe('terlambat');
  });

  // Random event sequences.
  const event = fc.record({
    jenis: fc.constantFrom('simpan-draf' as const, 'kumpulkan' as const),
    langkah: fc.constantFrom(...LANGKAH_ISIAN),
    oleh: fc.constantFrom(PEGAWAI, ATASAN),
    lengkap: fc.boolean(),
  });
  const run = (
    events: {
      jenis: 'simpan-draf' | 'kumpulkan';
      langkah: (typeof LANGKAH_ISIAN)[number];
      oleh: typeof PEGAWAI | typeof ATASAN;
      lengkap: boolean;
    }[],
  ) => {
    let s = siklusBaru();
    events.forEach((ev, i) => {
      const pada = jam(`2024-02-${String(2 + Math.min(i, 26)).padStart(2, '0')}`);
      const data = ev.lengkap ? DATA[ev.langkah] : { tantangan: '' };
      const e =
        ev.jenis === 'simpan-draf'
          ? { jenis: ev.jenis, langkah: ev.langkah, oleh: ev.oleh, pada, data }
          : { jenis: ev.jenis, langkah: ev.langkah, oleh: ev.oleh, pada };
      const before = s;
      const r = transitionSiklus(s, e as PeristiwaSiklus);
      if (r.success) {
        s = r.data;
        expect(bekuSeluruhnya(s)).toBeNull();
        const from = LANGKAH_SIKLUS.indexOf(before.langkah);
        const to = LANGKAH_SIKLUS.indexOf(s.langkah);
        expect(to - from === 0 || to - from === 1).toBe(true);
        if (before.langkah === 'observasi-kinerja') expect(ev.oleh.peran).toBe('atasan');
        for (const [k, v] of Object.entries(before.hasil)) expect((s.hasil as Record<string, unknown>)[k]).toEqual(v);
      } else {
        expect(r.issues.length).toBeGreaterThan(0);
        expect(s).toBe(before);
      }
    });
    return s;
  };

  test.prop([fc.array(event, { maxLength: 40 })])(
    'never skips a step, never lets the pegawai rate B, never loses submitted data',
    (events) => {
      run(events);
    },
  );

  test.prop([fc.array(event, { maxLength: 40 })])('replay(history) reproduces the state, also after JSON', (events) => {
    const s = run(events);
    const again = unwrap(replaySiklus(JSON.parse(JSON.stringify(s.riwayat))));
    expect(again).toEqual(s);
    expect(bekuSeluruhnya(again)).toBeNull();
    const stored = JSON.parse(JSON.stringify(s.riwayat)) as unknown[];
    const trusted = unwrap(replaySiklus(stored, { validasi: 'tepercaya' }));
    expect(trusted).toEqual(s);
    expect(bekuSeluruhnya(trusted)).toBeNull();
    expect(Object.isFrozen(stored[0])).toBe(false);
  });

  test.prop([fc.array(event, { maxLength: 40 }), fc.nat(), fc.nat()])(
    'both replays refuse a reordered history with the same code at the same event',
    (events, a, b) => {
      const h = [...run(events).riwayat];
      if (h.length < 3) return;
      const i = 1 + (a % (h.length - 1));
      const j = 1 + (b % (h.length - 1));
      [h[i], h[j]] = [h[j]!, h[i]!];
      const penuh = replaySiklus(h);
      const tepercaya = replaySiklus(h, { validasi: 'tepercaya' });
      if (
        !penuh.success &&
        ['langkah-sudah-dikumpulkan', 'langkah-belum-terbuka', 'aktor-tidak-berwenang', 'waktu-mundur'].includes(
          penuh.issues[0]!.code,
        )
      ) {
        expect(tepercaya.success).toBe(false);
        expect(!tepercaya.success && tepercaya.issues[0]).toMatchObject({
          code: penuh.issues[0]!.code,
          path: penuh.issues[0]!.path,
        });
      }
      if (tepercaya.success) expect(penuh.success).toBe(true);
    },
  );
});

describe('drafts are deep-partial; completeness is checked on kumpulkan', () => {
  const diE = walk(siklusBaru(), 4);
  const simpan = (data: unknown) =>
    transitionSiklus(diE, {
      jenis: 'simpan-draf',
      langkah: 'refleksi-tindak-lanjut',
      oleh: PEGAWAI,
      pada: jam('2024-06-05'),
      data,
    } as PeristiwaSiklus);

  it('saves a refleksi with one of its three tantangan typed, and a tindak lanjut without its end date', () => {
    expect(diE.langkah).toBe('refleksi-tindak-lanjut');
    const r = simpan({ refleksi: [{ tindakLanjutId: 'tl-1', tantangan: ['Waktu terbatas'] }] });
    expect(r.success).toBe(true);
    const s = unwrap(r);
    expect(s.langkah === 'refleksi-tindak-lanjut' && s.draf.refleksi?.[0]?.tantangan).toEqual(['Waktu terbatas']);
    const c = transitionSiklus(walk(siklusBaru(), 2), {
      jenis: 'simpan-draf',
      langkah: 'diskusi-tindak-lanjut',
      oleh: PEGAWAI,
      pada: jam('2024-03-10'),
      data: { tantangan: '', tindakLanjut: [{ id: 'tl-1', periode: { mulai: '2024-04-01' } }] },
    });
    expect(c.success).toBe(true);
  });
  it('refuses what no draft can hold: an unknown key, a wrong type, a fourth tantangan', () => {
    const asing = simpan({ refleksi: [{ tantangann: [] }] });
    expect(!asing.success && asing.issues.map((i) => i.code)).toEqual(['data-tidak-valid', 'skema-tidak-valid']);
    expect(simpan({ refleksi: [{ tantangan: 'satu' }] })).toMatchObject({ success: false });
    expect(simpan({ refleksi: [{ tantangan: ['a', 'b', 'c', 'd'] }] })).toMatchObject({ success: false });
  });
  it('refuses to submit the incomplete draft, with the missing fields located', () => {
    const s = unwrap(simpan({ refleksi: [{ tindakLanjutId: 'tl-1', tantangan: ['Waktu terbatas'] }] }));
    const k = transitionSiklus(s, {
      jenis: 'kumpulkan',
      langkah: 'refleksi-tindak-lanjut',
      oleh: PEGAWAI,
      pada: jam('2024-06-06'),
    });
    expect(k.success).toBe(false);
    if (!k.success) {
      expect(k.issues[0]?.code).toBe('langkah-belum-lengkap');
      expect(k.issues.map((i) => i.path.join('.'))).toContain('draf.refleksi.0.tantangan');
    }
  });
});
