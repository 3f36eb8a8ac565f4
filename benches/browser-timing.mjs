// Timing of the web package in headless Chromium (scripts/browser-timing.sh): how long init()
// takes to fetch, compile and instantiate the .wasm on a cold page load, and how fast checkDomain
// answers while names are typed. Figures, not a test: nothing here asserts a time.
//
// Cold loads: each in a freshly launched browser (no HTTP or compiled-code cache), from a local
// server on 127.0.0.1 (no network latency). Warm loads: WARM (default 20) reloads of the page in
// one browser after a first load, with the package cacheable, as a returning customer's browser
// has it (HTTP cache and V8's cache of compiled WebAssembly), and the first and second check; the
// same without the locale packs (init({ locales: [] })) and for the English core module. Typing: every name of benches/corpus.txt is typed
// one code point at a time and each prefix is checked, as a form checking on every keystroke
// does. The page is cross-origin isolated (COOP/COEP), which gives performance.now() 5 µs
// resolution instead of 100 µs.
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { blankPage, launch, root, serve } from "../tests/js/chromium.mjs";

const LOADS = Number(process.env.LOADS ?? 7);
const PASSES = Number(process.env.PASSES ?? 5);
const WARM = Number(process.env.WARM ?? 20);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const fmt = (n, digits = 1) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

const wasmPath = join(root, "pkg/domain_rules_bg.wasm");
// gzip -9, as scripts/size.sh counts it (node's zlib at level 9 gives about 4% more).
const gzipBytes = execFileSync("gzip", ["-9", "-c", wasmPath], { maxBuffer: 64 << 20 }).length;
const isolation = { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" };
const server = await serve({ pages: { "/timing.html": blankPage }, headers: isolation });
// The same files, cacheable for an hour, for the warm loads.
const cachingServer = await serve({ pages: { "/timing.html": blankPage }, headers: isolation, cacheControl: "max-age=3600" });

// One page load: import of the JS glue, init() (fetch + compile + instantiate, and for the whole
// package the locale packs `options.locales` names, all by default), the first and a second check.
const load = async ({ module = "/pkg/domain_rules.js", options } = {}) => {
  const t0 = performance.now();
  const pkg = await import(module);
  const t1 = performance.now();
  await pkg.default(options);
  const t2 = performance.now();
  pkg.checkDomain("müller.de");
  const t3 = performance.now();
  pkg.checkDomain("bücher.de");
  const t4 = performance.now();
  return { importMs: t1 - t0, initMs: t2 - t1, firstCheckMs: t3 - t2, secondCheckMs: t4 - t3, isolated: crossOriginIsolated };
};

try {
  // 1. Cold loads: import of the JS glue, then init() (fetch + compile + instantiate).
  const loads = [];
  let version = "";
  for (let i = 0; i < LOADS; i++) {
    const browser = await launch();
    version = browser.version();
    const page = await browser.newPage();
    await page.goto(`${server.url}/timing.html`);
    loads.push(await page.evaluate(load));
    await browser.close();
  }

  // 1b. Warm loads: one browser, the page loaded once to fill its caches, then WARM reloads;
  // of the whole package, and of the English core module (the name checks alone).
  const warmLoads = async (what) => {
    const timings = [];
    const browser = await launch();
    const page = await browser.newPage();
    for (let i = 0; i <= WARM; i++) {
      await page.goto(`${cachingServer.url}/timing.html`);
      const timing = await page.evaluate(load, what);
      if (i > 0) timings.push(timing);
    }
    await browser.close();
    return timings;
  };
  const warm = await warmLoads({});
  const english = await warmLoads({ options: { locales: [] } });
  const core = existsSync(join(root, "pkg/core/en/domain_rules_core.js"))
    ? await warmLoads({ module: "/pkg/core/en/domain_rules_core.js" })
    : [];

  // 2. Typing the corpus, prefix by prefix, in one page.
  const browser = await launch();
  const page = await browser.newPage();
  await page.goto(`${server.url}/timing.html`);
  const typing = await page.evaluate(async (passes) => {
    const pkg = await import("/pkg/domain_rules.js");
    await pkg.default();
    const names = (await (await fetch("/benches/corpus.txt")).text()).split("\n").filter(Boolean);
    const prefixesOf = names.map((name) => {
      const points = Array.from(name);
      return points.map((_, i) => points.slice(0, i + 1).join(""));
    });
    const checks = prefixesOf.reduce((n, s) => n + s.length, 0);
    let refused = 0;
    for (const prefixes of prefixesOf) for (const p of prefixes) refused += pkg.checkDomain(p).ok ? 0 : 1; // warm-up
    const passSeconds = [];
    let perCheckUs = [];
    for (let pass = 0; pass < passes; pass++) {
      const times = new Float64Array(prefixesOf.length);
      const start = performance.now();
      for (let s = 0; s < prefixesOf.length; s++) {
        const t = performance.now();
        for (const prefix of prefixesOf[s]) pkg.checkDomain(prefix);
        times[s] = performance.now() - t;
      }
      passSeconds.push((performance.now() - start) / 1000);
      // µs per check while each name is typed, from the middle pass.
      if (pass === passes >> 1) perCheckUs = Array.from(times, (ms, s) => (ms * 1000) / prefixesOf[s].length);
    }
    return { names: names.length, checks, refused, passSeconds, perCheckUs, isolated: crossOriginIsolated };
  }, PASSES);
  await browser.close();

  const initMs = loads.map((l) => l.initMs);
  const importMs = loads.map((l) => l.importMs);
  const rates = typing.passSeconds.map((s) => typing.checks / s);
  const lines = [
    `browser timing: headless Chromium ${version}, page and package served from 127.0.0.1`,
    `  module: ${fmt(statSync(wasmPath).size / 1024)} KB raw, ${fmt(gzipBytes / 1024)} KB gzip -9 (served uncompressed)`,
    `  init() (fetch + compile + instantiate), ${LOADS} cold loads: median ${fmt(median(initMs))} ms` +
      ` (min ${fmt(Math.min(...initMs))}, max ${fmt(Math.max(...initMs))})`,
    `  import of the JS glue before it: median ${fmt(median(importMs))} ms;` +
      ` first checkDomain after init(): median ${fmt(median(loads.map((l) => l.firstCheckMs)), 2)} ms,` +
      ` second ${fmt(median(loads.map((l) => l.secondCheckMs)), 2)} ms`,
    `  init(), ${WARM} warm loads (cached package): median ${fmt(median(warm.map((l) => l.initMs)))} ms` +
      ` (min ${fmt(Math.min(...warm.map((l) => l.initMs)))}, max ${fmt(Math.max(...warm.map((l) => l.initMs)))});` +
      ` first check ${fmt(median(warm.map((l) => l.firstCheckMs)), 2)} ms, second ${fmt(median(warm.map((l) => l.secondCheckMs)), 2)} ms`,
    `  init({ locales: [] }) (the whole package without its locale packs), ${WARM} warm loads: median` +
      ` ${fmt(median(english.map((l) => l.initMs)))} ms (min ${fmt(Math.min(...english.map((l) => l.initMs)))},` +
      ` max ${fmt(Math.max(...english.map((l) => l.initMs)))})`,
    ...(core.length
      ? [
          `  init() of the core module (pkg/core/en), ${WARM} warm loads: median ${fmt(median(core.map((l) => l.initMs)))} ms` +
            ` (min ${fmt(Math.min(...core.map((l) => l.initMs)))}, max ${fmt(Math.max(...core.map((l) => l.initMs)))});` +
            ` first check ${fmt(median(core.map((l) => l.firstCheckMs)), 2)} ms, second ${fmt(median(core.map((l) => l.secondCheckMs)), 2)} ms`,
        ]
      : []),
    `  typing the corpus: ${typing.names.toLocaleString("en-US")} names, every prefix checked:` +
      ` ${typing.checks.toLocaleString("en-US")} checks per pass (${fmt((100 * typing.refused) / typing.checks)}% refused), ${PASSES} passes`,
    `  checks per second: median ${Math.round(median(rates)).toLocaleString("en-US")}` +
      ` (passes from ${Math.round(Math.min(...rates)).toLocaleString("en-US")} to ${Math.round(Math.max(...rates)).toLocaleString("en-US")})`,
    `  µs per check (per name typed, median pass): median ${fmt(median(typing.perCheckUs), 2)},` +
      ` p95 ${fmt(quantile(typing.perCheckUs, 0.95), 2)}, max ${fmt(Math.max(...typing.perCheckUs), 2)}`,
    `  timer: ${loads.every((l) => l.isolated) && warm.every((l) => l.isolated) && typing.isolated ? "cross-origin isolated (5 µs resolution)" : "not isolated (100 µs resolution)"}`,
  ];
  console.log(lines.join("\n"));
} finally {
  await server.close();
  await cachingServer.close();
}
