import { expect, test } from "@playwright/test";

test("the home page answers 200 and has a title", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/\S/);
});
