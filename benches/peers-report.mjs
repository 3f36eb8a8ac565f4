// The table of the peer benchmark: reads the JSON lines of benches/peers_native.rs and
// benches/peers.mjs on stdin (in any order, either may be missing) and prints, per checker, names
// per second, the ratio to the careful JS chain (tr46 toASCII + validator isFQDN), domain-rules'
// checkDomain against it, the invalid names it accepts and the valid names it refuses; then which
// kinds of invalid names each accepts, and the ratios the project tracks with their targets.
// Figures only: nothing here fails on a time.
//
//   node benches/peers-report.mjs < target/peers.jsonl
import { readFileSync } from "node:fs";

const BASELINE = "tr46 toASCII + validator isFQDN";
const WASM = "domain-rules checkDomain (full report)";
const NATIVE = "domain-rules check_domain (native)";
const IDNA = "idna domain_to_ascii_strict (native)";
const REGISTRABLE = "domain-rules isRegistrable";
const BATCH = "domain-rules checkDomains (batch)";
const TLDTS = "tldts getDomain";

const corpus = readFileSync(new URL("peers/corpus.tsv", import.meta.url), "utf8").split("\n").filter(Boolean);
const invalidTotal = corpus.filter((l) => l.startsWith("invalid\t")).length;
const validTotal = corpus.length - invalidTotal;
const kinds = [...new Set(corpus.filter((l) => l.startsWith("invalid\t")).map((l) => l.split("\t")[1]))].sort();

const results = readFileSync(0, "utf8")
  .split("\n")
  .filter((l) => l.trim().startsWith("{"))
  .map((l) => JSON.parse(l));
const by = Object.fromEntries(results.map((r) => [r.checker, r]));
const rate = (name) => by[name]?.namesPerSecond;

const count = (n) => n.toLocaleString("en-US");
function speed(n) {
  if (n === undefined) return "n/a";
  if (n >= 1e6) return (n / 1e6).toFixed(2) + " M/s";
  if (n >= 1e3) return (n / 1e3).toFixed(n >= 1e5 ? 0 : 1) + " k/s";
  return n.toFixed(0) + " /s";
}
function ratio(a, b, digits = 2) {
  if (a === undefined || b === undefined || b === 0) return "n/a";
  return (a / b).toFixed(a / b < 0.1 ? 3 : digits);
}
function print(rows, right) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const row of rows) {
    console.log(row.map((c, i) => (right(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join("  "));
  }
}

const baseline = rate(BASELINE);
const wasm = rate(WASM);
const rows = [[
  "checker",
  "names/s",
  `vs ${BASELINE}`,
  "checkDomain / it",
  `invalid accepted (of ${count(invalidTotal)})`,
  `valid refused (of ${count(validTotal)})`,
]];
for (const r of results) {
  const timed = r.timedNames < corpus.length ? ` [timed on ${count(r.timedNames)} names]` : "";
  rows.push([
    r.checker + timed,
    speed(r.namesPerSecond),
    ratio(r.namesPerSecond, baseline),
    ratio(wasm, r.namesPerSecond),
    count(r.invalidAccepted),
    count(r.validRefused),
  ]);
}
print(rows, (i) => i > 0);

// Which kinds of invalid names each checker lets through (of about 333 each).
if (results.some((r) => r.invalidAcceptedByKind)) {
  console.log();
  console.log("invalid names accepted, by kind:");
  const short = (r) => r.checker.replace(/ \(.*\)$/, "");
  const kindRows = [["kind", ...results.map(short)]];
  for (const kind of kinds) {
    kindRows.push([kind, ...results.map((r) => (r.invalidAcceptedByKind ? String(r.invalidAcceptedByKind[kind] ?? 0) : "n/a"))]);
  }
  print(kindRows, (i) => i > 0);
}

console.log();
const native = rate(NATIVE);
const tracked = [
  ["native check_domain / idna strict", ratio(native, rate(IDNA)), "≥ 0.50"],
  ["native is_registrable / idna strict", ratio(rate("domain-rules is_registrable (native)"), rate(IDNA)), ""],
  ["native / wasm checkDomain (boundary cost)", native && wasm ? ratio(native, wasm) + "x" : "n/a", "≤ 2x"],
  ["wasm checkDomain names/s", speed(wasm), "≥ 1 M/s"],
  ["isRegistrable / tldts getDomain", ratio(rate(REGISTRABLE), rate(TLDTS)), "≥ 1"],
  ["checkDomains (batch) names/s", speed(rate(BATCH)), "≥ 2 M/s"],
];
print([["tracked", "figure", "target"], ...tracked], (i) => i === 1);
