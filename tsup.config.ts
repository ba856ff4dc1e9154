import { defineConfig } from 'tsup';

export default defineConfig({
  // Subpath entries share one copy of the core (splitting, also for CJS), so KinerjaError and Desimal stay one class.
  entry: { index: 'src/index.ts', cetak: 'src/cetak/index.ts', siasn: 'src/siasn/index.ts' },
  splitting: true,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2020',
  treeshake: true,
  outExtension: ({ format }) => ({ js: format === 'esm' ? '.mjs' : '.js' }),
});
