// A throw-away project directory whose node_modules/domain-rules links to the built pkg/, so
// that code imports the package by its name and node resolves it through package.json's
// exports, as in a project that installed it.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const pkgDir = fileURLToPath(new URL("../../pkg/", import.meta.url));

export function linkedProject() {
  const dir = mkdtempSync(join(tmpdir(), "domain-rules-consumer-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(pkgDir, join(dir, "node_modules", "domain-rules"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
