import { expect, test } from "@playwright/test";
import { demoOtherOrgOwner, demoOwner, signIn } from "./helpers";

test.use({ locale: "en-GB" });

// The seed gives two organisations: Offertewerk (a processor with agreements and signed PDFs) and
// Bakkerij Brood & Zo (another tenant). Bram, owner of the bakery, must see none of Offertewerk.
test("a member of another organisation gets 404 on every URL of this one", async ({ page, browser }) => {
  const owner = await browser.newPage();
  await signIn(owner, demoOwner);
  await owner.goto("/app/offertewerk");
  const agreementHref = await owner.getByRole("link", { name: /Verwerkersovereenkomst Offertewerk/ }).first().getAttribute("href");
  const pdfHref = await owner.getByRole("link", { name: /Download signed PDF/ }).first().getAttribute("href");
  expect(agreementHref).toMatch(/^\/app\/offertewerk\/agreements\//);
  expect(pdfHref).toMatch(/^\/app\/offertewerk\/signed\/.+\/pdf$/);
  const ownPdf = await owner.request.get(pdfHref!);
  expect(ownPdf.status()).toBe(200);
  expect(ownPdf.headers()["content-type"]).toBe("application/pdf");

  await signIn(page, demoOtherOrgOwner);
  for (const path of ["/app/offertewerk", agreementHref!, `${agreementHref}/preview`, "/app/offertewerk/agreements/new"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
  const foreignPdf = await page.request.get(pdfHref!);
  expect(foreignPdf.status()).toBe(404);
  // The same id under the member's own organisation is not found either.
  const ownSlugPdf = await page.request.get(pdfHref!.replace("/app/offertewerk/", "/app/bakkerij-brood-zo/"));
  expect(ownSlugPdf.status()).toBe(404);
});

test("signed-out visitors are sent to the sign-in page", async ({ page }) => {
  await page.goto("/app/offertewerk");
  await expect(page).toHaveURL(/\/login/);
  const pdf = await page.request.get("/app/offertewerk/signed/anything/pdf");
  expect(pdf.status()).toBe(404);
});
