// The package's subpath entry points (package.json "exports"), for the tests that walk every export.
export const SUBPATH = {
  cetak: 'src/cetak/index.ts',
  siasn: 'src/siasn/index.ts',
  berkas: 'src/berkas/index.ts',
} as const;
