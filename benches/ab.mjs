// Two builds of the package side by side in one node process: `node benches/ab.mjs OLD NEW`,
// each a folder as scripts/build-pkg.sh writes pkg/ (say, a copy of pkg/ before a change and
// pkg/ after it). Times checkDomain and isRegistrable over each part of the peer corpus
// (benches/peers/corpus.tsv), the two builds' passes alternating so that the machine's load
// falls on both alike, and prints each build's median rate and their ratio (NEW / OLD).
// Figures, not a test; both builds must give the same answers, or it stops.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [oldDir, newDir] = process.argv.slice(2);
if (!oldDir || !newDir) {
  console.error("usage: node benches/ab.mjs OLD_PKG_DIR NEW_PKG_DIR");
  process.exit(2);
}
const PASSES = Number(process.env.PASSES ?? 9);

async function load(dir) {
  const module = await import(pathToFileURL(resolve(dir, "domain_rules.js")).href);
  module.initSync({ module: readFileSync(resolve(dir, "domain_rules_bg.wasm")) });
  return module;
}
const builds = [await load(oldDir), await load(newDir)];

const lines = readFileSync(new URL("peers/corpus.tsv", import.meta.url), "utf8").split("\n").filter(Boolean);
const parts = { all: [], ascii: [], idn: [], invalid: [] };
for (const [validity, kind, name] of lines.map((line) => line.split("\t"))) {
  parts.all.push(name);
  parts[validity === "invalid" ? "invalid" : kind === "idn" ? "idn" : "ascii"].push(name);
}

const calls = {
  checkDomain: (m, name) => m.checkDomain(name).ok,
  isRegistrable: (m, name) => m.isRegistrable(name),
};

for (const [call, run] of Object.entries(calls)) {
  for (const [part, names] of Object.entries(parts)) {
    const answers = builds.map((m) => names.map((name) => run(m, name)));
    if (answers[0].some((answer, i) => answer !== answers[1][i])) {
      console.error(`ab: the builds answer ${call} differently on the ${part} names`);
      process.exit(1);
    }
    const rates = [[], []];
    for (let pass = 0; pass < PASSES; pass++) {
      builds.forEach((m, b) => {
        const start = process.hrtime.bigint();
        for (const name of names) run(m, name);
        rates[b].push(names.length / (Number(process.hrtime.bigint() - start) / 1e9));
      });
    }
    const [oldRate, newRate] = rates.map((r) => r.sort((x, y) => x - y)[r.length >> 1]);
    const k = (rate) => `${(rate / 1000).toFixed(0)} k/s`.padStart(9);
    console.log(`${call.padEnd(13)} ${part.padEnd(7)} old ${k(oldRate)}  new ${k(newRate)}  new/old ${(newRate / oldRate).toFixed(2)}`);
  }
}
