// Preloaded into a benchmarked process (node -r ./bench/rss.cjs …): prints its peak resident set size on exit.
'use strict';
process.on('exit', () => process.stderr.write(`\nmaxRSS ${process.resourceUsage().maxRSS}\n`));
