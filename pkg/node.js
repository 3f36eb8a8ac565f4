// The package's entry in node (the "node" condition of package.json's exports): the module is
// read from disk next to this file and instantiated synchronously, so no fetch is involved and
// every function is ready on import. The web entry's init() stays exported and does nothing
// more, so code that awaits init() runs unchanged in both.
import { readFileSync } from "node:fs";
import { initSync } from "./domain_rules.js";

initSync({ module: readFileSync(new URL("./domain_rules_bg.wasm", import.meta.url)) });

export * from "./domain_rules.js";
export { default } from "./domain_rules.js";
