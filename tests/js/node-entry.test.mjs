// The package's node entry (pkg/node.js): ready on import without fetch or init(), the same
// functions as the web entry, and chosen by package.json's exports in node, while the "browser"
// condition still gets the web entry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { linkedProject } from "./linked.mjs";

const fetches = [];
globalThis.fetch = async (resource) => {
  fetches.push(String(resource));
  throw new Error(`fetch(${resource}) called by the node entry`);
};
const node = await import("../../pkg/node.js");

test("ready on import, without fetch", async () => {
  const report = node.checkDomain("Müller.DE");
  assert.equal(report.ok, true);
  assert.equal(report.ascii, "xn--mller-kva.de");
  assert.equal(node.checkDomain("ab.it", { locale: "de" }).diagnostics[0].code, "name.label_too_short");
  assert.equal(node.checkOrder({ domain: "beispiel.de" }).domain.ascii, "beispiel.de");
  assert.equal(node.formSchema("dk", { locale: "da" }).tld, "dk");
  const record = node.checkRecord({ zone: "hexo.com", type: "A", name: "www", value: "203.0.114.10" });
  assert.equal(record.name.fqdn, "www.hexo.com.");
  assert.equal(node.checkZoneRecords({ zone: "hexo.com", records: [] }).ok, true);
  await node.default(); // init() still works and does nothing more
  assert.deepEqual(fetches, []);
});

test("the same functions as the web entry", async () => {
  const web = await import("../../pkg/domain_rules.js");
  assert.deepEqual(Object.keys(node).sort(), Object.keys(web).sort());
  for (const name of ["checkDomain", "checkOrder", "formSchema", "checkRecord", "checkZoneRecords", "versions", "codes"]) {
    assert.equal(node[name], web[name], name);
  }
});

test("package.json's exports give node the node entry and browsers the web entry", () => {
  const project = linkedProject();
  try {
    const script = join(project.dir, "resolve.mjs");
    writeFileSync(script, 'console.log(import.meta.resolve("domain-rules"));\n');
    const resolve = (...flags) => execFileSync(process.execPath, [...flags, script], { encoding: "utf8" }).trim();
    assert.match(resolve(), /\/pkg\/node\.js$/);
    assert.match(resolve("--conditions=browser"), /\/pkg\/domain_rules\.js$/);
  } finally {
    project.remove();
  }
});
