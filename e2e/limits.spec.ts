import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { buildHugeDocx, buildLazyScanDocx, buildLongSpacesText, buildPdfBomb, buildRepeatedEntryZip } from "../lib/import/fixtures/build-bombs";
import { demoOwner, signIn } from "./helpers";

// Against the built app (`next build` + scripts/serve.mjs): the import's worker thread must load
// there as in vitest, each hostile upload must be refused within a few seconds, and the server
// must keep answering other requests meanwhile.

test.use({ locale: "en-GB" });

test("hostile uploads are refused within seconds while the server keeps answering", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demoOwner);
  const org = new URL(page.url()).pathname.split("/")[2];
  const bombs: [string, Buffer | Uint8Array, number, string][] = [
    ["repeated central-directory entries", buildRepeatedEntryZip(1500), 422, "import.error.invalidDocx"],
    ["50 MB document.xml", buildHugeDocx(50), 413, "import.error.docxTooLarge"],
    ["PDF decompression bomb", await buildPdfBomb(2), 422, "import.error.tooComplex"],
  ];
  for (const [name, body, status, message] of bombs) {
    const started = Date.now();
    const upload = page.request.post(`/app/${org}/agreements/import/read`, { data: Buffer.from(body), headers: { "x-import-request": "1", "content-type": "application/octet-stream" } });
    // Another request during the upload's reading is answered promptly.
    await page.waitForTimeout(150);
    const other = Date.now();
    expect((await page.request.get("/login")).status()).toBe(200);
    const otherMs = Date.now() - other;
    const response = await upload;
    const seconds = (Date.now() - started) / 1000;
    console.info(`${name}: ${response.status()} in ${seconds.toFixed(2)} s; /login meanwhile in ${otherMs} ms`);
    expect(response.status(), name).toBe(status);
    expect(await response.json()).toMatchObject({ ok: false, message });
    expect(seconds, name).toBeLessThan(5);
    expect(otherMs, name).toBeLessThan(2000);
  }
  for (const [name, body] of [["unclosed elements (lazy scans)", buildLazyScanDocx(200_000)], ["a long line of spaces", buildLongSpacesText(5 * 1024 * 1024)]] as const) {
    const started = Date.now();
    const response = await page.request.post(`/app/${org}/agreements/import/read`, { data: Buffer.from(body), headers: { "x-import-request": "1" } });
    console.info(`${name}: ${response.status()} in ${((Date.now() - started) / 1000).toFixed(2)} s`);
    expect(response.status(), name).toBeLessThan(500);
    expect(Date.now() - started, name).toBeLessThan(5000);
  }
});

test("the public PDF of a version is limited per client address: 429 with Retry-After", async ({ playwright, baseURL }) => {
  const hex = () => randomUUID().slice(0, 4);
  const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": `2001:db8:${hex()}:${hex()}::1` } });
  const path = "/offertewerk/verwerkersovereenkomst-offertewerk/pdf";
  const first = await context.get(path);
  expect(first.status()).toBe(200);
  const bytes = await first.body();
  for (let i = 1; i < 60; i++) {
    const response = await context.get(path);
    expect(response.status()).toBe(200);
    // Served from the stored copy: the same bytes every time.
    if (i === 1) expect(Buffer.compare(await response.body(), bytes)).toBe(0);
  }
  const limited = await context.get(path);
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  await context.dispose();
});
