// pkg/README.md's examples run as written against the built package: the js blocks in a project
// that imports the package by its name (node's entry), each `console.log(...); // expected` line
// printing what its comment says; the html page in headless Chromium, served with the package
// in node_modules/ next to it, showing checkDomain's message while a name is typed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, serve, watchedPage } from "./chromium.mjs";
import { linkedProject, pkgDir } from "./linked.mjs";

const readme = readFileSync(join(pkgDir, "README.md"), "utf8");
const blocks = (lang) => [...readme.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]);

test("the node example prints what its comments say", () => {
  const [code, ...more] = blocks("js");
  assert.ok(code, "pkg/README.md has a js example");
  assert.equal(more.length, 0, "one js example");
  const expected = [...code.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) => m[1]);
  assert.ok(expected.length >= 5, "the example shows its output in comments");
  const project = linkedProject();
  try {
    writeFileSync(join(project.dir, "example.mjs"), code);
    // Without fetch, as the README says of the node entry.
    const printed = execFileSync(
      process.execPath,
      ["--import", "data:text/javascript,delete globalThis.fetch", "example.mjs"],
      { cwd: project.dir, encoding: "utf8" },
    );
    assert.deepEqual(printed.trimEnd().split("\n"), expected);
  } finally {
    project.remove();
  }
});

test("the page example shows checkDomain's message while typing", async () => {
  const [html, ...more] = blocks("html");
  assert.ok(html, "pkg/README.md has an html example");
  assert.equal(more.length, 0, "one html example");
  const { checkDomain } = await import("../../pkg/node.js");
  const server = await serve({
    dir: join(pkgDir, ".."),
    pages: { "/page/index.html": html },
    mounts: { "/page/node_modules/domain-rules/": pkgDir },
  });
  const browser = await launch();
  try {
    for (const locale of ["en-US", "de-DE"]) {
      const context = await browser.newContext({ locale });
      const { page, requests, problems } = await watchedPage(context);
      await page.goto(`${server.url}/page/index.html`);
      const input = page.locator("#domain");
      const message = page.locator("#message");
      const shown = (name) => {
        const report = checkDomain(name, { locale });
        const first = report.diagnostics.find((d) => d.severity === "error") ?? report.diagnostics[0];
        return first ? first.message : `✓ ${report.ascii}`;
      };
      // Every keystroke updates the message; the last one is checked against node's answer.
      for (const name of ["ab.it", "Müller.DE", "müller.de"]) {
        await input.fill("");
        await input.pressSequentially(name);
        assert.equal(await message.textContent(), shown(name), `${locale}: ${name}`);
        assert.equal(await input.getAttribute("aria-invalid"), String(!checkDomain(name).ok));
      }
      assert.match(await message.textContent(), /^✓ xn--mller-kva\.de$/);
      await input.fill("");
      assert.equal(await message.textContent(), "");
      assert.deepEqual(problems, [], locale);
      assert.ok(requests.some((u) => u.endsWith("/page/node_modules/domain-rules/domain_rules_bg.wasm")));
      assert.deepEqual(requests.filter((u) => !u.startsWith(server.url + "/")), []);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
});
