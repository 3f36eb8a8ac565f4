// The package's entry in node (the "node" condition of package.json's exports): the module is
// read from disk next to this file and instantiated synchronously, with every locale pack of
// locales/, so no fetch is involved and every function and language is ready on import. The web
// entry's init() and loadLocales() stay exported and have nothing left to do, so code that
// awaits init() runs unchanged in both.
import { readFileSync } from "node:fs";
import initModule, { addLocale, initSync } from "./domain_rules_wasm.js";
import PACK_TAGS from "./locales/index.js";

initSync({ module: readFileSync(new URL("./domain_rules_bg.wasm", import.meta.url)) });
for (const tag of PACK_TAGS) {
  addLocale(readFileSync(new URL(`./locales/${tag}.txt`, import.meta.url), "utf8"));
}

export * from "./domain_rules.js";

/** Resolves at once: the module and every pack are loaded on import. */
export default function init() {
  return initModule();
}
