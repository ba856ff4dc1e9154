import { KETENTUAN_2024, validateRencana } from '../src';
import { rencanaSeed } from '../test/perencanaan/fixtures';
const docs = Array.from({ length: 2000 }, () => JSON.parse(JSON.stringify(rencanaSeed())) as unknown);
for (let i = 0; i < 100; i++) for (const d of docs) validateRencana(d, { ketentuan: KETENTUAN_2024 });
