/**
 * Classes in Chromium against the production build: a new teacher creates a class and reads its
 * code; an anonymous visitor opens the join link, creates a username account on the spot and is
 * in the class; the teacher sees them in the roster and resets their password, which then signs
 * in; npm start printed the demo class. axe finds nothing serious on /classes, the class page and
 * /join in light and dark; screenshots at desktop and phone sizes.
 */
import fs from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, screenshot, seriousViolations } from "./browser";

const base = inject("baseURL");
const stamp = Date.now().toString(36);

/** Axe in light and dark, and a screenshot of each at desktop and phone sizes. */
async function checkPage(page: Page, name: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await seriousViolations(page), `${name} ${scheme}`).toEqual([]);
    await screenshot(page, `${name}-desktop-${scheme}`);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousViolations(page), `${name} ${scheme} phone`).toEqual([]);
    await screenshot(page, `${name}-phone-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe("classes in the browser", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = browser.context;
    page = await context.newPage();
  });
  afterAll(async () => browser?.close());

  it("npm start made the demo class and printed its join code", () => {
    const log = fs.readFileSync(inject("serverLog"), "utf8");
    expect(log).toMatch(/demo class "Demo class" \(the demo teacher's, with both demo students\): join code [A-Z0-9]{4}-[A-Z0-9]{4}, link \/join\/[A-Z0-9]{8}/);
  });

  it("a teacher creates a class, a visitor joins by link with a new username account, the teacher sees and resets them", async () => {
    // The teacher signs up and lands on their (empty) classes.
    await context.clearCookies();
    await page.goto(`${base}/sign-up/teacher?next=%2Fclasses`);
    await page.getByLabel("Your name").fill("Ms Tallis");
    await page.getByLabel("Email").fill(`tallis-${stamp}@school.example`);
    await page.getByLabel("Password").fill("a long teacher password");
    await page.getByRole("button", { name: "Sign up" }).click();
    await page.waitForURL(`${base}/classes`);
    await expect(page.getByRole("link", { name: "Classes", exact: true }).count()).resolves.toBe(1);

    // An empty name is refused with a message, and nothing is created.
    await page.getByRole("button", { name: "Create class" }).click();
    // (Scoped to the form: Next.js's route announcer is an alert too.)
    await page.getByTestId("create-class-form").getByRole("alert").filter({ hasText: "Fill in a name for the class." }).waitFor();
    await expect(page.getByTestId("class-card").count()).resolves.toBe(0);
    await page.getByLabel("Class name").fill("Year 9 History");
    await page.getByRole("button", { name: "Create class" }).click();
    await page.waitForURL(/\/classes\/[^/?]+\?created=1$/);
    const classUrl = page.url().replace("?created=1", "");
    await expect(page.getByTestId("class-name").innerText()).resolves.toBe("Year 9 History");
    const code = (await page.getByTestId("join-code").getAttribute("data-code"))!;
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    await expect(page.getByTestId("join-code").innerText()).resolves.toBe(`${code.slice(0, 4)}-${code.slice(4)}`);
    await expect(page.getByTestId("join-link").innerText()).resolves.toMatch(new RegExp(`/join/${code}$`));
    await expect(page.getByRole("link", { name: "New assignment" }).getAttribute("href")).resolves.toMatch(/\/classes\/[^/]+\/assignments\/new$/);

    await page.goto(`${base}/classes`);
    await expect(page.getByTestId("active-classes").innerText()).resolves.toContain("Year 9 History");
    await checkPage(page, "classes");
    const teacherCookies = await context.cookies();

    // A visitor types the code badly (lower case, spaces) at /join, then signs up on the spot.
    await context.clearCookies();
    await page.goto(`${base}/join`);
    await checkPage(page, "join");
    await page.getByLabel("Join code").fill(` ${code.slice(0, 4).toLowerCase()} ${code.slice(4).toLowerCase()} `);
    await page.getByRole("button", { name: "Find the class" }).click();
    await page.waitForURL(`${base}/join/${code}`);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Join Year 9 History (Ms Tallis)");
    await checkPage(page, "join-code");
    const username = `pupil-${stamp}`;
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password").fill("a long pupil password");
    await page.getByLabel("Your name").fill("Pip Pupil");
    await page.getByRole("button", { name: "Create account and join Year 9 History" }).click();
    await page.waitForURL(`${classUrl}?joined=1`);
    await expect(page.getByTestId("joined").innerText()).resolves.toBe("You are in Year 9 History.");
    await expect(page.getByTestId("signed-in-as").innerText()).resolves.toContain("Pip Pupil");
    await page.goto(`${base}/classes`);
    await expect(page.getByTestId("student-classes").innerText()).resolves.toContain("Ms Tallis");
    // Opening the link again says so instead of joining twice.
    await page.goto(`${base}/join/${code}`);
    await expect(page.getByRole("status").filter({ hasText: "already in this class" }).count()).resolves.toBe(1);

    // The teacher sees the new student and resets their password.
    await context.clearCookies();
    await context.addCookies(teacherCookies);
    await page.goto(classUrl);
    const row = page.getByTestId("roster-row").filter({ hasText: "Pip Pupil" });
    await expect(row.innerText()).resolves.toContain(`Username: ${username}`);
    await checkPage(page, "class");
    await row.getByRole("button", { name: "Reset password of Pip Pupil" }).click();
    await row.getByRole("button", { name: "Reset password", exact: true }).click();
    const newPassword = await page.getByTestId("new-password").innerText();
    expect(newPassword).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("reset-result");
    await screenshot(page, "class-reset-desktop-light");

    // The new password signs the student in; the old one no longer does.
    await context.clearCookies();
    await page.goto(`${base}/sign-in?next=%2Fclasses`);
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password").fill("a long pupil password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("sign-in-form").getByRole("alert").filter({ hasText: "Wrong email/username or password." }).waitFor();
    await page.getByLabel("Password").fill(newPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${base}/classes`);
    await expect(page.getByTestId("student-classes").innerText()).resolves.toContain("Year 9 History");

    await checkPage(page, "student-classes");
    // The student's view of the class; a class they are not in is not found.
    await page.goto(classUrl);
    await expect(page.getByTestId("class-name").innerText()).resolves.toBe("Year 9 History");
    await expect(page.getByText("Teacher: Ms Tallis").count()).resolves.toBe(1);
    await expect(page.getByTestId("join-code").count()).resolves.toBe(0);
    await checkPage(page, "student-class");
    await page.goto(`${base}/classes/not-a-class-of-mine`);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Page not found");

    // Back to the teacher: the join link tells a teacher it is for students; removing asks first.
    await context.clearCookies();
    await context.addCookies(teacherCookies);
    await page.goto(`${base}/join/${code}`);
    await expect(page.getByTestId("notice").innerText()).resolves.toContain("This link is for students");
    await page.goto(classUrl);
    await page.getByRole("button", { name: "Remove Pip Pupil" }).click();
    await expect(page.evaluate(() => document.activeElement?.textContent ?? "")).resolves.toContain("Remove Pip Pupil from Year 9 History?");
    await page.getByRole("button", { name: "Yes, remove" }).click();
    await page.getByRole("status").filter({ hasText: "Pip Pupil was removed from the class." }).waitFor();
    await page.getByText("Nobody has joined yet.").waitFor();
    await expect(page.getByTestId("roster-row").count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("roster-answer");
  });
});
