import { KETENTUAN_2024, RencanaKinerjaSchema, validateRencana } from '../src';
import { salinPolos } from '../src/internal/salinan';
import { rencanaSeed } from '../test/perencanaan/fixtures';
const N = 20000;
const docs = Array.from({ length: N }, () => JSON.parse(JSON.stringify(rencanaSeed())) as unknown);
function time(name: string, fn: () => unknown) { let best = 1e9; for (let i = 0; i < 7; i++) { const t = process.hrtime.bigint(); fn(); best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6); } console.log(name, best.toFixed(1)); return best; }
time('zod', () => { for (const d of docs) RencanaKinerjaSchema.safeParse(d); });
time('copy', () => { for (const d of docs) salinPolos(d); });
time('copy+zod', () => { for (const d of docs) RencanaKinerjaSchema.safeParse(salinPolos(d)); });
time('validate', () => { for (const d of docs) validateRencana(d, { ketentuan: KETENTUAN_2024 }); });
console.log(Object.isFrozen(docs[0]));
