// What the end-to-end tests add to tests/js/chromium.mjs (the static server and Debian's
// Chromium without outside lookups): the order form opened in a page that records console
// errors, page errors and failed requests, and screenshots kept as test artefacts.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { root, watchedPage } from "../js/chromium.mjs";

export { launch, serve } from "../js/chromium.mjs";

export const screenshots = join(root, "target/e2e-screenshots");

/** The order form in a new page of `browser`; `errors` collects what went wrong in it. */
export async function openForm(browser, base, query = "") {
  const { page, problems } = await watchedPage(browser);
  await page.setViewportSize({ width: 1100, height: 900 });
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(`${base}/www/index.html${query}`);
  await page.waitForSelector("body[data-ready='1']");
  return { page, errors: problems };
}

/** Saves a full-page screenshot under target/e2e-screenshots/. */
export async function shoot(page, name) {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}
