// cli/pak.ts (a copy of the CLI's) calls require() for the print and SIASN entry points; the bundler resolves those
// calls at build time (through the same resolver as the imports), so nothing calls require() at run time.
declare function require(id: string): unknown;
