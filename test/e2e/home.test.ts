import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
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

    // The titles come from the import, so compare with what the database holds.
    const sqlite = new Database(inject("databaseFile"), { readonly: true, fileMustExist: true });
    const stored = sqlite.prepare("SELECT file, title FROM SourceArticle ORDER BY file").all() as { file: string; title: string }[];
    sqlite.close();
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
});
