/**
 * Assignment authoring in Chromium against the production build: a new teacher (signed up at
 * /sign-up/teacher; the class row is inserted through the test database, since the class pages are
 * another part) sets a quiz with a time limit, previews it with every key and source, drops one
 * question, replaces another, and publishes it after confirming. A student gets 403 (a teacher's
 * page) from the pages and the routes, with nothing of the assignment shown. axe finds
 * nothing serious on the form, the draft and the published page in light and dark; screenshots at
 * desktop and phone sizes.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { databaseFromUrl } from "../../lib/env";
import { createDb, type Db } from "../../lib/server/db/client";
import { launchBrowser, screenshot, seriousViolations } from "./browser";

const base = inject("baseURL");
const password = "a long enough password";
const root = path.resolve(import.meta.dirname, "../..");

async function signUpTeacher(page: Page, email: string) {
  await page.goto(`${base}/sign-up/teacher`);
  await page.getByLabel("Your name").fill("Tess Teacher");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
}

/** axe in light and dark, and screenshots at both sizes in both schemes. */
async function checkPage(page: Page, name: string): Promise<string[]> {
  const problems: string[] = [];
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, height, size] of [
      [1280, 800, "desktop"],
      [390, 844, "phone"],
    ] as const) {
      await page.setViewportSize({ width, height });
      await screenshot(page, `${name}-${size}-${scheme}`);
    }
    problems.push(...(await seriousViolations(page)).map((problem) => `${name} ${scheme}: ${problem}`));
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 800 });
  return problems;
}

const questionIds = (page: Page) => page.getByTestId("preview-question").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-question-id")!));

describe("assignment authoring in the browser", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let client: Db;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    client = createDb(databaseFromUrl({ DATABASE_URL: inject("databaseUrl"), DATABASE_POOL_SIZE: "2", DATABASE_CONNECT_TIMEOUT_MS: "10000" }, root));
  });
  afterAll(async () => {
    await browser?.close();
    await client?.$disconnect();
  });

  it("a teacher creates a timed assignment, previews it, drops one question, replaces another and publishes it", async () => {
    const email = `tess-${Date.now().toString(36)}@example.org`;
    await signUpTeacher(page, email);
    const teacher = await client.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
    expect(teacher.role).toBe("teacher");
    const classroom = await client.classroom.create({ data: { teacherId: teacher.id, name: "Year 9 History", joinCode: `E2E${Date.now().toString(36).toUpperCase()}` }, select: { id: true } });

    await page.goto(`${base}/classes/${classroom.id}/assignments/new`);
    const form = page.getByTestId("new-assignment-form");
    await form.waitFor();
    // The browser's zone is detected and shown; the due time defaults to a week ahead.
    await expect(page.getByTestId("time-zone").innerText()).resolves.toMatch(/Times are in your time zone, \S+/);
    await expect(page.getByLabel(/^Due/).inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}T23:59$/);
    expect(await checkPage(page, "assignment-new")).toEqual([]);

    // A wrong time limit is refused in place, with the field marked.
    await page.getByLabel("Title").fill("Russo-Japanese War check");
    await page.getByLabel(/^Time limit in minutes/).fill("900");
    await page.getByRole("button", { name: "Make the draft and preview it" }).click();
    await expect(page.getByTestId("form-status").innerText()).resolves.toContain("Some settings need a change");
    await expect(page.getByLabel(/^Time limit in minutes/).getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.locator("#error-timeLimitMinutes").innerText()).resolves.toBe("A time limit is at most 600 minutes.");

    await page.getByLabel(/^Time limit in minutes/).fill("15");
    await page.getByLabel(/^All of the .*Russo-Japanese War/).check();
    await expect(page.getByTestId("events-summary").innerText()).resolves.toMatch(/^\d+ events? chosen\.$/);
    await page.getByRole("button", { name: "Make the draft and preview it" }).click();
    await page.waitForURL((url) => new RegExp(`^/classes/${classroom.id}/assignments/[\\w-]+$`).test(url.pathname) && !url.pathname.endsWith("/new"));
    const assignmentId = page.url().split("/").pop()!;

    // The preview: every question with its answer and a source quote with file and line.
    const questions = page.getByTestId("preview-question");
    await questions.first().waitFor();
    await expect(questions.count()).resolves.toBe(10);
    for (const text of await page.getByTestId("preview-answer").allInnerTexts()) expect(text.trim().length).toBeGreaterThan(0);
    for (const text of await page.getByTestId("preview-source").allInnerTexts()) expect(text).toMatch(/\S+\.txt:\d+/);
    await expect(page.getByTestId("settings-summary").innerText()).resolves.toMatch(/Time limit\s+15 minutes/);
    expect(await checkPage(page, "assignment-draft")).toEqual([]);

    // Drop question 3: nine left, the drop announced.
    const before = await questionIds(page);
    await page.getByRole("button", { name: "Drop question 3" }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="preview-question"]').length === 9);
    await expect(page.getByTestId("question-status").innerText()).resolves.toContain("Question 3 dropped");
    const afterDrop = await questionIds(page);
    expect(afterDrop).toEqual(before.filter((id) => id !== before[2]));

    // Replace question 1: another question takes its place; the rest stay.
    await page.getByRole("button", { name: "Replace question 1" }).click();
    await page.waitForFunction((old) => document.querySelector('[data-testid="preview-question"]')?.getAttribute("data-question-id") !== old, afterDrop[0]);
    await expect(page.getByTestId("question-status").innerText()).resolves.toContain("Question 1 replaced");
    const afterReplace = await questionIds(page);
    expect(afterReplace).toHaveLength(9);
    expect(afterReplace.slice(1)).toEqual(afterDrop.slice(1));
    expect(before).not.toContain(afterReplace[0]);

    // Publish, after a confirmation.
    await page.getByRole("button", { name: "Publish…" }).click();
    await expect(page.getByTestId("confirm").innerText()).resolves.toContain("Publish now and freeze these 9 questions?");
    await page.getByRole("button", { name: "Yes, publish" }).click();
    await page.getByTestId("frozen").waitFor();
    await expect(page.getByTestId("frozen").innerText()).resolves.toMatch(/^Frozen on .+: these questions no longer change\./);
    await expect(page.getByRole("button", { name: /^Drop question/ }).count()).resolves.toBe(0);
    await expect(page.getByRole("link", { name: "See the results" }).getAttribute("href")).resolves.toBe(`/classes/${classroom.id}/assignments/${assignmentId}/results`);
    expect(await questionIds(page)).toEqual(afterReplace);
    await expect(page.getByTestId("settings-summary").innerText()).resolves.toMatch(/Questions\s+9 questions · one set for everyone/);
    expect(await checkPage(page, "assignment-published")).toEqual([]);

    const stored = await client.assignment.findUniqueOrThrow({ where: { id: assignmentId }, include: { questions: { orderBy: { position: "asc" } } } });
    expect(stored).toMatchObject({ status: "published", timeLimitMinutes: 15, attemptsAllowed: 1, reveal: "afterSubmit", lateWork: "refuse", mode: "fixed" });
    expect(stored.publishedAt).not.toBeNull();
    expect(stored.questions.map((q) => q.questionId)).toEqual(afterReplace);

    // The published assignment refuses a drop at the API too.
    const drop = await page.evaluate(async (url) => (await fetch(url, { method: "DELETE" })).status, `${base}/api/assignment-drafts/${assignmentId}/questions/${stored.questions[0]!.id}`);
    expect(drop).toBe(409);

    // A student gets 403 from the pages and the routes (a teacher's part), with nothing of the assignment shown.
    await browser.context.clearCookies();
    await page.goto(`${base}/sign-up`);
    await page.getByLabel("Your name").fill("Sam Student");
    await page.getByLabel("Username").fill(`sam-${Date.now().toString(36)}`);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign up" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
    const response = await page.goto(`${base}/classes/${classroom.id}/assignments/${assignmentId}`);
    expect(response?.status()).toBe(403);
    await expect(page.content()).resolves.not.toContain(stored.title);
    expect((await page.goto(`${base}/classes/${classroom.id}/assignments/new`))?.status()).toBe(403);
    const publishStatus = await page.evaluate(async (url) => (await fetch(url, { method: "POST" })).status, `${base}/api/assignment-drafts/${assignmentId}/publish`);
    expect(publishStatus).toBe(403);
  });
});
