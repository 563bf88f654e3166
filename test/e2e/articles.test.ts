/**
 * A teacher adds an article in Chromium against the production build: bad uploads (binary, empty,
 * too large) get a clear message and store nothing; a pasted article shows its preview with the
 * warning on the right line and the facts with theirs; publishing puts its event in the library
 * and its questions in practice; the author withdraws it again. axe in light and dark, screenshots
 * at desktop and phone sizes.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot, seriousViolations } from "./browser";

const base = inject("baseURL");
const fixtures = path.resolve(import.meta.dirname, "../fixtures");
const article = fs.readFileSync(path.join(fixtures, "uploads/battle-of-kestrel-ford.txt"), "utf8");
const warningLine = article.split("\n").findIndex((line) => line.startsWith("- Weather:")) + 1;

describe("a teacher adds an article", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "muster-uploads-"));

  beforeAll(async () => {
    browser = await launchBrowser();
    context = browser.context;
    page = await context.newPage();
    await page.goto(`${base}/sign-up/teacher`);
    await page.getByLabel("Your name").fill("Ms Quill");
    await page.getByLabel("Email").fill(`quill-${Date.now().toString(36)}@school.example`);
    await page.getByLabel("Password").fill("a long teacher password");
    await page.getByRole("button", { name: "Sign up" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
  });
  afterAll(async () => {
    await browser?.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  async function upload(name: string, bytes: Buffer): Promise<string> {
    const file = path.join(scratch, name);
    fs.writeFileSync(file, bytes);
    await page.getByLabel("Or upload a .txt file").setInputFiles(file);
    await page.getByRole("button", { name: "Preview" }).click();
    const alert = page.getByRole("alert").filter({ hasText: /\S/ });
    await alert.waitFor();
    const message = await alert.innerText();
    await page.getByRole("button", { name: "Remove the file" }).click();
    return message;
  }

  it("refuses a binary, an empty and a too large file with a clear message", async () => {
    await page.goto(`${base}/articles`);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Your articles");
    expect(await upload("scan.txt", fs.readFileSync(path.join(fixtures, "articles/binary.txt")))).toMatch(/binary|UTF-8/);
    expect(await upload("nothing.txt", Buffer.alloc(0))).toMatch(/empty/);
    expect(await upload("huge.txt", Buffer.alloc(1024 * 1024 + 10, "a"))).toMatch(/at most 1 MB/);
    await page.reload();
    await expect(page.getByText("None yet.").count()).resolves.toBe(1);
  });

  it("previews a pasted article with the warning on its line, publishes it, and its questions are there", async () => {
    await page.goto(`${base}/articles`);
    await page.getByLabel("Article text").fill(article);
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByTestId("article-preview");
    await preview.waitFor();
    await expect(preview.getByText('A new event: "Battle of Kestrel Ford"').count()).resolves.toBe(1);
    await expect(page.getByTestId("preview-issues").innerText()).resolves.toContain(`Warning, line ${warningLine}: unknown infobox key 'Weather'`);
    const commanderRow = preview.getByRole("row").filter({ hasText: "Tomas Okonkwo-Vale" }).first();
    const commanderLine = article.split("\n").findIndex((line) => line.startsWith("- Commander2:")) + 1;
    await expect(commanderRow.getByRole("cell").first().innerText()).resolves.toBe(String(commanderLine));
    // The preview is keyboard-reachable: focus moved to its heading.
    await expect(page.evaluate(() => document.activeElement?.textContent ?? "")).resolves.toContain("Preview: Battle of Kestrel Ford");
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page), scheme).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 800 });
      await screenshot(page, `articles-preview-desktop-${scheme}`);
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, `articles-preview-phone-${scheme}`);
    }
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole("button", { name: "Publish" }).click();
    const published = page.getByRole("heading", { name: "Published: Battle of Kestrel Ford" });
    await published.or(page.getByRole("alert").filter({ hasText: /\S/ })).first().waitFor({ timeout: 60_000 });
    if (!(await published.isVisible())) throw new Error(`Publishing failed: ${await page.getByRole("alert").filter({ hasText: /\S/ }).first().innerText()}`);
    await page.getByRole("link", { name: "Practise it" }).click();
    await page.waitForURL(/\/practice\?event=battle-of-kestrel-ford/);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toContain("Battle of Kestrel Ford");
    await expect(page.locator("main").innerText()).resolves.toMatch(/Question 1 of/);
  });

  it("builds an assignment from the published article", async () => {
    await page.goto(`${base}/classes`);
    await page.getByLabel("Class name").fill("Kestrel study group");
    await page.getByRole("button", { name: "Create class" }).click();
    await page.waitForURL(/\/classes\/[^/?]+\?created=1$/);
    await page.getByRole("link", { name: "New assignment" }).click();
    await page.waitForURL(/\/assignments\/new$/);
    await page.getByLabel("Title").fill("Kestrel Ford check");
    await page.getByLabel("Battle of Kestrel Ford", { exact: true }).check();
    await page.getByRole("button", { name: "Make the draft and preview it" }).click();
    await page.waitForURL((url) => /\/assignments\/[\w-]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
    const sources = await page.getByTestId("preview-source").allInnerTexts();
    expect(sources.length).toBeGreaterThan(0);
    // Every question of the draft cites the uploaded article, by its line.
    for (const source of sources) expect(source).toMatch(/uploads\/battle-of-kestrel-ford-\w+\.txt:\d+/);
    await page.getByRole("button", { name: "Publish…" }).click();
    await page.getByRole("button", { name: "Yes, publish" }).click();
    await page.getByTestId("frozen").waitFor();
  });

  it("lists the article as the teacher's and withdraws it: it leaves the library", async () => {
    await page.goto(`${base}/articles`);
    const item = page.getByRole("listitem").filter({ hasText: "Battle of Kestrel Ford" });
    await expect(item.getByRole("link", { name: "Battle of Kestrel Ford" }).count()).resolves.toBe(1);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page), scheme).toEqual([]);
      await screenshot(page, `articles-list-${scheme}`);
    }
    await page.emulateMedia({ colorScheme: "light" });
    await item.getByRole("button", { name: "Withdraw" }).click();
    await item.getByRole("button", { name: "Withdraw it" }).click();
    await expect.poll(async () => (await item.innerText()).includes("withdrawn"), { timeout: 30_000 }).toBe(true);
    const gone = await page.goto(`${base}/practice?event=battle-of-kestrel-ford-1871`);
    expect(gone?.status()).toBe(404);
  });
});
