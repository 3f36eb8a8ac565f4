// The package's web entry: the API of the WebAssembly module (domain_rules_wasm.js, written by
// wasm-bindgen) and an init() that also loads the locale packs. The module holds the texts of
// English; every other locale's are in locales/<tag>.txt, fetched when init() or loadLocales()
// asks for them, so a page downloads only the languages it shows.
import initModule, { addLocale, checkDomains as checkEach, checkDomainsJoined, locales } from "./domain_rules_wasm.js";
import PACK_TAGS from "./locales/index.js";

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

/** Every locale, English (compiled in) first. */
const KNOWN = ["en", ...PACK_TAGS];

/** The packs `tags` asks for (every one when it is not given); a RangeError for an unknown tag. */
function wantedPacks(tags) {
  const wanted = tags === undefined ? PACK_TAGS : Array.from(tags, String);
  for (const tag of wanted) {
    if (!KNOWN.includes(tag)) {
      throw new RangeError(`domain-rules: no locale "${tag}"; the locales are ${KNOWN.join(", ")}`);
    }
  }
  return wanted.filter((tag) => tag !== "en");
}

/** The texts of the packs of `tags`, fetched from `base` at once. */
async function fetchPacks(tags, base) {
  return Promise.all(
    tags.map(async (tag) => {
      const url = new URL(`${tag}.txt`, base);
      const response = await fetch(url);
      if (!response.ok) {
        throw new Error(`domain-rules: the locale pack ${url} answered ${response.status}`);
      }
      return response.text();
    }),
  );
}

/**
 * Loads the packs of `tags` (every locale the module knows when it is not given) that are not
 * loaded yet, from `base` (this package's locales/ folder by default). Resolves to the tags whose
 * texts are ready.
 */
export async function loadLocales(tags, base = PACKS) {
  const ready = new Set(locales().filter((l) => l.ready).map((l) => l.tag));
  const texts = await fetchPacks(wantedPacks(tags).filter((tag) => !ready.has(tag)), base);
  texts.forEach((text) => addLocale(text));
  return locales().filter((l) => l.ready).map((l) => l.tag);
}

/**
 * Instantiates the module and loads the locale packs: `options.locales` (every locale when it is
 * not given; `[]` for none), fetched while the module is compiled. The other options are
 * wasm-bindgen's (`module_or_path`).
 */
export default async function init(options) {
  let tags;
  let rest = options;
  if (options !== null && typeof options === "object" && Object.getPrototypeOf(options) === Object.prototype) {
    ({ locales: tags, ...rest } = options);
  }
  const packs = fetchPacks(wantedPacks(tags), PACKS);
  packs.catch(() => {}); // awaited below, once the module is there
  const output = await initModule(rest);
  (await packs).forEach((text) => addLocale(text));
  return output;
}
