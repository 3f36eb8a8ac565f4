// The browser example of README.md runs as written against the built package: every
// `console.log(...); // expected` line must print what its comment says.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { root } from "./support.mjs";

test("README browser example prints what its comments say", async () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.ok(blocks.length >= 1, "README.md has a js example");
  for (const [i, code] of blocks.entries()) {
    const expected = [...code.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) => m[1]);
    assert.ok(expected.length >= 1, "the example shows its output in comments");
    const printed = [];
    const log = console.log;
    console.log = (...args) => printed.push(args.map(String).join(" "));
    // The example imports ./pkg/... relative to the repository root, as a page there would.
    const file = join(root, `.readme-example-${process.pid}-${i}.mjs`);
    writeFileSync(file, code);
    try {
      await import(file);
    } finally {
      console.log = log;
      rmSync(file, { force: true });
    }
    assert.deepEqual(printed, expected);
  }
});
