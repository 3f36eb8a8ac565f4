// Prints the benchmark table of scripts/bench.sh: names per second natively (criterion's
// estimates) and in WebAssembly under node (benches/wasm-bench.mjs output on stdin), each beside
// its baseline, and the WebAssembly/native ratio.
import { readFileSync } from "node:fs";

const corpus = readFileSync(new URL("corpus.txt", import.meta.url), "utf8").split("\n").filter(Boolean);
const sizes = {
  all: corpus.length,
  ascii: corpus.filter((n) => /^[\x00-\x7f]*$/.test(n)).length,
  idn: corpus.filter((n) => !/^[\x00-\x7f]*$/.test(n)).length,
};
function nativeRate(group, set) {
  const file = new URL(`../target/criterion/${group}/${set}/new/estimates.json`, import.meta.url);
  const nanos = JSON.parse(readFileSync(file, "utf8")).mean.point_estimate;
  return sizes[set] / (nanos / 1e9);
}
const wasm = Object.fromEntries(
  readFileSync(0, "utf8").trim().split("\n").map((l) => JSON.parse(l)).map((r) => [r.set, r]),
);
const fmt = (n) => (n / 1e6).toFixed(2) + " M/s";
const rows = [["set", "names", "native", "idna strict", "native/idna", "wasm checkDomain", "URL host", "native/wasm"]];
for (const set of ["all", "ascii", "idn"]) {
  const native = nativeRate("check_domain", set);
  const baseline = nativeRate("baseline_idna_strict", set);
  const w = wasm[set];
  rows.push([set, String(sizes[set]), fmt(native), fmt(baseline), (native / baseline).toFixed(2),
    fmt(w.wasmPerSecond), fmt(w.urlBaselinePerSecond), (native / w.wasmPerSecond).toFixed(2) + "x"]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i])).join("  "));
