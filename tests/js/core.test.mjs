// The core modules (pkg/core/<locale>/): the name checks alone, one locale's messages each. They
// answer exactly as the full module does in their locale, and export nothing else.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadPackage, root } from "./support.mjs";

const full = await loadPackage();
const tags = readdirSync(join(root, "pkg/core")).sort();
const corpus = readFileSync(join(root, "benches/peers/corpus.tsv"), "utf8").trim().split("\n");
const names = corpus.filter((_, i) => i % 11 === 0).map((line) => line.split("\t")[2]);
names.push("", " Example.COM. ", "xn--mller-kva.de", "ab.it", "faß.com", "аррӏе.com", "a\u200db.de", "x".repeat(2000));

async function loadCore(tag) {
  const core = await import(new URL(`../../pkg/core/${tag}/domain_rules_core.js`, import.meta.url));
  await core.default();
  return core;
}

test("a core module for every compiled locale", () => {
  const listed = readFileSync(join(root, "locales/locales.toml"), "utf8").match(/^compiled = \[(.*)\]/m)[1];
  assert.deepEqual(tags, [...listed.matchAll(/"([a-z]+)"/g)].map((m) => m[1]).sort());
});

for (const tag of tags) {
  test(`core ${tag}: the same reports as the full module, in its locale`, async () => {
    const core = await loadCore(tag);
    let refused = 0;
    for (const name of names) {
      const expected = full.checkDomain(name, { locale: tag });
      assert.deepEqual(core.checkDomain(name, { locale: tag }), expected, name);
      assert.equal(core.isRegistrable(name), full.isRegistrable(name), name);
      refused += expected.ok ? 0 : 1;
    }
    assert.ok(refused > 100, `${refused} refused`);
    // Its English fallback, and the options' diagnostics, are the full module's too.
    assert.deepEqual(core.checkDomain("ab.it"), full.checkDomain("ab.it"));
    assert.deepEqual(core.checkDomain("a.de", { profile: "x" }), full.checkDomain("a.de", { profile: "x" }));
    assert.deepEqual(core.versions(), full.versions());
  });

  test(`core ${tag}: exports the name checks alone`, async () => {
    const core = await loadCore(tag);
    const exported = Object.keys(core).filter((key) => typeof core[key] === "function").sort();
    assert.deepEqual(exported, ["checkDomain", "default", "initSync", "isRegistrable", "versions"]);
    const declarations = readFileSync(join(root, `pkg/core/${tag}/domain_rules_core.d.ts`), "utf8");
    assert.match(declarations, /export function isRegistrable/);
    assert.doesNotMatch(declarations, /checkOrder|checkDomains|explainError/);
  });
}
