// The web entry in headless Chromium: a page on 127.0.0.1 imports pkg/domain_rules.js, init()
// fetches and instantiates the .wasm (streaming, as it is served as application/wasm), and the
// functions then answer as in node. Nothing is asked of any other host.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { blankPage, launch, serve, watchedPage } from "./chromium.mjs";

let server;
let browser;
before(async () => {
  server = await serve({ pages: { "/blank.html": blankPage } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("init() loads the module in a page, and the functions answer", async () => {
  const { page, requests, problems } = await watchedPage(browser);
  await page.goto(`${server.url}/blank.html`);
  const result = await page.evaluate(async () => {
    const pkg = await import("/pkg/domain_rules.js");
    let before;
    try {
      pkg.checkDomain("a.de");
      before = "answered";
    } catch (e) {
      before = e.constructor.name;
    }
    const start = performance.now();
    await pkg.default();
    const initMs = performance.now() - start;
    return {
      before,
      initMs,
      domain: pkg.checkDomain("Müller.DE"),
      german: pkg.checkDomain("ab.it", { locale: "de" }).diagnostics[0],
      notAString: pkg.checkDomain(42).diagnostics[0].code,
      order: pkg.checkOrder({ domain: "eksempel.dk", registrant: { type: "organization", country: "DK" } }),
      schema: pkg.formSchema("dk", { locale: "da" }).fields[0].label,
      record: pkg.checkRecord({ zone: "hexo.com", type: "A", name: "help.hexo.com", value: "203.0.114.10" }),
      zone: pkg.checkZoneRecords({
        zone: "hexo.com",
        records: [{ type: "CNAME", name: "www", value: "@" }, { type: "A", name: "www", value: "192.0.2.1" }],
      }),
      unicode: pkg.versions().unicode,
    };
  });
  assert.equal(result.before, "TypeError", "the functions need init() first in a browser");
  assert.ok(result.initMs > 0);
  assert.deepEqual(
    { ok: result.domain.ok, ascii: result.domain.ascii, unicode: result.domain.unicode, tld: result.domain.tld },
    { ok: true, ascii: "xn--mller-kva.de", unicode: "müller.de", tld: "de" },
  );
  assert.equal(result.german.code, "name.label_too_short");
  assert.match(result.german.message, /^Der Name muss vor \.it mindestens 3 Zeichen haben/);
  assert.equal(result.notAString, "input.not_a_string");
  assert.equal(result.order.ok, false);
  assert.ok(result.order.diagnostics.some((d) => d.path === "fields.X-REGISTRANT-VATID"));
  assert.equal(result.schema, "Registrantens momsnummer (CVR)");
  assert.equal(result.record.name.fqdn, "help.hexo.com.");
  assert.equal(result.record.diagnostics[0].code, "record.name_double_zone");
  assert.equal(result.zone.ok, false);
  assert.match(result.unicode, /^\d+\.\d+\.\d+$/);
  assert.deepEqual(problems, [], "no console errors or warnings (a wrong MIME type warns)");
  assert.ok(requests.some((u) => u.endsWith("/pkg/domain_rules_bg.wasm")), "init() fetched the module");
  assert.deepEqual(requests.filter((u) => !u.startsWith(server.url + "/")), []);
});

test("init() loads the locale packs it is asked for, and English stands in for the others", async () => {
  const { page, requests, problems } = await watchedPage(browser);
  await page.goto(`${server.url}/blank.html`);
  const result = await page.evaluate(async () => {
    const pkg = await import("/pkg/domain_rules.js");
    await pkg.default({ locales: ["de"] });
    const message = (locale) => pkg.checkDomain("ab.it", { locale }).diagnostics[0].message;
    const ready = () => pkg.locales().filter((l) => l.ready).map((l) => l.tag);
    const first = { ready: ready(), de: message("de"), fr: message("fr"), en: message("en"), again: message("fr") };
    let unknown;
    try {
      await pkg.loadLocales(["xx"]);
    } catch (e) {
      unknown = `${e.constructor.name}: ${e.message}`;
    }
    const loaded = await pkg.loadLocales(["fr"]);
    return { first, unknown, loaded, fr: message("fr"), label: pkg.contactSchema("FR", { locale: "fr" }).fields.find((f) => f.key === "name").label };
  });
  assert.deepEqual(result.first.ready, ["en", "de"]);
  assert.match(result.first.de, /^Der Name muss vor \.it mindestens 3 Zeichen haben/);
  assert.equal(result.first.fr, result.first.en, "a locale whose pack is not loaded is shown in English");
  assert.equal(result.first.again, result.first.en);
  assert.match(result.first.en, /^The name must have at least 3 characters before \.it/);
  assert.match(result.unknown, /^RangeError: domain-rules: no locale "xx"; the locales are en, de, fr, it, da$/);
  assert.deepEqual(result.loaded, ["en", "de", "fr"]);
  assert.match(result.fr, /^Le nom/);
  assert.equal(result.label, "Nom");
  const packs = requests.filter((u) => u.includes("/pkg/locales/") && u.endsWith(".txt")).map((u) => u.split("/").pop());
  assert.deepEqual(packs, ["de.txt", "fr.txt"], "only the packs asked for were fetched");
  assert.deepEqual(problems, [
    "warning: domain-rules: the texts of `fr` were asked for before its locale pack was loaded; they are shown" +
      ' in English. init() loads every pack unless told otherwise; loadLocales(["fr"]) loads this one.',
  ], "said once, on the console");
});
