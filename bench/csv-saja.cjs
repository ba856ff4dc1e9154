// The CLI benchmark's baseline: csv-parse alone reading the same file with the options the CLI uses.
'use strict';
const { createReadStream } = require('node:fs');
const { parse } = require('csv-parse');
(async () => {
  let n = 0;
  for await (const r of createReadStream(process.argv[2]).pipe(
    parse({ delimiter: ',', bom: true, relax_column_count: true, skip_empty_lines: true, info: true }),
  ))
    n += r.record.length > 0 ? 1 : 0;
  process.stdout.write(`${n}\n`);
})();
