// The built npm package in node: init() loads the module, reports are plain objects of the
// contract's shape, bad arguments are diagnostics, and the answers equal the CLI's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadPackage, root } from "./support.mjs";

const pkg = await loadPackage();

test("a report is a plain object with the contract keys", () => {
  const report = pkg.checkDomain("Müller.DE");
  assert.equal(Object.getPrototypeOf(report), Object.prototype);
  assert.deepEqual(Object.keys(report), ["ok", "input", "ascii", "unicode", "tld", "diagnostics"]);
  assert.equal(report.ascii, "xn--mller-kva.de");
  const [info] = report.diagnostics;
  assert.deepEqual(Object.keys(info), ["code", "severity", "path", "message", "params"]);
  assert.equal(Object.getPrototypeOf(info.params), Object.prototype);
  assert.equal(info.severity, "info");
});

test("never throws for arguments of the wrong type", () => {
  for (const value of [undefined, null, 1, {}, [], true, Symbol.iterator]) {
    const report = pkg.checkDomain(value);
    assert.equal(report.ok, false);
    assert.equal(report.diagnostics[0].code, "input.not_a_string");
  }
  assert.equal(pkg.checkDomain("a.de", { profile: "x" }).diagnostics[0].code, "options.invalid");
  assert.equal(pkg.checkDomain("a.de", 7).diagnostics[0].code, "options.invalid");
});

test("isRegistrable and checkDomains answer as checkDomain does", () => {
  const corpus = readFileSync(join(root, "benches/peers/corpus.tsv"), "utf8").trim().split("\n");
  const names = corpus.filter((_, i) => i % 7 === 0).map((line) => line.split("\t")[2]);
  names.push("", " Example.COM. ", "xn--mller-kva.de", "-a.de", "a.b.de", "ab.it", "faß.de", "x.blogspot.com");
  // Past the BMP (two UTF-16 units), a lone surrogate, a NUL, Greek and Japanese: the package
  // passes the names as one string cut by their UTF-16 lengths.
  names.push("😀.com", "𝒜bc.de", "a\uD800b.de", "\uDC00", "a\u0000b.de", "παράδειγμα.gr", "例え.jp", "bücher.de");
  for (const options of [undefined, { profile: "hostname" }, { profile: "record", locale: "de" }]) {
    const answers = pkg.checkDomains(names, options);
    assert.ok(answers instanceof Uint8Array);
    assert.equal(answers.length, names.length);
    names.forEach((name, i) => assert.equal(answers[i], pkg.checkDomain(name, options).ok ? 1 : 0, `${name} ${JSON.stringify(options)}`));
  }
  names.forEach((name) => assert.equal(pkg.isRegistrable(name), pkg.checkDomain(name).ok, name));
  const refused = names.filter((name) => !pkg.isRegistrable(name)).length;
  assert.ok(refused > 100 && refused < names.length - 100, `${refused} of ${names.length} refused`);
});

test("isRegistrable and checkDomains with arguments of the wrong type", () => {
  for (const value of [undefined, null, 1, {}, [], true]) assert.equal(pkg.isRegistrable(value), false);
  assert.deepEqual([...pkg.checkDomains(["example.de", 7, null, "example.com"])], [1, 0, 0, 1]);
  // Each name is cut where it ends, not where a valid name would.
  assert.deepEqual([...pkg.checkDomains(["exa", "mple.de", "ü", "ber.de", "😀", ".de", "bücher.de"])], [0, 1, 0, 1, 0, 0, 1]);
  assert.deepEqual([...pkg.checkDomains([undefined, "example.de", , "example.com"])], [0, 1, 0, 1]);
  // Invalid options refuse every name, as checkDomain's options.invalid does.
  assert.deepEqual([...pkg.checkDomains(["example.de"], { profile: "x" })], [0]);
  assert.deepEqual([...pkg.checkDomains([])], []);
  for (const value of ["example.de", undefined, { length: 1, 0: "example.de" }]) {
    assert.throws(() => pkg.checkDomains(value), TypeError);
  }
  const claimsMore = [];
  claimsMore.length = 2 ** 32 - 1;
  assert.throws(() => pkg.checkDomains(claimsMore), RangeError);
  assert.equal(pkg.checkDomains(new Array(1_000_000).fill("example.de")).length, 1_000_000);
});

test("versions and codes", () => {
  assert.match(pkg.versions().publicSuffixList, /publicsuffixlist \d/);
  assert.match(pkg.versions().unicode, /^\d+\.\d+\.\d+$/);
  assert.match(pkg.versions().idna2008, /PyPI idna \d/);
  const codes = pkg.codes().map((c) => c.code);
  assert.ok(codes.includes("name.label_too_short"));
  const documented = readFileSync(join(root, "docs/codes.md"), "utf8");
  for (const code of codes) assert.ok(documented.includes("`" + code + "`"), code);
});

test("the package and the CLI give the same reports", () => {
  const cli = join(root, "target/debug/domain-rules");
  const names = ["Müller.DE", "a.de", "ab.it", "-foo.de", "ab--cd.de", "ex_ample.com", "a.example.de",
    "co.uk", "example.co.uk", "foo.local", "foo.123", "xn--zz.com", "a".repeat(64) + ".de", "example.com."];
  for (const locale of ["en", "de"]) {
    let out;
    try {
      out = execFileSync(cli, ["check", "--locale", locale, ...names], { encoding: "utf8" });
    } catch (e) {
      out = e.stdout; // exit status 1: some names are not ok
    }
    const lines = out.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(lines.length, names.length);
    names.forEach((name, i) => assert.deepEqual(pkg.checkDomain(name, { locale }), lines[i], name));
  }
  const record = JSON.parse(execFileSync(cli, ["check", "--profile", "record", "ex_ample.com"], { encoding: "utf8" }));
  assert.deepEqual(pkg.checkDomain("ex_ample.com", { profile: "record" }), record);
});

test("names longer than the module's reading room are read whole", () => {
  // The module reads a name into a room of 4,096 bytes, and a longer one the ordinary way. The
  // CLI's --stdin caps its lines at 1,024 bytes, so these go to it as arguments.
  const cli = join(root, "target/debug/domain-rules");
  const names = [
    "a".repeat(5000) + ".de", "x".repeat(4093) + ".de", "x".repeat(4094) + ".de", "ü".repeat(1500) + ".de",
    "€".repeat(1364) + ".de", "€".repeat(1366) + ".de", "€".repeat(2000) + ".de", "😀".repeat(1100) + ".de",
  ];
  for (const name of names) {
    // The CLI exits with 1 for a refused name; its report is on stdout all the same.
    const expected = JSON.parse(spawnSync(cli, ["check", name], { encoding: "utf8", maxBuffer: 1 << 26 }).stdout);
    assert.deepEqual(pkg.checkDomain(name), expected, `${name.length} units of ${name[0]}`);
    assert.equal(pkg.isRegistrable(name), expected.ok);
  }
});

test("a name is read as a string is encoded, whatever calls in between", () => {
  // A lone surrogate is read as U+FFFD, as TextEncoder encodes it; the input stays as given.
  const lone = pkg.checkDomain("a\ud800b.de");
  assert.equal(lone.input, "a\ud800b.de");
  assert.deepEqual({ ...lone, input: "a\ufffdb.de" }, pkg.checkDomain("a\ufffdb.de"));
  assert.equal(pkg.isRegistrable("a\ud800b.de"), pkg.isRegistrable("a\ufffdb.de"));
  // An option's getter that checks other names inside the outer call (the options are read
  // before the name, so the inner calls find the reading room free).
  let inner;
  const options = {
    get locale() {
      inner = pkg.checkDomain("Müller.DE");
      assert.equal(pkg.isRegistrable("ab.it"), false);
      return "fr";
    },
  };
  assert.deepEqual(pkg.checkDomain("ab.it", options), pkg.checkDomain("ab.it", { locale: "fr" }));
  assert.deepEqual(inner, pkg.checkDomain("Müller.DE"));
});

test("the package and the CLI give the same reports on the peer corpus and on awkward names", () => {
  // The benchmark's 20,000 names, and values that a report carries across the JS boundary:
  // commas, digits, controls, characters beyond the BMP and line separators.
  const corpus = readFileSync(join(root, "benches/peers/corpus.tsv"), "utf8").split("\n").filter(Boolean);
  const names = corpus.map((line) => line.split("\t")[2]).concat([
    "12,3.de", "a,b.de", "1,.com", ",.de", "x\u001fy.de", "x\u0000y.de", "😀,1.de", "\u2028.de", "ab\u200dc.de",
    "ß,ς.com", "-1.de", "Ab,CD.COM", "xn--,.de",
    "\ufeffexample.de", "\ufeff",
  ]);
  for (const locale of ["en", "fr"]) {
    const out = spawnSync(join(root, "target/debug/domain-rules"), ["check", "--stdin", "--locale", locale], {
      input: names.join("\n") + "\n",
      encoding: "utf8",
      maxBuffer: 1 << 30,
    }).stdout;
    const lines = out.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(lines.length, names.length);
    names.forEach((name, i) => assert.deepEqual(pkg.checkDomain(name, { locale }), lines[i], JSON.stringify(name)));
  }
});
