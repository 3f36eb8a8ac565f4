// Loads the built package (pkg/) in node: the web build's init() fetches the .wasm, so a fetch
// for file: URLs is provided here, as a browser would serve the file.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));

const nodeFetch = globalThis.fetch;
globalThis.fetch = async (resource, options) => {
  const url = resource instanceof URL ? resource : new URL(String(resource), import.meta.url);
  if (url.protocol !== "file:") return nodeFetch(resource, options);
  const bytes = await readFile(url);
  return new Response(bytes, { headers: { "content-type": "application/wasm" } });
};

export async function loadPackage() {
  const pkg = await import(new URL("../../pkg/domain_rules.js", import.meta.url));
  await pkg.default();
  return pkg;
}
