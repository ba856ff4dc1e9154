// The package's own build (tsup.config.ts) without declaration files, for the end-to-end tests of the bin: they run
// the JavaScript only, and the declarations are checked by tsc and api-extractor elsewhere.
import { defineConfig, type Options } from 'tsup';
import paket from '../../tsup.config';

const daftar = (Array.isArray(paket) ? paket : [paket]) as Options[];
export default defineConfig(daftar.map((o) => ({ ...o, dts: false })));
