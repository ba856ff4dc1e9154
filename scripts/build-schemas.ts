// Writes schemas/*.json from the zod schemas (run by `npm run build`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas, serialize } from './schemas';

const dir = join(__dirname, '..', 'schemas');
mkdirSync(dir, { recursive: true });
for (const [nama, schema] of Object.entries(jsonSchemas())) writeFileSync(join(dir, `${nama}.json`), serialize(schema));
console.log(`schemas: ${Object.keys(jsonSchemas()).length} written to schemas/`);
