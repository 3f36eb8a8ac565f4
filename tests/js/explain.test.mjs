// The registrar-error explainer through the built package: the same reports as the command
// line, the order's nameserver found by its index, and a diagnostic (never an exception) for
// options and texts of the wrong shape.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { loadPackage, root } from "./support.mjs";

const pkg = await loadPackage();
const cli = join(root, "target/debug/domain-rules");

/** The CLI's report for a text read from standard input (exit status 1 for a refusal). */
function cliExplain(text, args = []) {
  try {
    return JSON.parse(execFileSync(cli, ["explain", ...args, "-"], { input: text }).toString());
  } catch (e) {
    if (e.status === 1) return JSON.parse(e.stdout.toString());
    throw e;
  }
}

const texts = [
  "504 Missing required attribute; X-CA-LEGALTYPE",
  "[RESPONSE]\r\ncode = 541\r\ndescription = Invalid attribute value; X-ACCEPT-WHOISTRUSTEE-TAC not supported\r\nEOF\r\n",
  '<result code="2303"><msg>Object does not exist</msg><value><host:name>ns1.example.net</host:name></value></result>',
  "Domain Transfer Failed - Domain ID: 3 - Domain: example.com - Error: Invaild Authorization Code",
  "the flux capacitor failed",
];

test("the package and the CLI explain alike, in every locale", () => {
  for (const text of texts) {
    for (const locale of ["en", "de", "fr", "it", "da"]) {
      assert.deepEqual(pkg.explainError(text, { locale }), cliExplain(text, ["--locale", locale]), `${text} ${locale}`);
    }
  }
});

test("with the order, a DENIC nameserver error points at the nameserver", () => {
  const order = { domain: "beispiel.de", nameservers: ["ns1.beispiel.net", "ns2.beispiel.net"] };
  const text = "Command failed; 53300102912 Nameserver error [ERROR: 901 Unexpected RCODE (target\\, entity\\, RCODE) "
    + "(ns2.beispiel.net./85.13.128.53:53\\, beispiel.de\\, REFUSED)]";
  const report = pkg.explainError(text, { order, locale: "de" });
  assert.equal(report.recognised, true);
  assert.equal(report.source, "denic");
  assert.equal(report.diagnostics[0].path, "nameservers[1]");
  assert.match(report.diagnostics[0].message, /^Der Nameserver „ns2\.beispiel\.net“/);
});

test("an unknown text is said to be unknown and kept for the operator", () => {
  const report = pkg.explainError("Error 2030166: Edit permission denied");
  assert.equal(report.ok, false);
  assert.equal(report.recognised, false);
  assert.deepEqual(report.diagnostics.map((d) => d.code), ["registrar.unrecognised"]);
  assert.equal(report.diagnostics[0].params.text, "Error 2030166: Edit permission denied");
});

test("arguments of the wrong shape are diagnostics", () => {
  assert.equal(pkg.explainError(42).diagnostics[0].code, "registrar.text_invalid");
  assert.equal(pkg.explainError(null).diagnostics[0].params.found, "null");
  const badOptions = pkg.explainError("545 Object not found", { language: "de" });
  assert.equal(badOptions.ok, false);
  assert.deepEqual(badOptions.diagnostics.map((d) => d.code), ["registrar.object_not_found", "options.invalid"]);
  const badOrder = pkg.explainError("Invaild Authorization Code", { order: { domain: "x.com", colour: "red" } });
  assert.deepEqual(badOrder.diagnostics.map((d) => d.code), ["registrar.auth_code_invalid", "order.invalid"]);
  const badLocale = pkg.explainError("Invaild Authorization Code", { locale: 7 });
  assert.equal(badLocale.diagnostics.at(-1).path, "options.locale");
});
