import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ujiBerkas } from './berkas';
import { ujiKalkulator } from './kalkulator';
import { ujiLuring } from './luring';
import { ujiPeriode } from './periode';
import { bersihkan, CHROMIUM, jalan, siapkan, wajib } from './situs';

// The web page (examples/web), built once as `npm run web` builds it, served from a static server on
// 127.0.0.1 and driven in Debian's chromium through playwright-core. .ci/run installs chromium and sets PK_BROWSER=1,
// which makes these tests required; elsewhere they run when /usr/bin/chromium exists.
describe.runIf(jalan)('examples/web in Chromium', () => {
  beforeAll(siapkan, 300_000);
  afterAll(bersihkan);
  ujiLuring();
  ujiKalkulator();
  ujiPeriode();
  ujiBerkas();
});

describe.runIf(wajib && !existsSync(CHROMIUM))('examples/web in Chromium', () => {
  it('needs Debian chromium when PK_BROWSER=1', () => {
    expect(existsSync(CHROMIUM)).toBe(true);
  });
});
