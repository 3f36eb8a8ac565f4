// Types of the web entry: the module's API (domain_rules_wasm.d.ts) and the init() that also
// loads the locale packs.
export * from "./domain_rules_wasm.js";
import type { InitInput, InitOutput } from "./domain_rules_wasm.js";

/** What init() takes: wasm-bindgen's options and the locales whose packs to load. */
export interface InitOptions {
  /** The module, or where to fetch it from (next to this file by default). */
  module_or_path?: InitInput | Promise<InitInput>;
  /** The locales to load (every locale when not given; `[]` for English alone). */
  locales?: readonly string[];
}

/**
 * Instantiates the module and loads the locale packs of `options.locales` from the package's
 * locales/ folder. A locale whose pack is not loaded is shown in English.
 */
export default function init(options?: InitOptions): Promise<InitOutput>;

/**
 * Loads the packs of `tags` (every locale when not given) that are not loaded yet, from `base`
 * (the package's locales/ folder by default); resolves to the tags whose texts are ready. Rejects
 * with a RangeError for a locale the module does not know, with an Error when a pack cannot be
 * fetched or is not one of this module.
 */
export function loadLocales(tags?: readonly string[], base?: string | URL): Promise<string[]>;
