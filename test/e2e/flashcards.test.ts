/**
 * Flashcards in Chromium against the production build: an anonymous visitor is sent to sign-in
 * and comes back; a new student reviews five cards with the keyboard only and undoes one;
 * screenshots at desktop and phone sizes in light and dark.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot, seriousViolations } from "./browser";

const base = inject("baseURL");
const password = "a long enough password";

async function signUp(page: Page, username: string, next = "/flashcards") {
  await page.goto(`${base}/sign-up?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Your name").fill("Flash Student");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.waitForURL(`${base}${next}`);
}

/** The session's keys work once the page is hydrated. */
const ready = (page: Page) => page.locator('[data-testid="flashcard-session"][data-ready="true"]').waitFor();

const frontText = (page: Page) => page.locator("#card-front").innerText();

describe("flashcards in the browser", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = browser.context;
    page = await context.newPage();
  });
  afterAll(async () => browser?.close());

  it("sends an anonymous visitor to sign-in and back to the flashcards", async () => {
    await context.clearCookies();
    const username = `flash-back-${Date.now().toString(36)}`;
    await signUp(page, username, "/");
    await page.getByRole("button", { name: "Sign out" }).first().click();
    // Already on "/": wait for the header to say signed out, not for the URL.
    await page.getByRole("link", { name: "Sign in" }).first().waitFor();

    await page.goto(`${base}/flashcards`);
    expect(page.url()).toBe(`${base}/sign-in?next=%2Fflashcards`);
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${base}/flashcards`);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Flashcards");
  });

  it("a new student reviews five cards with the keyboard only and undoes one", async () => {
    await context.clearCookies();
    await signUp(page, `flash-${Date.now().toString(36)}`);
    await ready(page);
    await expect(page.getByTestId("new-count").innerText()).resolves.toBe("20");
    await screenshot(page, "flashcards-front");

    const seen: string[] = [];
    const announcer = page.getByTestId("announcer");
    for (let i = 0; i < 5; i++) {
      const front = await frontText(page);
      seen.push(front);
      await expect(page.getByRole("button", { name: "Good", exact: true }).count()).resolves.toBe(0);
      await page.keyboard.press(i % 2 === 0 ? "Space" : "Enter");
      await page.getByTestId("card-back").waitFor();
      if (i === 0) {
        // The back cites its source as file:line, and every grade shows its next interval.
        await expect(page.getByTestId("card-back").innerText()).resolves.toMatch(/Source: \S+\.txt:\d+/);
        for (const name of ["Again", "Hard", "Good", "Easy"]) {
          const button = page.getByRole("button", { name, exact: true });
          await expect(button.innerText()).resolves.toMatch(new RegExp(`^${name}\\s+\\d+(\\.\\d)?(m|h|d|mo|y)`));
        }
        await screenshot(page, "flashcards-back");
      }
      await page.keyboard.press(i === 1 ? "1" : "3");
      // What the page announced, or the error it showed instead.
      await expect.poll(async () => ((await page.getByTestId("study-problem").count()) ? await page.getByTestId("study-problem").innerText() : await announcer.innerText()), { timeout: 15_000 }).toMatch(/^Graded (Again|Good)/);
      await expect.poll(() => frontText(page), { timeout: 15_000 }).not.toBe(front);
      await page.evaluate(() => (document.querySelector('[data-testid="announcer"]')!.textContent = ""));
    }
    // Four new cards and one failed: fifteen new left, one back soon.
    await expect(page.getByTestId("new-count").innerText()).resolves.toBe("15");

    const isMac = process.platform === "darwin";
    await page.keyboard.press(isMac ? "Meta+z" : "Control+z");
    await expect.poll(() => announcer.innerText(), { timeout: 15_000 }).toMatch(/undone/);
    // The last card reviewed is back, new again.
    await expect.poll(() => frontText(page), { timeout: 15_000 }).toBe(seen[4]);
    await expect(page.getByTestId("new-count").innerText()).resolves.toBe("16");
    // Focus is visible on the card and the grade buttons are reachable by Tab.
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    // The answer takes the focus on the next frame; a Tab pressed before that (a loaded machine)
    // would be undone by it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid")), { timeout: 15_000 }).toBe("card-back");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(focused).toBe("Again");
  });

  it("looks right on a phone and in dark mode, and axe finds nothing serious", async () => {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, size] of [
        ["desktop", { width: 1280, height: 900 }],
        ["phone", { width: 390, height: 844 }],
      ] as const) {
        await page.setViewportSize(size);
        await page.goto(`${base}/flashcards`);
        await ready(page);
        await page.keyboard.press("Space");
        await page.getByTestId("card-back").waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await expect(seriousViolations(page), `axe on the flashcards (${name}, ${scheme})`).resolves.toEqual([]);
        await screenshot(page, `flashcards-${name}-${scheme}`);
      }
    }
    await page.emulateMedia({ colorScheme: "light" });
  });
});
