// DNS records through the built package: the double-zone trap and the literal option, the
// package equal to the CLI, zone-level findings, and no exception for requests of the wrong
// shape.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { loadPackage, root } from "./support.mjs";

const pkg = await loadPackage();
const cli = join(root, "target/debug/domain-rules");

const cliRecord = (r) => {
  const args = ["record", "--zone", r.zone, "--type", r.type, "--name", r.name ?? "", "--value", r.value ?? ""];
  if (r.literal) args.push("--literal");
  if (r.locale) args.push("--locale", r.locale);
  try {
    return JSON.parse(execFileSync(cli, args, { encoding: "utf8" }));
  } catch (e) {
    return JSON.parse(e.stdout); // exit status 1: not ok
  }
};

test("the double-zone trap, and the literal option", () => {
  const meant = pkg.checkRecord({ zone: "hexo.com", type: "A", name: "help.hexo.com", value: "203.0.114.10" });
  assert.equal(meant.ok, true);
  assert.deepEqual(meant.name, { input: "help.hexo.com", fqdn: "help.hexo.com.", relative: "help", unicode: "help.hexo.com." });
  assert.equal(meant.diagnostics[0].code, "record.name_double_zone");
  assert.equal(meant.diagnostics[0].params.literal, "help.hexo.com.hexo.com.");
  const literal = pkg.checkRecord({ zone: "hexo.com", type: "A", name: "help.hexo.com", value: "203.0.114.10", literal: true });
  assert.equal(literal.name.fqdn, "help.hexo.com.hexo.com.");
  assert.deepEqual(literal.diagnostics, []);
});

test("the package and the CLI give the same record reports", () => {
  const records = [
    { zone: "hexo.com", type: "MX", name: "@", value: "10 mail.othercorp.net" },
    { zone: "hexo.com", type: "CNAME", name: "@", value: "x.example.net.", locale: "de" },
    { zone: "bücher.de", type: "SRV", name: "_sip._tcp", value: "10 60 70000 sip" },
    { zone: "hexo.com", type: "TXT", name: "_dmarc", value: "v=DMARC1; p=reject", literal: true },
  ];
  for (const r of records) assert.deepEqual(pkg.checkRecord(r), cliRecord(r), JSON.stringify(r));
});

test("a zone's records checked together", () => {
  const report = pkg.checkZoneRecords({
    zone: "hexo.com",
    records: [
      { type: "MX", name: "@", value: "10 mail" },
      { type: "CNAME", name: "mail", value: "mailhost.example.net." },
      { type: "CNAME", name: "mail", value: "mailhost.example.net.", ttl: 300 },
    ],
  });
  assert.equal(report.ok, false);
  assert.equal(report.records.length, 3);
  assert.deepEqual(report.diagnostics.map((d) => [d.code, d.path]), [
    ["record.cname_and_other_data", "records[1].name"],
    ["record.cname_and_other_data", "records[2].name"],
    ["record.target_is_cname", "records[0].value"],
    ["record.duplicate", "records[2]"],
  ]);
});

test("requests of the wrong shape are diagnostics, never exceptions", () => {
  for (const bad of [undefined, null, 5, "hexo.com", [], { zone: "hexo.com" }, { zone: 1, type: "A" },
    { zone: "hexo.com", type: "A", ttl: 1.5 }, { zone: "hexo.com", type: "A", literal: "yes" },
    { zone: "hexo.com", type: "A", extra: 1 }]) {
    const report = pkg.checkRecord(bad);
    assert.equal(report.ok, false, JSON.stringify(bad));
    assert.equal(report.diagnostics[0].code, "record.invalid", JSON.stringify(bad));
  }
  for (const bad of [undefined, { zone: "hexo.com" }, { zone: "hexo.com", records: [5] }, { zone: "hexo.com", records: [{}] }]) {
    const report = pkg.checkZoneRecords(bad);
    assert.equal(report.ok, false);
    assert.deepEqual(report.diagnostics.map((d) => [d.code, d.path]), [["record.invalid", "records"]]);
  }
});
