// Types of the node entry: the API's declarations without the web loader's types (those name
// DOM types such as Response and BufferSource, which a node project need not have).
export * from "./domain_rules_api.js";

/**
 * Resolves at once: the node entry instantiates the module when it is imported. Kept so that
 * code which awaits init() runs unchanged in node and in browsers; any argument is ignored.
 */
export default function init(moduleOrPath?: unknown): Promise<unknown>;

/** Resolves at once to every locale: the node entry loads every locale pack on import. */
export function loadLocales(tags?: readonly string[], base?: unknown): Promise<string[]>;

/** Returns at once: the module is already instantiated; any argument is ignored. */
export function initSync(module?: unknown): unknown;
