// domain-rules (the WebAssembly package) beside its JS peers, in one node process, on the
// generated corpus benches/peers/corpus.tsv (tools/gen_peer_corpus.py: 15,000 valid names,
// 5,000 invalid ones in 15 kinds). For each checker: names per second over the whole corpus (the
// median of ROUNDS timed passes, default 5, after the pass that counts acceptance and WARMUP more
// passes, default 2; the checkers take their passes in turn, so that a slow spell of the machine
// hits them all alike), the invalid names it accepts and the valid names it refuses.
//
// Prints one JSON line per checker on stdout; benches/peers-report.mjs makes the table (with the
// native side, benches/peers_native.rs). Figures, not a test: nothing here asserts a time.
//
//   node benches/peers.mjs | node benches/peers-report.mjs
//   ROUNDS=9 node benches/peers.mjs
import { readFileSync } from "node:fs";
import * as wasm from "../pkg/domain_rules.js";
import * as tldts from "tldts";
import tr46 from "tr46";
import validator from "validator";
import psl from "psl";
import { parseDomain, ParseResultType } from "parse-domain";

wasm.initSync({ module: readFileSync(new URL("../pkg/domain_rules_bg.wasm", import.meta.url)) });

const rounds = Number(process.env.ROUNDS ?? 5);
const warmup = Number(process.env.WARMUP ?? 2);
// parse-domain runs at a few thousand names per second: its passes are timed on every SLOW_STEP-th
// name (a fixed subset); its acceptance is still counted over the whole corpus.
const slowStep = Number(process.env.SLOW_STEP ?? 10);

const corpus = readFileSync(new URL("peers/corpus.tsv", import.meta.url), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => {
    const [validity, kind, name] = line.split("\t");
    return { valid: validity === "valid", kind, name };
  });
const names = corpus.map((entry) => entry.name);
const subset = names.filter((_, i) => i % slowStep === 0);

// What a careful form chains today: UTS #46 with every check on, then the FQDN syntax.
const STRICT_UTS46 = {
  checkBidi: true,
  checkHyphens: true,
  checkJoiners: true,
  useSTD3ASCIIRules: true,
  verifyDNSLength: true,
};

function tr46Ascii(name) {
  try {
    return tr46.toASCII(name, STRICT_UTS46);
  } catch {
    return null;
  }
}

// checkDomains(names) answers a Uint8Array: 1 where names[i] is accepted.
function batchAccepted(result, i) {
  return result[i] === 1;
}

// Each checker: `accepts(name)` -> boolean, or `batch(names)` -> result read by batchAccepted.
const checkers = [
  { checker: "domain-rules checkDomain (full report)", accepts: (n) => wasm.checkDomain(n).ok },
  { checker: "domain-rules isRegistrable", accepts: (n) => wasm.isRegistrable(n) },
  { checker: "domain-rules checkDomains (batch)", batch: (list) => wasm.checkDomains(list) },
];
checkers.push(
  { checker: "tldts getDomain", accepts: (n) => tldts.getDomain(n) !== null },
  {
    checker: "tldts parse (ICANN, hostname = domain)",
    accepts: (n) => {
      const r = tldts.parse(n);
      return r.domain !== null && r.hostname === r.domain && r.isIcann === true;
    },
  },
  { checker: "validator isFQDN", accepts: (n) => validator.isFQDN(n) },
  {
    checker: "tr46 toASCII + validator isFQDN",
    accepts: (n) => {
      const ascii = tr46Ascii(n);
      return ascii !== null && validator.isFQDN(ascii);
    },
  },
  {
    checker: "psl isValid",
    accepts: (n) => {
      try {
        return psl.isValid(n);
      } catch {
        return false;
      }
    },
  },
  {
    checker: "tr46 toASCII + parse-domain",
    timed: subset,
    note: `timed on every ${slowStep}th name (${subset.length}); acceptance over the whole corpus`,
    accepts: (n) => {
      const ascii = tr46Ascii(n);
      if (ascii === null) return false;
      let r;
      try {
        r = parseDomain(ascii);
      } catch {
        return false;
      }
      return (
        r.type === ParseResultType.Listed &&
        r.icann.domain !== undefined &&
        r.icann.subDomains.length === 0
      );
    },
  },
);

// Which names a checker accepts, over the whole corpus (also its first warm-up).
function acceptance(c) {
  let accepted;
  if (c.batch) {
    const result = c.batch(names);
    accepted = names.map((_, i) => batchAccepted(result, i));
  } else {
    accepted = names.map((n) => Boolean(c.accepts(n)));
  }
  let invalidAccepted = 0;
  let validRefused = 0;
  const invalidAcceptedByKind = {};
  corpus.forEach((entry, i) => {
    if (entry.valid && !accepted[i]) validRefused++;
    if (!entry.valid) {
      invalidAcceptedByKind[entry.kind] ??= 0;
      if (accepted[i]) {
        invalidAccepted++;
        invalidAcceptedByKind[entry.kind]++;
      }
    }
  });
  return { invalidAccepted, validRefused, invalidAcceptedByKind };
}

// One timed pass; returns names per second. The accepted count is kept so no work is dropped.
let sink = 0;
function pass(c, list) {
  const start = process.hrtime.bigint();
  if (c.batch) {
    const result = c.batch(list);
    sink += result.length;
  } else {
    const accepts = c.accepts;
    let accepted = 0;
    for (let i = 0; i < list.length; i++) if (accepts(list[i])) accepted++;
    sink += accepted;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return list.length / seconds;
}

const results = checkers.map((c) => {
  process.stderr.write(`peers: ${c.checker}: acceptance over ${names.length} names\n`);
  return { c, list: c.timed ?? names, rates: [], ...acceptance(c) };
});
// The acceptance pass was a first warm-up; the slow checker gets no more (it would cost seconds).
for (const r of results) for (let w = 0; w < (r.c.timed ? 0 : warmup); w++) pass(r.c, r.list);
for (let round = 0; round < rounds; round++) {
  process.stderr.write(`peers: round ${round + 1} of ${rounds}\n`);
  for (const r of results) r.rates.push(pass(r.c, r.list));
}
if (sink < 0) console.error(sink);

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
for (const r of results) {
  if (r.c.note) process.stderr.write(`peers: ${r.c.checker}: ${r.c.note}\n`);
  const line = {
    checker: r.c.checker,
    namesPerSecond: Math.round(median(r.rates)),
    invalidAccepted: r.invalidAccepted,
    validRefused: r.validRefused,
    timedNames: r.list.length,
    invalidAcceptedByKind: r.invalidAcceptedByKind,
  };
  if (r.c.note) line.note = r.c.note;
  console.log(JSON.stringify(line));
}
