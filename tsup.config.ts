import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // Subpath entries share one copy of the core (splitting, also for CJS), so KinerjaError and Desimal stay one class.
    entry: {
      index: 'src/index.ts',
      cetak: 'src/cetak/index.ts',
      siasn: 'src/siasn/index.ts',
      berkas: 'src/berkas/index.ts',
    },
    splitting: true,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2020',
    treeshake: true,
    outExtension: ({ format }) => ({ js: format === 'esm' ? '.mjs' : '.js' }),
  },
  {
    // The operator's command line (bin only): it reaches the library through its public entry points, resolved at run
    // time from this package itself, so it cannot use anything the public API does not export.
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    target: 'node18',
    platform: 'node',
    sourcemap: false,
    clean: false,
    external: [
      'pengelolaan-kinerja',
      'pengelolaan-kinerja/cetak',
      'pengelolaan-kinerja/siasn',
      'pengelolaan-kinerja/berkas',
      'fflate',
    ],
    outExtension: () => ({ js: '.js' }),
  },
]);
