// The locale packs (pkg/locales/<tag>.txt): the full module holds English's texts, and a pack
// gives it another locale's. A fresh instance of the module, without the entries that load the
// packs, shows every locale in English until its pack is added, and refuses what is not a pack
// of this module.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";

// What the module says on the console: once per locale asked for before its pack was loaded.
const warnings = [];
console.warn = (text) => warnings.push(String(text));

const pkg = new URL("../../pkg/", import.meta.url);
const bare = await import(new URL("domain_rules_wasm.js?bare", pkg).href);
bare.initSync({ module: readFileSync(new URL("domain_rules_bg.wasm", pkg)) });
const node = await import("../../pkg/node.js");
const pack = (tag) => readFileSync(new URL(`locales/${tag}.txt`, pkg), "utf8");
const ready = () => bare.locales().filter((l) => l.ready).map((l) => l.tag);

test("a pack is a locale's texts: without it English stands in", () => {
  const tags = bare.locales().map((l) => l.tag);
  assert.deepEqual(tags[0], "en");
  const files = readdirSync(new URL("locales/", pkg)).filter((f) => f.endsWith(".txt")).sort();
  assert.deepEqual(files, tags.slice(1).map((t) => `${t}.txt`).sort(), "a pack for every locale but English");
  assert.deepEqual(ready(), ["en"]);
  const before = bare.checkDomain("ab.it", { locale: "de" }).diagnostics[0].message;
  assert.equal(before, bare.checkDomain("ab.it").diagnostics[0].message);
  assert.equal(bare.contactSchema("DE", { locale: "de" }).fields[0].label, "Name");
  const germany = (locale) => bare.countries({ locale }).find((c) => c.code === "DE").name;
  assert.equal(germany("de"), "Germany");
  assert.deepEqual(bare.countries({ locale: "de" }), bare.countries({ locale: "en" }));

  assert.equal(warnings.length, 1, warnings.join("\n"));
  assert.match(warnings[0], /^domain-rules: the texts of `de` were asked for before its locale pack was loaded;/);
  assert.equal(bare.addLocale(pack("de")), "de");
  assert.deepEqual(ready(), ["en", "de"]);
  assert.equal(germany("de"), "Deutschland");
  const german = bare.checkDomain("ab.it", { locale: "de" });
  assert.match(german.diagnostics[0].message, /^Der Name muss vor \.it mindestens 3 Zeichen haben/);
  assert.deepEqual(german, node.checkDomain("ab.it", { locale: "de" }));
  assert.equal(bare.addLocale(pack("de")), "de", "loading a locale again keeps it");
  for (const tag of tags.slice(1)) {
    assert.equal(bare.addLocale(pack(tag)), tag);
  }
  assert.deepEqual(ready(), tags);
  assert.equal(warnings.length, 1);
});

test("once loaded, every locale answers as the node entry does", () => {
  for (const { tag } of bare.locales()) {
    bare.addLocale(pack(tag === "en" ? "de" : tag));
    const options = { locale: tag };
    assert.deepEqual(bare.formSchema("dk", options), node.formSchema("dk", options), tag);
    assert.deepEqual(bare.countries(options), node.countries(options), tag);
    assert.deepEqual(bare.contactSchema("IT", options), node.contactSchema("IT", options), tag);
    assert.deepEqual(bare.explainError("2306 Parameter value policy error", options), node.explainError("2306 Parameter value policy error", options), tag);
    assert.deepEqual(bare.checkOrder({ domain: "eksempel.dk", locale: tag }), node.checkOrder({ domain: "eksempel.dk", locale: tag }), tag);
  }
});

test("a text that is not a pack of this module is refused, with the reason", () => {
  const de = pack("de");
  const fields = de.split("\u001f");
  const edited = (i, value) => fields.map((f, j) => (j === i ? value : f)).join("\u001f");
  const refusal = (text) => {
    try {
      bare.addLocale(text);
      return "loaded";
    } catch (e) {
      return `${e.constructor.name}: ${e.message}`;
    }
  };
  assert.equal(refusal(""), "Error: not a domain-rules locale pack of format 1");
  assert.equal(refusal("<html>404</html>"), "Error: not a domain-rules locale pack of format 1");
  assert.match(refusal(edited(2, "9.9.9")), /^Error: a locale pack of domain-rules 9\.9\.9, not of this engine/);
  assert.match(refusal(edited(3, "xx")), /^Error: a locale pack for `xx`; this build takes packs for de, fr, it, da$/);
  assert.equal(refusal(edited(4, "0123456789abcdef")), "Error: a locale pack of other message tables than this build's");
  assert.equal(refusal(de.trimEnd() + "\u001fone more"), "Error: a locale pack whose number of texts differs from its header");
  const withPlaceholder = fields.findIndex((f, i) => i >= 9 && /\{min\}/.test(f));
  assert.match(refusal(edited(withPlaceholder, "ohne Platzhalter {x}")), /^Error: the message of `[a-z_.]+` has other placeholders than English$/);
});
