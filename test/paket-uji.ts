// The slow project's one build of the package (vitest globalSetup, vitest.config.ts): tsup with the package's own
// config, without declaration files (tsc and api-extractor check those), into a scratch folder beside package.json
// and schemas/, as the package ships. The end-to-end suites (test/cli, test/fuzz) all run this one build.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');

/** The built package: `dist/` (the bin `dist/cli.js`, the entry points), package.json, schemas/ and the sample the
 * package ships (examples/data, named by the help). */
export const PAKET_UJI = join(root, 'node_modules', '.cache', 'pengelolaan-kinerja-uji');

export default function setup(): void {
  rmSync(PAKET_UJI, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      require.resolve('tsup/dist/cli-default.js'),
      '--config',
      join(root, 'test', 'cli', 'tsup.e2e.config.ts'),
      '--out-dir',
      join(PAKET_UJI, 'dist'),
      '--silent',
    ],
    { cwd: root, stdio: 'pipe' },
  );
  cpSync(join(root, 'package.json'), join(PAKET_UJI, 'package.json'));
  cpSync(join(root, 'schemas'), join(PAKET_UJI, 'schemas'), { recursive: true });
  cpSync(join(root, 'examples', 'data'), join(PAKET_UJI, 'examples', 'data'), { recursive: true });
}

/**
 * Rewrites a golden file or folder (UPDATE_GOLDEN=1), never in CI: there the goldens are only compared, so a run can
 * never pass by comparing an output with a copy of itself. Returns whether it rewrote.
 */
export function perbaruiGolden(tulis: () => void): boolean {
  if (process.env['UPDATE_GOLDEN'] !== '1') return false;
  if (process.env['CI'] !== undefined && process.env['CI'] !== '')
    throw new Error('UPDATE_GOLDEN is refused when CI is set: update the goldens locally and review their diff.');
  tulis();
  return true;
}
