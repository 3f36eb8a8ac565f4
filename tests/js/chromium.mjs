// Headless Chromium for the package's browser tests and scripts/browser-timing.mjs: a static
// file server on 127.0.0.1 and Debian's Chromium driven by playwright-core, with the flags that
// keep it from looking up Google's service hosts (every name but 127.0.0.1 fails to resolve).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const root = fileURLToPath(new URL("../../", import.meta.url));

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".css": "text/css",
};

/**
 * Serves `dir` (the repository root by default) on 127.0.0.1 at a free port. `pages` maps a
 * path to an HTML text served from memory; `mounts` maps a path prefix to another directory;
 * /favicon.ico is an empty answer; `headers` are added to every answer; files are sent with
 * `cacheControl` ("no-store" unless a caller wants a browser's caches to keep them). Resolves to
 * { url, close }.
 */
export async function serve({ dir = root, pages = {}, mounts = {}, headers = {}, cacheControl = "no-store" } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname);
    if (path === "/favicon.ico") {
      response.writeHead(204).end(); // no icon, and no 404 in the console of pages without one
      return;
    }
    if (Object.hasOwn(pages, path)) {
      response.writeHead(200, { ...headers, "content-type": types[".html"], "cache-control": "no-store" });
      response.end(pages[path]);
      return;
    }
    const [prefix, base] = Object.entries(mounts).find(([p]) => path.startsWith(p)) ?? ["/", dir];
    const file = normalize(join(base, path.slice(prefix.length)));
    if (!file.startsWith(normalize(base + sep)) && file !== normalize(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = types[extname(file)] ?? "application/octet-stream";
      response.writeHead(200, { ...headers, "content-type": type, "cache-control": cacheControl });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

export const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";

/** Launches headless Chromium without network lookups. */
export function launch() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ],
  });
}

/** An empty page, so that modules load from the server's own origin. */
export const blankPage = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>blank</title>';

/**
 * A page of `browser` whose requests and console messages are recorded: `requests` (every URL
 * asked for) and `problems` (console errors and warnings, page errors).
 */
export async function watchedPage(browser) {
  const page = await browser.newPage();
  const requests = [];
  const problems = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  return { page, requests, problems };
}
