// The package's web entry: the API of the WebAssembly module (domain_rules_wasm.js, written by
// wasm-bindgen) and an init() that also loads the locale packs. The module holds the texts of
// English; every other locale's are in locales/<tag>.txt, fetched when init() or loadLocales()
// asks for them, so a page downloads only the languages it shows.
import initModule, { addLocale, checkDomains as checkEach, checkDomainsJoined, locales } from "./domain_rules_wasm.js";

export * from "./domain_rules_wasm.js";

/**
 * checkDomains (see its declaration): the names cross into the module as one string with their
 * lengths, not one string each. Anything but an array of at most a million elements goes to the
 * module's own call, which throws its TypeError or RangeError.
 */
export function checkDomains(names, options) {
  if (!Array.isArray(names) || names.length > 1_000_000) return checkEach(names, options);
  const lengths = new Uint32Array(names.length);
  const strings = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (typeof name === "string") {
      strings.push(name);
      lengths[i] = name.length;
    } else {
      lengths[i] = 0xffffffff;
    }
  }
  return checkDomainsJoined(strings.join(""), lengths, options);
}

/** The folder of the locale packs, next to this file. */
const PACKS = new URL("./locales/", import.meta.url);

/**
 * Loads the packs of `tags` (every locale the module knows when it is not given) that are not
 * loaded yet, from `base` (this package's locales/ folder by default). Resolves to the tags whose
 * texts are ready.
 */
export async function loadLocales(tags, base = PACKS) {
  const known = locales();
  const wanted = tags === undefined ? known.map((l) => l.tag) : Array.from(tags, String);
  for (const tag of wanted) {
    if (!known.some((l) => l.tag === tag)) {
      const list = known.map((l) => l.tag).join(", ");
      throw new RangeError(`domain-rules: no locale "${tag}"; the locales are ${list}`);
    }
  }
  const missing = known.filter((l) => !l.ready && wanted.includes(l.tag));
  const texts = await Promise.all(
    missing.map(async ({ tag }) => {
      const url = new URL(`${tag}.txt`, base);
      const response = await fetch(url);
      if (!response.ok) {
        throw new Error(`domain-rules: the locale pack ${url} answered ${response.status}`);
      }
      return response.text();
    }),
  );
  texts.forEach((text) => addLocale(text));
  return locales().filter((l) => l.ready).map((l) => l.tag);
}

/**
 * Instantiates the module, then loads the locale packs: `options.locales` (every locale when
 * it is not given; `[]` for none). The other options are wasm-bindgen's (`module_or_path`).
 */
export default async function init(options) {
  let tags;
  let rest = options;
  if (options !== null && typeof options === "object" && Object.getPrototypeOf(options) === Object.prototype) {
    ({ locales: tags, ...rest } = options);
  }
  const output = await initModule(rest);
  await loadLocales(tags);
  return output;
}
