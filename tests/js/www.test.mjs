// The order form's own sources: every language has every page text, and no zone knowledge lives
// in the page (no API parameters, no TLD-specific branches): all of it comes from the engine.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { root } from "./support.mjs";
import { LANGUAGES, keys, t } from "../../www/i18n.js";

test("every language has every page text", () => {
  const english = keys("en");
  assert.ok(english.length > 40, `${english.length} texts`);
  for (const language of Object.keys(LANGUAGES)) {
    assert.deepEqual(keys(language), english, language);
  }
  assert.equal(t("de", "nameserver", { n: 2 }), "Nameserver 2");
  assert.equal(t("xx", "title"), "Register a domain");
});

test("the page's scripts know no zone", () => {
  const dir = join(root, "www");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
    // Code only: comments may give examples.
    const source = readFileSync(join(dir, file), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    assert.doesNotMatch(source, /X-[A-Z]{2,}-/, `${file} names an API parameter`);
    assert.doesNotMatch(source, /["'`]\.?(dk|de|ca|it|eu|fr|uk|com)["'`]/, `${file} names a TLD`);
  }
});

test("every schema pattern is one a browser accepts as an input's pattern", async () => {
  const { loadPackage } = await import("./support.mjs");
  const pkg = await loadPackage();
  const zones = ["ca", "de", "dk", "it", "eu", "fr", "re", "es", "us", "se", "nu", "fi", "no", "pt", "ro", "au",
    "com.au", "hk", "swiss", "travel", "nyc", "ru", "xn--p1ai", "sg", "cn", "uk", "com"];
  let patterns = 0;
  for (const zone of zones) {
    for (const action of ["register", "transfer", "trade", "update"]) {
      for (const field of pkg.formSchema(zone, { action }).fields) {
        if (!field.pattern) continue;
        patterns++;
        // Browsers compile the pattern attribute with the v flag, anchored.
        assert.doesNotThrow(() => new RegExp(`^(?:${field.pattern})$`, "v"), `${zone} ${field.key}: ${field.pattern}`);
      }
    }
  }
  assert.ok(patterns >= 20, `${patterns} patterns`);
});
