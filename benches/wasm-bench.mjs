// Speed of the WebAssembly build under node on the fixed corpus (benches/corpus.txt), beside a
// baseline run in the same process: node's WHATWG URL host parser (UTS #46 in V8's ICU) on the
// same names. Prints one JSON line per set; scripts/bench.sh turns them into a table.
import { readFileSync } from "node:fs";
import { initSync, checkDomain } from "../pkg/domain_rules.js";

initSync({ module: readFileSync(new URL("../pkg/domain_rules_bg.wasm", import.meta.url)) });
const corpus = readFileSync(new URL("corpus.txt", import.meta.url), "utf8").split("\n").filter(Boolean);
const sets = {
  all: corpus,
  ascii: corpus.filter((n) => /^[\x00-\x7f]*$/.test(n)),
  idn: corpus.filter((n) => !/^[\x00-\x7f]*$/.test(n)),
};

function urlHost(name) {
  try {
    return new URL("http://" + name + "/").hostname;
  } catch {
    return null;
  }
}

// Median names per second of `rounds` timed passes over `names`.
function measure(fn, names, rounds) {
  const rates = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (const n of names) fn(n);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(names.length / seconds);
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)];
}

const rounds = Number(process.env.ROUNDS ?? 15);
for (const [name, names] of Object.entries(sets)) {
  measure(checkDomain, names, 3); // warm-up
  measure(urlHost, names, 3);
  const wasm = measure(checkDomain, names, rounds);
  const baseline = measure(urlHost, names, rounds);
  console.log(JSON.stringify({ set: name, names: names.length, wasmPerSecond: Math.round(wasm), urlBaselinePerSecond: Math.round(baseline) }));
}
