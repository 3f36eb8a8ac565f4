// The JS half of checkDomain and isRegistrable (src/wasm.rs): reads a name into the module's
// memory without an allocation, and builds a report object from its packed form
// (src/packed_report.rs) with one decoder call for all of its texts. Each call names the
// module's memory: two instances of the module share this file when their glue is imported
// twice (as tests/js/locale-packs.test.mjs does). The views of the memory are made anew when it
// is another instance's, or when it has grown (its old buffer is then detached, and a view of
// it is empty).

let memory = null;
let bytes = new Uint8Array(0);
let words = new Uint32Array(0);

function useMemory(wasmMemory) {
  if (wasmMemory !== memory || bytes.byteLength === 0) {
    memory = wasmMemory;
    bytes = new Uint8Array(memory.buffer);
    words = new Uint32Array(memory.buffer);
  }
}

const encoder = new TextEncoder();

/**
 * Writes `input` as UTF-8 at `at`, in at most `room` bytes, and answers how many it took:
 * -1 when it is not a string, -2 when it does not fit.
 */
export function readName(wasmMemory, input, at, room) {
  if (typeof input !== "string") return -1;
  const length = input.length;
  if (length > room) return -2;
  useMemory(wasmMemory);
  for (let i = 0; i < length; i++) {
    const unit = input.charCodeAt(i);
    if (unit > 0x7f) {
      const { read, written } = encoder.encodeInto(input, bytes.subarray(at, at + room));
      return read === length ? written : -2;
    }
    bytes[at + i] = unit;
  }
  return length;
}

// Safari's decoders stop after 2 GB of text: a new one is made before that, as wasm-bindgen's
// glue does.
let decoder = new TextDecoder("utf-8", { ignoreBOM: true });
let decoded = 0;

function decode(at, length) {
  if (length === 0) return "";
  decoded += length;
  if (decoded > 2_000_000_000) {
    decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    decoded = length;
  }
  return decoder.decode(bytes.subarray(at, at + length));
}

const SEVERITIES = ["error", "warning", "info"];

/**
 * The report object of a domain check. `flags`: 1 ok, 2 the name has an ASCII form, 4 that form
 * is the input itself, 8 the Unicode form differs from it and is sent. `tldStart`: where the
 * zone starts in the ASCII form, or -1. The texts: `textLength` bytes at `textAt`; the layout:
 * 32-bit words from `layoutAt`. Key order follows the contract.
 */
export function domainReport(wasmMemory, flags, input, tldStart, textAt, textLength, layoutAt) {
  useMemory(wasmMemory);
  const text = decode(textAt, textLength);
  let at = 0;
  let i = layoutAt >>> 2;
  const next = () => text.slice(at, (at += words[i++]));
  const report = { ok: (flags & 1) !== 0, input };
  if (flags & 2) {
    const ascii = flags & 4 ? input : next();
    report.ascii = ascii;
    report.unicode = flags & 8 ? next() : ascii;
    if (tldStart >= 0) report.tld = ascii.slice(tldStart);
  }
  const diagnostics = [];
  for (let count = words[i++]; count > 0; count--) {
    const code = next();
    const severity = SEVERITIES[words[i++]];
    const path = next();
    const message = next();
    const params = {};
    for (let n = words[i++]; n > 0; n--) {
      const key = next();
      const value = words[i++];
      const valueText = text.slice(at, (at += value >>> 1));
      params[key] = value & 1 ? Number(valueText) : valueText;
    }
    diagnostics.push({ code, severity, path, message, params });
  }
  report.diagnostics = diagnostics;
  return report;
}

/** The object `versions()` answers. */
export function versionsObject(engine, publicSuffixList, unicode, idna2008) {
  return { engine, publicSuffixList, unicode, idna2008 };
}
