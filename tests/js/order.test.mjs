// Orders and form schemas through the built package: the must-show orders, the package equal
// to the CLI, and a generic form that knows nothing of any zone collecting a valid order for
// .ca, .dk and .it from the schema alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { loadPackage, root } from "./support.mjs";
import { formatOf, holds, valueAt } from "../../www/schema.js";

const pkg = await loadPackage();
const cli = join(root, "target/debug/domain-rules");

// The .dk field step: the contacts come from the customer's account.
const dk = (registrant, fields) => ({ domain: "eksempel.dk", scope: "fields", registrant, fields });

test("the .dk must-show orders", () => {
  const org = { type: "organization", country: "DK", organization: "Eksempel ApS" };
  const missing = pkg.checkOrder(dk(org, { "X-DK-ACCEPT-TAC": "1" }));
  assert.equal(missing.ok, false);
  assert.equal(missing.diagnostics[0].path, "fields.X-REGISTRANT-VATID");
  assert.equal(pkg.checkOrder(dk(org, { "X-REGISTRANT-VATID": "DK13585628", "X-DK-ACCEPT-TAC": "1" })).ok, true);
  const wrong = pkg.checkOrder(dk(org, { "X-REGISTRANT-VATID": "DK13585627", "X-DK-ACCEPT-TAC": "1" }));
  assert.equal(wrong.ok, false);
  assert.equal(wrong.diagnostics[0].params.reason, "checksum");
  assert.equal(pkg.checkOrder(dk({ type: "individual", country: "DK" }, { "X-DK-ACCEPT-TAC": true })).ok, true);
});

test("the package and the CLI give the same order reports", () => {
  const orders = [
    dk({ type: "organization", country: "DK" }, { "X-REGISTRANT-VATID": "DK13585627", "X-DK-ACCEPT-TAC": "1" }),
    { domain: "hopital.ca", registrant: { organization: "Hôpital", country: "CA", state: "QC" },
      fields: { "X-CA-LEGALTYPE": "HOS", "X-CA-LANGUAGE": "FR" }, locale: "fr" },
    { domain: 5 },
    // The whole order's keys: contacts of every role with street lines and phones, the flow.
    { domain: "example.com", action: "transfer", period: 1, authCode: "Xy7$kP2q", idProtection: true,
      registeredAt: "2026-02-30", premium: { class: "PREMIUM_ME_E", currency: "EUR", price: 19.5 },
      registrant: { firstName: "Jane", lastName: "Doe", street: ["Apt 4", "1 Main St"], city: "Springfield",
                    state: "illinois", postalCode: "62701", country: "us", phone: "(217) 555-0100 ext. 12",
                    email: "jane@bücher.de" },
      tech: { name: "Ops", country: "DE", phone: "030 1234567", fax: "1" },
      billing: { name: "Billing" }, trustee: "1", scope: "order", locale: "de" },
  ];
  const lines = orders.map((o) => JSON.stringify(o)).join("\n");
  let out;
  try {
    out = execFileSync(cli, ["order", "-"], { input: lines, encoding: "utf8" });
  } catch (e) {
    out = e.stdout; // exit status 1: some orders are not ok
  }
  const fromCli = out.trim().split("\n").map((l) => JSON.parse(l));
  const fromPackage = orders.map((o) => pkg.checkOrder(o));
  // An unreadable order is explained by each reader in its own words; the rest is equal.
  const withoutDetail = (r) => ({ ...r, diagnostics: r.diagnostics.map(({ code, path, severity }) => ({ code, path, severity })) });
  assert.deepEqual(fromPackage.slice(0, 2), fromCli.slice(0, 2));
  assert.deepEqual(withoutDetail(fromPackage[2]), withoutDetail(fromCli[2]));
  assert.deepEqual(fromPackage[3], fromCli[3]);
  assert.ok(fromPackage[3].diagnostics.length >= 5, JSON.stringify(fromPackage[3].diagnostics.map((d) => d.code)));
});

test("schemas: languages, actions, unknown zones and options", () => {
  const da = pkg.formSchema("dk", { locale: "da" });
  assert.equal(da.ok, true);
  assert.equal(da.fields[0].key, "X-REGISTRANT-VATID");
  assert.deepEqual(da.fields[0].required, { when: { "registrant.type": ["organization"] } });
  assert.match(da.fields[0].label, /momsnummer/);
  const update = pkg.formSchema("it", { action: "update" }).fields.map((f) => f.key);
  assert.ok(!update.some((k) => k.includes("ACCEPT")), update.join());
  assert.equal(pkg.formSchema("www.example.it").tld, "it");
  assert.equal(pkg.formSchema("nosuchtld").ok, false);
  assert.equal(pkg.formSchema("dk", { action: "delete" }).diagnostics[0].code, "options.invalid");
  assert.deepEqual(pkg.formSchema("dk", { action: "renew" }).fields, [], "a renewal asks for no fields");
  assert.equal(pkg.formSchema("dk", { locale: 5 }).diagnostics[0].path, "options.locale");
  assert.equal(pkg.formSchema("dk", { colour: "red" }).diagnostics[0].code, "options.invalid");
  assert.equal(pkg.formSchema("dk", "da").diagnostics[0].code, "options.invalid");
});

// ---- A form that knows no zone: it only reads the schema, with the order form's readers. ----

/** What a customer types for a format: the form shows the format's name, the customer knows
 *  their own number. These are published valid numbers, one per format. */
const TYPED = {
  "dk-cvr": "DK13585628",
  "it-codice-fiscale": "RCCMNL83S18D969H",
  "it-partita-iva": "00743110157",
  "eu-vat": "DE136695976",
  "email-or-url": "info@example.org",
  "dk-handle": "ABCD1234-DK",
  free: "X1234567",
};

/** What a customer types into a contact form, by key; the postal code and the phone are the
 *  form's own examples, the state its first option. */
const CONTACT = { street: "1 Example Street", city: "Example City", email: "owner@example.org", fax: "" };

function fillFromSchema(schema, registrant, domain) {
  const order = { domain, registrant: { ...registrant }, fields: {} };
  for (const field of pkg.contactSchema(registrant.country).fields) {
    if (!field.required || order.registrant[field.key] !== undefined) continue;
    order.registrant[field.key] = field.options?.[0]?.value ?? CONTACT[field.key] ?? field.example;
  }
  for (const field of schema.fields) {
    if (field.kind === "display") continue;
    if (!holds(field.required, order)) continue;
    const format = formatOf(field, order);
    order.fields[field.key] =
      field.kind === "select" ? (field.default ?? field.options[0].value)
      : field.kind === "checkbox" ? true
      : field.kind === "country" ? registrant.country
      : TYPED[format ?? "free"];
  }
  for (const rule of schema.rules) {
    if (rule.severity !== "error" || !holds({ when: rule.when }, order)) continue;
    const [head, key] = rule.path.split(/\.(.*)/s);
    const target = head === "fields" ? order.fields : order[head];
    if (rule.check === "absent") delete target[key];
    else if (rule.check === "oneOf") target[key] = rule.values[0];
    else if (rule.check === "digits") target[key] = "1".repeat(rule.digits);
    else if (rule.check === "present" && valueAt(order, rule.path) === undefined) {
      const sibling = schema.rules.find((r) => r.path === rule.path && r.check === "oneOf");
      target[key] = sibling ? sibling.values[0] : "Example Organisation";
    }
  }
  return order;
}

test("a form built only from the schemas collects a valid order", () => {
  const cases = [
    ["exemple.ca", { type: "organization", name: "Jean Tremblay", country: "CA" }],
    ["eksempel.dk", { type: "organization", name: "Jens Hansen", organization: "Eksempel ApS", country: "DK" }],
    ["eksempel.dk", { type: "individual", name: "Jens Hansen", country: "DK" }],
    ["esempio.it", { type: "individual", name: "Manuel Rocca", country: "IT" }],
    ["beispiel.de", { type: "individual", name: "Erika Muster", country: "AT" }],
  ];
  for (const [domain, registrant] of cases) {
    const schema = pkg.formSchema(domain);
    const order = fillFromSchema(schema, registrant, domain);
    const report = pkg.checkOrder(order);
    assert.equal(report.ok, true, `${domain}: ${JSON.stringify(order)} -> ${JSON.stringify(report.diagnostics)}`);
    // The empty form is refused: the schemas really asked for something.
    assert.equal(pkg.checkOrder({ domain, registrant }).ok, false, domain);
    if (schema.fields.some((f) => f.required === true)) {
      assert.equal(pkg.checkOrder({ ...order, fields: {} }).ok, false, domain);
    }
  }
});

test("contactKeys is the one list of contact keys: the forms use them, the reader takes them all", () => {
  const { keys, roles } = pkg.contactKeys();
  assert.deepEqual(roles, ["registrant", "admin", "tech", "billing"]);
  for (const country of ["US", "DE", "CA", "IT", "JP", "DK"]) {
    for (const field of pkg.contactSchema(country).fields) assert.ok(keys.includes(field.key), `${country} ${field.key}`);
  }
  for (const key of keys) {
    const report = pkg.checkOrder({ domain: "example.com", scope: "fields", registrant: { [key]: key === "street" ? ["1 Main St"] : "x" } });
    assert.ok(!report.diagnostics.some((d) => d.code === "order.invalid"), `${key}: ${JSON.stringify(report.diagnostics)}`);
  }
  const unknown = pkg.checkOrder({ domain: "example.com", registrant: { zip: "1" } });
  assert.equal(unknown.diagnostics[0].code, "order.invalid");
});
