// The reference parser for the WhatsApp row: the npm package
// whatsapp-chat-parser, timed on the same file as campdesk_bench_parse
// (reading excluded on both sides). Run from the folder it is installed in.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.cwd(), 'package.json'));
const { parseString } = require('whatsapp-chat-parser');
const [file, runsText] = process.argv.slice(2);
const runs = Math.max(1, Number(runsText ?? 5));
const text = readFileSync(file, 'utf8');
const times = [];
let messages = 0;
for (let run = 0; run < runs; ++run) {
  const start = process.hrtime.bigint();
  messages = parseString(text).length;
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ messages, parse_ms: times[Math.floor(times.length / 2)], min_ms: times[0], max_ms: times[times.length - 1] }));
