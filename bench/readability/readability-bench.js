// Times Mozilla Readability (parsing with jsdom, as its documentation shows) over a folder of
// pages (.html, .htm, optionally .gz) on one thread. Prints one JSON line:
// {"pages", "rounds", "pagesPerSecond", "pagesPerCpuSecond"}: medians over the timed rounds of
// wall-clock and of process CPU time (user + system, the garbage collector's threads included).
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const dir = process.argv[2];
const rounds = parseInt(process.argv[3] || '3', 10);
if (!dir) {
  console.error('usage: readability-bench.js DIR [ROUNDS]');
  process.exit(2);
}
const pages = fs
  .readdirSync(dir)
  .filter((f) => /\.html?(\.gz)?$/.test(f))
  .sort()
  .map((f) => {
    let b = fs.readFileSync(path.join(dir, f));
    if (f.endsWith('.gz')) b = zlib.gunzipSync(b);
    return b.toString('utf8');
  });
const quiet = new VirtualConsole();

let failures = 0;

function once() {
  let chars = 0;
  failures = 0;
  for (const html of pages) {
    try {
      const dom = new JSDOM(html, { virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      chars += article && article.textContent ? article.textContent.length : 0;
      dom.window.close();
    } catch (e) {
      failures++; // a page jsdom cannot load still took its time
    }
  }
  return chars;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

once(); // warm-up: let V8 compile the hot paths, as the JVM's are before its rounds
once();
const rates = [];
const cpuRates = [];
for (let r = 0; r < rounds; r++) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  once();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  rates.push(pages.length / seconds);
  cpuRates.push(pages.length / ((c.user + c.system) / 1e6));
}
console.log(
  JSON.stringify({
    pages: pages.length,
    rounds,
    pagesPerSecond: median(rates),
    pagesPerCpuSecond: median(cpuRates),
    failures,
  }),
);
