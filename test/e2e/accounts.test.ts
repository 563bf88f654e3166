/**
 * Accounts in Chromium against the production build: a student signs up,
 * signs out and signs in again with the keyboard; an anonymous visitor to a
 * protected page is sent to sign-in and comes back; the demo student signs in
 * with what `npm start` printed; axe finds nothing serious on the sign-in and
 * sign-up pages in light and dark; screenshots at desktop and phone sizes.
 */
import fs from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot, seriousViolations } from "./browser";

const base = inject("baseURL");

/** The demo accounts as npm start printed them ("Username: x  Password: y"). */
function printedDemoAccounts(): { role: string; kind: "Email" | "Username"; login: string; password: string }[] {
  const log = fs.readFileSync(inject("serverLog"), "utf8");
  return [...log.matchAll(/muster:\s+(teacher|student)\s+(Email|Username): (\S+)\s+Password: (\S+)/g)].map((match) => ({
    role: match[1]!,
    kind: match[2] as "Email" | "Username",
    login: match[3]!,
    password: match[4]!,
  }));
}


describe("accounts in the browser", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = browser.context;
    page = await context.newPage();
  });
  afterAll(async () => browser?.close());

  it("a new student signs up with a username, signs out, and signs in again using only the keyboard", async () => {
    await context.clearCookies();
    const username = `ada-${Date.now().toString(36)}`;
    const password = "a long enough password";
    await page.goto(`${base}/sign-up`);
    await page.getByLabel("Your name").fill("Ada Student");
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign up" }).click();
    await page.waitForURL(`${base}/account`);
    const details = page.getByTestId("account-details");
    await expect(details.innerText()).resolves.toContain("Ada Student");
    await expect(details.innerText()).resolves.toContain("Student");
    await expect(details.innerText()).resolves.toContain(username);
    // The synthetic address is never shown.
    await expect(page.content()).resolves.not.toContain("students.invalid");
    await expect(page.getByTestId("signed-in-as").innerText()).resolves.toContain("Ada Student");

    await page.getByRole("button", { name: "Sign out" }).first().click();
    await page.waitForURL(`${base}/`);
    await expect(page.getByRole("link", { name: "Sign in" }).count()).resolves.toBe(1);
    // The old session is gone on the server, not only in this browser.
    expect((await page.goto(`${base}/account`))?.url()).toBe(`${base}/sign-in?next=%2Faccount`);

    // Keyboard only: Tab to each field, type, Enter submits.
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Username").focus();
    await page.keyboard.type(username);
    await page.keyboard.press("Tab");
    await page.keyboard.type(password);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${base}/account`);
    await expect(page.getByTestId("account-details").innerText()).resolves.toContain(username);
  });

  it("announces one message for a wrong password and for an unknown user", async () => {
    await context.clearCookies();
    await page.goto(`${base}/sign-in`);
    const alert = page.getByRole("alert").filter({ hasText: /\S/ });
    await page.getByLabel("Username").fill("demo-student");
    await page.getByLabel("Password").fill("certainly not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert.innerText()).resolves.toBe("Wrong email/username or password.");
    await page.getByLabel("Username").fill("nobody-at-all");
    await page.getByLabel("Password").fill("certainly not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForFunction(() => (document.querySelector("#field-username") as HTMLInputElement | null)?.value === "nobody-at-all");
    await expect(alert.innerText()).resolves.toBe("Wrong email/username or password.");
    await expect(page.getByLabel("Password").getAttribute("aria-invalid")).resolves.toBeNull();
  });

  it("sends an anonymous visitor of a protected page to sign-in and back; the demo student signs in with the printed details", async () => {
    await context.clearCookies();
    const demo = printedDemoAccounts();
    expect(demo.map((account) => account.role).sort()).toEqual(["student", "student", "teacher"]);
    const student = demo.find((account) => account.role === "student" && account.kind === "Username")!;

    await page.goto(`${base}/account`);
    expect(page.url()).toBe(`${base}/sign-in?next=%2Faccount`);
    await page.getByLabel("Username").fill(student.login);
    await page.getByLabel("Password").fill(student.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${base}/account`);
    await expect(page.getByTestId("account-details").innerText()).resolves.toContain("Demo Student");
    await screenshot(page, "account-desktop-light");
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "account-phone-dark");
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 1280, height: 800 });

    // The teacher signs in by email, and a next= pointing off-site is ignored.
    await context.clearCookies();
    const teacher = demo.find((account) => account.role === "teacher")!;
    await page.goto(`${base}/sign-in?next=${encodeURIComponent("//evil.example/")}`);
    await page.getByLabel("Email").fill(teacher.login);
    await page.getByLabel("Password").fill(teacher.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${base}/account`);
    await expect(page.getByTestId("account-details").innerText()).resolves.toContain("Teacher");
  });

  it("tells anonymous visitors of the practice page that signing in saves their progress", async () => {
    await context.clearCookies();
    await page.goto(`${base}/practice?count=1&seed=banner`);
    const link = page.getByRole("link", { name: "Sign in to save your progress" });
    await expect(link.getAttribute("href")).resolves.toBe(`/sign-in?next=${encodeURIComponent("/practice?count=1&seed=banner")}`);
  });

  it("the sign-in and sign-up pages pass axe in light and dark, at desktop and phone sizes (screenshots)", async () => {
    await context.clearCookies();
    const problems: string[] = [];
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [width, height, size] of [[1280, 800, "desktop"], [390, 844, "phone"]] as const) {
        await page.setViewportSize({ width, height });
        for (const [path, name] of [["/sign-in", "sign-in"], ["/sign-up", "sign-up"], ["/sign-up/teacher", "sign-up-teacher"]] as const) {
          await page.goto(`${base}${path}`);
          // With an error showing: the state that most needs to be readable.
          await page.getByRole("button", { name: name === "sign-in" ? "Sign in" : "Sign up" }).click();
          await page.getByRole("alert").filter({ hasText: /\S/ }).waitFor();
          problems.push(...(await seriousViolations(page)).map((problem) => `${path} ${scheme} ${size}: ${problem}`));
          await screenshot(page, `${name}-${size}-${scheme}`);
          // Nothing wider than the screen.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${path} at ${size}`).toBeLessThanOrEqual(0);
        }
      }
    }
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(problems).toEqual([]);
  });

  it("shows a visible focus ring on the form's controls", async () => {
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Email").focus();
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe("solid");
  });
});
