import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { databaseFromUrl } from "../../lib/env";
import { createDb } from "../../lib/server/db/client";
import { launchBrowser, screenshot } from "./browser";

const contentDir = path.resolve(import.meta.dirname, "../../content");

describe("home page", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });
  afterAll(async () => browser?.close());

  it("lists every article of content/ with its title, read from the database", async () => {
    const response = await page.goto(inject("baseURL"));
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toContain("Muster");

    const files = fs.readdirSync(contentDir).filter((file) => file.endsWith(".txt")).sort();
    const rows = page.getByTestId("article-list").locator("li");
    await expect(rows.count()).resolves.toBe(files.length);

    // The titles come from the import, so compare with what the database (SQLite or PostgreSQL) holds.
    const database = createDb(databaseFromUrl({ DATABASE_URL: inject("databaseUrl"), DATABASE_POOL_SIZE: "1", DATABASE_CONNECT_TIMEOUT_MS: "10000" }, process.cwd()));
    const stored = (await database.sourceArticle.findMany({ select: { file: true, title: true } })).sort((a, b) => (a.file < b.file ? -1 : 1));
    await database.$disconnect();
    expect(stored.map((row) => row.file)).toEqual(files);

    const text = await page.getByTestId("article-list").innerText();
    for (const row of stored) {
      expect(text).toContain(row.file);
      expect(text).toContain(row.title);
    }
    expect(text).toContain("Japanese invasion of Sakhalin");
    expect(text).toContain("Invasion of South Sakhalin");
    await screenshot(page, "home");
  });

  it("answers one practice question on the server, with feedback citing a source line", async () => {
    await page.goto(`${inject("baseURL")}/practice?count=1&seed=smoke`);
    const form = page.getByTestId("practice-question");
    await form.waitFor();
    expect(await form.getAttribute("data-question-id")).toBeTruthy();
    // Any answer will do: the point is that it travels to the server and comes back checked.
    const radios = form.getByRole("radio");
    if ((await radios.count()) > 0) await radios.first().check();
    else if ((await form.getByRole("textbox").count()) > 0) await form.getByRole("textbox").fill("1905");
    await form.getByRole("button", { name: "Check answer" }).click();
    const feedback = page.getByTestId("feedback");
    await feedback.waitFor();
    expect(await feedback.innerText()).toMatch(/line \d+/);
  });
});
