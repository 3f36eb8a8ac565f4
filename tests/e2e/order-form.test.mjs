// The order form of www/ in headless Chromium: names typed and read back, zones switched,
// .dk, .ca and .it orders filled from empty to valid through the page alone, conditional fields,
// languages, nameserver hints and glue, the record editor's double-zone warning, and the whole
// form by keyboard. Every test fails on a console error; screenshots of the key states go to
// target/e2e-screenshots/.
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { launch, openForm, serve, shoot } from "./support.mjs";

let server;
let base;
let browser;
let current;

before(async () => {
  server = await serve();
  base = server.url;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => {
  const errors = current?.errors ?? [];
  await current?.page.close();
  current = undefined;
  assert.deepEqual(errors, [], "the page logged errors");
});

async function open(query) {
  current = await openForm(browser, base, query);
  return current.page;
}

const input = (page, path) => page.locator(`[data-path="${path}"]`);
const box = (page, path) => page.locator(`[data-field="${path}"]`);
const codes = async (page, path) =>
  page.locator(`[data-messages-for="${path}"] li`).evaluateAll((items) => items.map((li) => li.dataset.code));
const order = async (page) => JSON.parse(await page.textContent("#order-json"));

/** Fills a text input as a customer types it, one key at a time. */
async function type(page, path, text) {
  await input(page, path).fill("");
  await input(page, path).pressSequentially(text);
}

/** Fills a contact: the country first (it brings its address form), then each value, typed or
 *  chosen from a list. */
async function fillContact(page, who, contact) {
  await input(page, `${who}.country`).selectOption(contact.country);
  for (const [key, value] of Object.entries(contact)) {
    if (key === "country") continue;
    const node = input(page, `${who}.${key}`);
    if ((await node.evaluate((e) => e.tagName)) === "SELECT") await node.selectOption(value);
    else await type(page, `${who}.${key}`, value);
  }
}

const labels = async (page, who) =>
  page.locator(`#${who}-fields label`).evaluateAll((nodes) => nodes.map((n) => n.firstChild.textContent.trim()));

const CONTACTS = {
  US: { country: "US", name: "Jane Doe", street: "1600 Amphitheatre Pkwy", city: "Mountain View", state: "CA", postalCode: "94043", phone: "(650) 253-0000", email: "jane@example.net" },
  DE: { country: "DE", name: "Max Mustermann", street: "Hauptstraße 1", city: "Berlin", postalCode: "10115", phone: "030 1234567", email: "max@example.net" },
  CA: { country: "CA", name: "Marie Tremblay", street: "1 Rue Sherbrooke O", city: "Montréal", state: "QC", postalCode: "h3a 0g4", phone: "514 555 0199", email: "marie@example.net" },
  IT: { country: "IT", name: "Manuel Rocca", street: "Via Roma 1", city: "Roma", state: "RM", postalCode: "00184", phone: "06 1234 5678", email: "manuel@example.net" },
  DK: { country: "DK", name: "Jens Hansen", street: "Vestergade 1", city: "Aarhus", postalCode: "8000", phone: "12 34 56 78", email: "jens@eksempel.dk" },
  JP: { country: "JP", postalCode: "100-0001", state: "Tokyo", street: "Chiyoda 1-1", city: "Chiyoda-ku", name: "Taro Yamada", phone: "03-1234-5678", email: "taro@example.jp" },
};

test("a typed name shows its forms, and a bad one names the label and character", async () => {
  const page = await open();
  await shoot(page, "01-empty");
  assert.equal(await page.isDisabled("#submit"), true);
  await type(page, "domain", "Bücher.DE");
  assert.match(await page.textContent("#domain-forms"), /bücher\.de.*xn--bcher-kva\.de.*de/s);
  assert.equal(await input(page, "domain").getAttribute("aria-invalid"), null);

  await type(page, "domain", "bü_cher.de");
  assert.deepEqual(await codes(page, "domain"), ["name.underscore"]);
  assert.equal(await input(page, "domain").getAttribute("aria-invalid"), "true");
  assert.equal(await page.textContent("#domain-preview mark"), "_");
  assert.equal(await page.textContent("#domain-preview .bad-label"), "bü_cher");
  const describedBy = await input(page, "domain").getAttribute("aria-describedby");
  assert.ok(describedBy.split(" ").includes("domain-messages"), describedBy);
  await shoot(page, "02-domain-error");

  await type(page, "domain", "😀.com");
  assert.deepEqual(await codes(page, "domain"), ["name.idna2008_disallowed"]);
  assert.match(await page.textContent("[data-messages-for='domain']"), /U\+1F600/);
});

test("a .dk organisation order, from empty to valid through the page alone", async () => {
  const page = await open();
  await type(page, "domain", "eksempel.dk");
  assert.match(await page.textContent("#zone-heading"), /\.dk/);
  // An individual is asked no VAT ID.
  assert.equal(await box(page, "fields.X-REGISTRANT-VATID").isHidden(), true);
  await input(page, "registrant.type").selectOption("organization");
  assert.equal(await box(page, "fields.X-REGISTRANT-VATID").isVisible(), true, "the VAT field appears for an organisation");
  await fillContact(page, "registrant", CONTACTS.DK);
  await type(page, "registrant.organization", "Eksempel ApS");
  await type(page, "fields.X-REGISTRANT-VATID", "DK13585627");
  // A wrong check digit is named next to the field.
  assert.deepEqual(await codes(page, "fields.X-REGISTRANT-VATID"), ["order.field_format_invalid"]);
  assert.equal(await input(page, "fields.X-REGISTRANT-VATID").getAttribute("aria-invalid"), "true");
  assert.equal(await page.isDisabled("#submit"), true);
  await type(page, "fields.X-REGISTRANT-VATID", "DK13585628");
  assert.deepEqual(await codes(page, "fields.X-REGISTRANT-VATID"), []);
  assert.equal(await page.isDisabled("#submit"), true, "the acceptance is still missing");
  await input(page, "fields.X-DK-ACCEPT-TAC").check();
  assert.equal(await page.isDisabled("#submit"), false, await page.textContent("#problem-list"));
  const sent = await order(page);
  assert.equal(sent.fields["X-REGISTRANT-VATID"], "DK13585628");
  assert.equal(sent.fields["X-DK-ACCEPT-TAC"], "1");
  assert.equal(sent.registrant.organization, "Eksempel ApS");
  assert.equal(sent.registrant.phone, "+45.12345678", "the phone is sent in the EPP form");
  await shoot(page, "03-dk-organisation-valid");
  await page.click("#submit");
  assert.equal(await page.getAttribute("body", "data-submitted"), "1");

  // Back to an individual: the VAT field goes, and its value is not sent.
  await input(page, "registrant.type").selectOption("individual");
  assert.equal(await box(page, "fields.X-REGISTRANT-VATID").isHidden(), true);
  assert.equal((await order(page)).fields["X-REGISTRANT-VATID"], undefined);
});

test("a .ca order: the organisation comes and goes with the legal type", async () => {
  const page = await open();
  await type(page, "domain", "exemple.ca");
  await input(page, "registrant.country").selectOption("CA");
  await input(page, "fields.X-CA-LEGALTYPE").selectOption("CCT");
  assert.equal(await box(page, "registrant.organization").isHidden(), true, "an individual legal type has no organisation");
  await input(page, "fields.X-CA-LEGALTYPE").selectOption("CCO");
  assert.equal(await box(page, "registrant.organization").isVisible(), true);
  await fillContact(page, "registrant", { ...CONTACTS.CA, postalCode: "H3A 0G" });
  assert.deepEqual(await codes(page, "registrant.postalCode"), ["order.postal_code_invalid"]);
  assert.match(await page.textContent("[data-messages-for='registrant.postalCode']"), /H3Z 2Y7/);
  await type(page, "registrant.postalCode", "H3A 0G4");
  assert.equal(await page.isDisabled("#submit"), true, "a corporation needs its name");
  await type(page, "registrant.organization", "Exemple Inc.");
  await input(page, "fields.X-CA-LANGUAGE").selectOption("FR");
  assert.equal(await page.isDisabled("#submit"), false, await page.textContent("#problem-list"));
  await shoot(page, "04-ca-valid");
});

test("a .it order for an Italian person, and the organisation for other entity types", async () => {
  const page = await open("?lang=it");
  await type(page, "domain", "esempio.it");
  await input(page, "registrant.country").selectOption("IT");
  assert.equal(await box(page, "registrant.organization").isHidden(), true, "type 1 is a natural person");
  await input(page, "fields.X-IT-REGISTRANT-ENTITY-TYPE").selectOption("2");
  assert.equal(await box(page, "registrant.organization").isVisible(), true);
  await input(page, "fields.X-IT-REGISTRANT-ENTITY-TYPE").selectOption("1");
  await fillContact(page, "registrant", CONTACTS.IT);
  await type(page, "fields.X-IT-NATIONALITY", "IT");
  await type(page, "fields.X-IT-PIN", "RCCMNL83S18D969J");
  assert.deepEqual(await codes(page, "fields.X-IT-PIN"), ["order.field_format_invalid"]);
  assert.match(await page.textContent("[data-messages-for='fields.X-IT-PIN']"), /carattere di controllo/);
  await type(page, "fields.X-IT-PIN", "RCCMNL83S18D969H");
  for (const key of ["LIABILITY", "REGISTRATION", "DIFFUSION-AND-ACCESSIBILITY", "EXPLICIT"]) {
    await input(page, `fields.X-IT-ACCEPT-${key}-TAC`).check();
  }
  assert.equal(await page.isDisabled("#submit"), false, await page.textContent("#problem-list"));
  await shoot(page, "05-it-valid");
});

test("switching zones redraws the zone's fields", async () => {
  const page = await open();
  await type(page, "domain", "beispiel.de");
  assert.equal(await box(page, "fields.X-DE-ABUSE-CONTACT").count(), 1);
  await type(page, "domain", "beispiel.dk");
  assert.equal(await box(page, "fields.X-DE-ABUSE-CONTACT").count(), 0);
  assert.equal(await box(page, "fields.X-DK-ACCEPT-TAC").count(), 1);
  await type(page, "domain", "example.com");
  assert.match(await page.textContent("#zone-fields"), /\.com/);
});

test("the language switch changes the page, the fields and the messages", async () => {
  const page = await open();
  await type(page, "domain", "ab.it");
  assert.match(await page.textContent("[data-messages-for='domain']"), /at least 3 characters/);
  for (const [lang, heading, fragment] of [
    ["de", "Domain registrieren", "mindestens 3 Zeichen"],
    ["fr", "Enregistrer un domaine", "au moins 3 caractères"],
    ["it", "Registra un dominio", "almeno 3 caratteri"],
    ["da", "Registrér et domæne", "mindst 3 tegn"],
  ]) {
    await page.selectOption("#language", lang);
    assert.equal(await page.textContent("h1"), heading);
    assert.equal(await page.getAttribute("html", "lang"), lang);
    assert.match(await page.textContent("[data-messages-for='domain']"), new RegExp(fragment));
  }
  await type(page, "domain", "eksempel.dk");
  assert.match(await page.textContent("[data-field='fields.X-DK-ACCEPT-TAC'] label"), /accepterer|Punktum/);
  await shoot(page, "06-danish");
});

test("nameservers: glue appears where it is needed, hints name the registry's error", async () => {
  const page = await open();
  await type(page, "domain", "beispiel.de");
  await type(page, "nameservers[0]", "ns1.provider.net");
  assert.equal(await box(page, "nameservers[0].ips").isHidden(), true, "no glue for an external nameserver");
  assert.ok((await codes(page, "nameservers")).includes("order.nameserver_count"));
  assert.ok((await codes(page, "nameservers")).includes("order.hint_zone_must_be_served"));
  assert.match(await page.textContent("[data-messages-for='nameservers']"), /901 Unexpected RCODE/);
  await type(page, "nameservers[1]", "ns2.beispiel.de");
  assert.equal(await box(page, "nameservers[1].ips").isVisible(), true, "glue for a nameserver inside the domain");
  assert.deepEqual(await codes(page, "nameservers[1]"), ["order.glue_missing"]);
  await type(page, "nameservers[1].ips", "10.0.0.1");
  assert.deepEqual(await codes(page, "nameservers[1].ips"), ["order.glue_special_purpose"]);
  await type(page, "nameservers[1].ips", "81.91.170.12");
  assert.deepEqual(await codes(page, "nameservers[1].ips"), []);
  assert.deepEqual((await order(page)).nameservers, ["ns1.provider.net", { name: "ns2.beispiel.de", ips: ["81.91.170.12"] }]);
  await shoot(page, "07-nameservers");

  // Another domain of the same zone: ns2.beispiel.de is outside it now, so its glue goes.
  await type(page, "domain", "beispiele.de");
  assert.equal(await box(page, "nameservers[1].ips").isHidden(), true);
  assert.deepEqual((await order(page)).nameservers, ["ns1.provider.net", "ns2.beispiel.de"]);
  await type(page, "domain", "beispiel.de");

  // Removing the first nameserver moves the second up, with what was typed in it.
  await page.click('[data-remove-nameserver="0"]');
  assert.equal(await input(page, "nameservers[0]").inputValue(), "ns2.beispiel.de");
  assert.equal(await input(page, "nameservers[0].ips").inputValue(), "81.91.170.12");

  await type(page, "domain", "exemple.ca");
  assert.ok((await codes(page, "nameservers")).includes("order.hint_host_object"));
});

test("the record editor reads help.hexo.com in zone hexo.com as meant, and says so", async () => {
  const page = await open();
  await type(page, "domain", "hexo.com");
  await type(page, "records[0].name", "help.hexo.com");
  await type(page, "records[0].value", "203.0.114.10");
  assert.deepEqual(await codes(page, "records[0].name"), ["record.name_double_zone"]);
  assert.match(await page.textContent("[data-messages-for='records[0].name']"), /help\.hexo\.com\.hexo\.com\./);
  assert.equal(await page.textContent("#record-0-saved code"), "help.hexo.com. A 203.0.114.10");
  await page.click("#add-record");
  await input(page, "records[1].type").selectOption("CNAME");
  await type(page, "records[1].name", "help");
  await type(page, "records[1].value", "web.example.net.");
  // A finding between records stands next to the record it is about.
  assert.deepEqual(await codes(page, "records[1].name"), ["record.cname_and_other_data"]);
  assert.equal(await input(page, "records[1].name").getAttribute("aria-invalid"), "true");
  await shoot(page, "08-records");
  // Without a domain there is no zone, and nothing is shown as saved.
  await type(page, "domain", "");
  assert.equal(await page.textContent("#record-0-saved"), "");
});

test("the whole .dk order by keyboard alone", async () => {
  const page = await open();
  /** Presses Tab until `selector` has the focus; fails when it cannot be reached. */
  async function tabTo(selector) {
    for (let i = 0; i < 80; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
      await page.keyboard.press("Tab");
    }
    assert.fail(`${selector} cannot be reached with Tab`);
  }
  await tabTo("#domain");
  await page.keyboard.type("eksempel.dk");
  await tabTo('[data-path="registrant.type"]');
  await page.keyboard.press("ArrowDown");
  assert.equal(await input(page, "registrant.type").inputValue(), "organization");
  // The country by typing its name into the list: the address form of Denmark follows.
  await tabTo('[data-path="registrant.country"]');
  await page.keyboard.type("Denmark");
  await page.keyboard.press("Tab");
  assert.equal(await input(page, "registrant.country").inputValue(), "DK");
  for (const [path, text] of [
    ["registrant.name", "Jens Hansen"],
    ["registrant.organization", "Eksempel ApS"],
    ["registrant.street", "Vestergade 1"],
    ["registrant.postalCode", "8000"],
    ["registrant.city", "Aarhus"],
    ["registrant.phone", "12 34 56 78"],
    ["registrant.email", "jens@eksempel.dk"],
    ["fields.X-REGISTRANT-VATID", "DK13585628"],
  ]) {
    await tabTo(`[data-path="${path}"]`);
    await page.keyboard.type(text);
  }
  await tabTo('[data-path="fields.X-DK-ACCEPT-TAC"]');
  await page.keyboard.press("Space");
  await tabTo("#submit");
  await page.keyboard.press("Enter");
  assert.equal(await page.getAttribute("body", "data-submitted"), "1");
  // Every visible input has a label the screen reader reads.
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll("input, select, textarea")]
      .filter((e) => !e.closest("[hidden]") && !(e.labels?.length || e.getAttribute("aria-label")))
      .map((e) => e.id),
  );
  assert.deepEqual(unlabelled, []);
  await shoot(page, "09-keyboard-submitted");
});

test("a complete US, German, Canadian and Italian registrant, each in its own address form", async () => {
  const page = await open();
  for (const [domain, code, fields] of [
    ["example.com", "US", {}],
    ["beispiel.de", "DE", {}],
    ["exemple.ca", "CA", { "X-CA-LEGALTYPE": "CCT", "X-CA-LANGUAGE": "FR" }],
    ["esempio.it", "IT", { "X-IT-NATIONALITY": "IT", "X-IT-PIN": "RCCMNL83S18D969H" }],
  ]) {
    await type(page, "domain", domain);
    await fillContact(page, "registrant", CONTACTS[code]);
    for (const [key, value] of Object.entries(fields)) {
      const node = input(page, `fields.${key}`);
      if ((await node.evaluate((e) => e.tagName)) === "SELECT") await node.selectOption(value);
      else await type(page, `fields.${key}`, value);
    }
    if (code === "IT") {
      for (const key of ["LIABILITY", "REGISTRATION", "DIFFUSION-AND-ACCESSIBILITY", "EXPLICIT"]) await input(page, `fields.X-IT-ACCEPT-${key}-TAC`).check();
    }
    assert.equal(await page.isDisabled("#submit"), false, `${code}: ${await page.textContent("#problem-list")}`);
    const sent = (await order(page)).registrant;
    assert.match(sent.phone, /^\+\d{1,3}\.\d+$/, `${code}: ${sent.phone}`);
    if (code === "CA") {
      assert.equal(sent.postalCode, "H3A 0G4", "the postal code in capitals");
      assert.deepEqual(await labels(page, "registrant"), ["Type", "Country", "Name", "Organisation", "Street address", "City", "Province", "Postal code", "Phone", "Fax", "E-mail"]);
      await shoot(page, "10-canadian-registrant");
    }
    if (code === "US") assert.equal(sent.state, "CA");
  }
});

test("a Japanese registrant: the postal code first, the prefecture from a list", async () => {
  const page = await open();
  await type(page, "domain", "example.com");
  await input(page, "registrant.country").selectOption("JP");
  const order_ = await labels(page, "registrant");
  assert.deepEqual(order_.slice(2, 5), ["Postal code", "Prefecture", "Street address"], order_.join(", "));
  await fillContact(page, "registrant", CONTACTS.JP);
  assert.equal(await page.isDisabled("#submit"), false, await page.textContent("#problem-list"));
  const sent = (await order(page)).registrant;
  assert.deepEqual([sent.state, sent.phone, sent.postalCode], ["Tokyo", "+81.312345678", "100-0001"]);
  await shoot(page, "11-japanese-registrant");
});

test("a .com transfer: the auth code is asked for, and the term is the transfer's", async () => {
  const page = await open();
  await type(page, "domain", "example.com");
  await fillContact(page, "registrant", CONTACTS.US);
  assert.equal(await box(page, "authCode").isHidden(), true, "no auth code for a registration");
  assert.equal((await page.locator("#period option").count()), 10, "1 to 10 years to register");
  await input(page, "action").selectOption("transfer");
  assert.equal(await box(page, "authCode").isVisible(), true);
  assert.deepEqual(await page.locator("#period option").evaluateAll((o) => o.map((x) => x.value)), ["1"]);
  assert.ok((await page.textContent("#problem-list")).includes("auth code"));
  assert.equal(await page.isDisabled("#submit"), true, "a transfer without its code");
  await shoot(page, "12-com-transfer-without-code");
  await type(page, "authCode", "Xy7$kP2q");
  assert.equal(await page.isDisabled("#submit"), false, await page.textContent("#problem-list"));
  assert.equal((await order(page)).authCode, "Xy7$kP2q");
  // A .co.uk transfer has no code: the field goes, and the tag to ask for is said.
  await type(page, "domain", "example.co.uk");
  assert.equal(await box(page, "authCode").isHidden(), true);
  assert.match(await page.textContent("[data-messages-for='domain']"), /1API-DE/);
});

test("ID protection only where the zone offers it: .com yes, .de no", async () => {
  const page = await open();
  await type(page, "domain", "example.com");
  await fillContact(page, "registrant", CONTACTS.DE);
  assert.equal(await box(page, "idProtection").isVisible(), true);
  await input(page, "idProtection").check();
  assert.equal((await order(page)).idProtection, true);
  await type(page, "domain", "beispiel.de");
  assert.equal(await box(page, "idProtection").isHidden(), true, "DENIC has no ID protection to order");
  assert.equal((await order(page)).idProtection, undefined, "and the wish is not sent");
  assert.equal(await page.isDisabled("#submit"), false, await page.textContent("#problem-list"));
  await shoot(page, "13-de-without-id-protection");
});

test("the address labels follow the language and the country", async () => {
  const page = await open();
  await type(page, "domain", "example.com");
  await input(page, "registrant.country").selectOption("US");
  assert.ok((await labels(page, "registrant")).includes("ZIP code"));
  for (const [lang, expected] of [["de", ["Bundesstaat", "ZIP-Code"]], ["fr", ["État", "Code ZIP"]], ["it", ["Stato", "Codice ZIP"]], ["da", ["Stat", "ZIP-kode"]]]) {
    await page.selectOption("#language", lang);
    const shown = await labels(page, "registrant");
    for (const label of expected) assert.ok(shown.includes(label), `${lang}: ${shown.join(", ")}`);
  }
  await input(page, "registrant.country").selectOption("CA");
  assert.ok((await labels(page, "registrant")).includes("Provins"));
  await page.selectOption("#language", "fr");
  const french = await labels(page, "registrant");
  assert.ok(french.includes("Code postal") && french.includes("Province"), french.join(", "));
  assert.equal(await page.locator('[data-path="registrant.state"] option[value="QC"]').textContent(), "Québec");
  await shoot(page, "14-canadian-address-in-french");
});

test("contacts from the customer's account: only the zone's fields are checked", async () => {
  const page = await open();
  await type(page, "domain", "beispiel.de");
  assert.equal(await page.isDisabled("#submit"), true, "an order without contacts is not complete");
  await input(page, "account").check();
  assert.equal(await page.isDisabled("#submit"), false, await page.textContent("#problem-list"));
  const sent = await order(page);
  assert.equal(sent.scope, "fields");
  assert.deepEqual(Object.keys(sent.registrant), ["type"]);
});

test("the registrar answered: the pasted error is explained and the field to fix is marked", async () => {
  const page = await open();
  await type(page, "domain", "beispiel.de");
  await input(page, "account").check();
  await type(page, "nameservers[0]", "ns1.provider.net");
  await type(page, "nameservers[1]", "ns2.provider.net");
  const denic = "Command failed; 53300102912 Nameserver error [ERROR: 901 Unexpected RCODE (target\\, entity\\, RCODE) "
    + "(ns2.provider.net./81.91.170.12:53\\, beispiel.de\\, REFUSED)]";
  await page.fill("#registrar-answer", denic);
  await page.click("#explain");
  assert.match(await page.textContent("#explain-status"), /known \(53300102912\)/);
  assert.equal(await box(page, "nameservers[1]").evaluate((n) => n.classList.contains("registrar-marked")), true);
  assert.equal(await box(page, "nameservers[0]").evaluate((n) => n.classList.contains("registrar-marked")), false);
  assert.deepEqual(await codes(page, "nameservers[1]"), ["registrar.nameserver_refused"]);
  assert.match(await page.textContent("#explain-results"), /“ns2\.provider\.net” refused to answer for beispiel\.de/);
  // The explanation links to the marked input.
  assert.equal(await page.getAttribute("#explain-results a", "href"), "#" + (await input(page, "nameservers[1]").getAttribute("id")));
  await shoot(page, "15-registrar-answer");

  // In German, the explanation is given again in German.
  await page.selectOption("#language", "de");
  assert.match(await page.textContent("#explain-results"), /Der Nameserver „ns2\.provider\.net“ hat die Antwort/);
  assert.match(await page.textContent("#explain-status"), /bekannt/);

  // Changing the nameserver is fixing it: the mark goes, and stays gone in another language.
  await type(page, "nameservers[1]", "ns3.provider.net");
  assert.equal(await page.locator(".registrar-marked").count(), 0);
  await page.selectOption("#language", "fr");
  assert.equal(await page.locator(".registrar-marked").count(), 0);
  assert.match(await page.textContent("#explain-results"), /Le serveur de noms « ns2\.provider\.net »/);

  // A zone field by its parameter, and a text that is not known.
  await page.selectOption("#language", "en");
  await type(page, "domain", "exemple.ca");
  await page.fill("#registrar-answer", "[RESPONSE]\r\ncode = 504\r\ndescription = Missing required attribute; X-CA-LEGALTYPE\r\nEOF\r\n");
  await page.click("#explain");
  assert.equal(await box(page, "fields.X-CA-LEGALTYPE").evaluate((n) => n.classList.contains("registrar-marked")), true);
  assert.match(await page.textContent("[data-messages-for='fields.X-CA-LEGALTYPE']"), /The registry needs “Legal type of the registrant”/);
  await page.fill("#registrar-answer", "Error 2030166: Edit permission denied");
  await page.click("#explain");
  assert.match(await page.textContent("#explain-status"), /not known/);
  assert.equal(await page.locator(".registrar-marked").count(), 0);
  assert.match(await page.textContent("#explain-results"), /not one these checks know/);
});
