// The installed package in node, imported by its name: ready without init() and without fetch.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { lstatSync } from "node:fs";
import { fileURLToPath } from "node:url";

globalThis.fetch = async (resource) => {
  throw new Error(`fetch(${resource}) called`);
};
const { checkDomain, checkOrder, formSchema, checkRecord } = await import("domain-rules");

test("the package is an installed copy, resolved to its node entry", () => {
  const entry = fileURLToPath(import.meta.resolve("domain-rules"));
  assert.match(entry, /[/\\]node_modules[/\\]domain-rules[/\\]node\.js$/);
  const installed = fileURLToPath(new URL("node_modules/domain-rules", import.meta.url));
  assert.equal(lstatSync(installed).isSymbolicLink(), false, "installed from the tarball, not linked");
  assert.ok(lstatSync(fileURLToPath(import.meta.resolve("domain-rules/domain_rules_bg.wasm"))).size > 0);
});

test("checkDomain and the other checks answer on import", () => {
  const report = checkDomain("Bücher.Example.de");
  assert.equal(report.ok, false);
  assert.equal(report.ascii, "xn--bcher-kva.example.de");
  assert.equal(checkDomain("müller.de").ok, true);
  assert.equal(checkDomain("ab.it", { locale: "de" }).diagnostics[0].code, "name.label_too_short");
  assert.equal(checkOrder({ domain: "beispiel.de", registrant: { country: "DE" } }).domain.ok, true);
  assert.ok(formSchema("it").fields.length > 0);
  assert.equal(checkRecord({ zone: "hexo.com", type: "MX", name: "@", value: "10 mail" }).ok, true);
});

test("index.mjs imports it statically and runs in a node without fetch", () => {
  const output = execFileSync(
    process.execPath,
    ["--import", "data:text/javascript,delete globalThis.fetch", "index.mjs", "Müller.DE", "ab.it"],
    { cwd: fileURLToPath(new URL(".", import.meta.url)), encoding: "utf8" },
  );
  assert.equal(output, "ok xn--mller-kva.de name.mapped\nrefused ab.it name.label_too_short\n");
});
