/**
 * Taking an assignment in Chromium against the production build: a student in a class takes a
 * timed assignment, saves two answers, reloads in the middle and resumes with the time left and
 * the saved answers, submits and sees the review the rule allows (afterSubmit: score and keys). An
 * answer saved while the connection is down waits on the device and is stored once when it is back.
 * A second student answers after the deadline and is refused with the message. The page source
 * of an unanswered question holds no key; axe-core finds no serious or critical violation in light
 * and dark; screenshots at desktop and phone sizes.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { databaseFromUrl } from "../../lib/env";
import type { Question } from "../../lib/questions";
import { createDb, type Db } from "../../lib/server/db/client";
import { assemblePractice } from "../../lib/server/practice";
import { launchBrowser, screenshot, seriousViolations } from "./browser";

const base = inject("baseURL");
const password = "a long enough password";

async function signUp(page: Page, username: string) {
  await page.goto(`${base}/sign-up?next=${encodeURIComponent("/assignments")}`);
  await page.getByLabel("Your name").fill("Attempt Student");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.waitForURL(`${base}/assignments`);
}

describe("taking an assignment", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let database: Db;
  let classroomId: string;
  let teacherId: string;
  let questions: Question[];

  async function join(username: string): Promise<string> {
    const user = await database.user.findFirstOrThrow({ where: { username }, select: { id: true } });
    await database.classMember.create({ data: { classroomId, userId: user.id, joinedAt: new Date() } });
    return user.id;
  }

  async function assignment(title: string, timeLimitMinutes: number): Promise<string> {
    const row = await database.assignment.create({
      data: {
        classroomId,
        createdById: teacherId,
        title,
        instructions: "Answer each question; your answers are saved as you go.",
        blueprint: { eventIds: [], families: [], formats: [], count: questions.length, seed: "e2e" },
        mode: "fixed",
        dueAt: new Date(Date.now() + 3 * 86_400_000),
        timeLimitMinutes,
        reveal: "afterSubmit",
        status: "published",
        publishedAt: new Date(),
        questions: { create: questions.map((q, position) => ({ position, questionId: q.id, snapshot: q as object, factIds: q.factIds })) },
      },
      select: { id: true },
    });
    return row.id;
  }

  async function snapshot(assignmentQuestionId: string): Promise<Question> {
    return (await database.assignmentQuestion.findUniqueOrThrow({ where: { id: assignmentQuestionId } })).snapshot as unknown as Question;
  }

  /** Answers the question on screen correctly (the test plays a student who knows the key) and saves it. */
  async function answerShown(): Promise<Question> {
    const form = page.getByTestId("attempt-question");
    const id = await form.getAttribute("data-question-id");
    const question = await snapshot(id!);
    if (question.answer.kind === "choice") {
      const text = question.options!.find((o) => o.id === (question.answer as { optionId: string }).optionId)!.text;
      await form.getByRole("radio", { name: text, exact: true }).check();
    } else if (question.answer.kind === "text") {
      await form.getByRole("textbox").fill(question.answer.accepted[0]!.variants[0]!);
    }
    await form.getByRole("button", { name: "Save answer" }).click();
    return question;
  }

  async function axeBoth(label: string) {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(page), `${label} (${scheme})`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: "light" });
  }

  async function shots(name: string) {
    for (const [size, viewport] of [
      ["desktop", { width: 1280, height: 800 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport);
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await screenshot(page, `${name}-${size}-${scheme}`);
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: "light" });
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    context = browser.context;
    page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    database = createDb(databaseFromUrl({ DATABASE_URL: inject("databaseUrl"), DATABASE_POOL_SIZE: "2", DATABASE_CONNECT_TIMEOUT_MS: "10000" }, process.cwd()));
    teacherId = (await database.user.create({ data: { id: `e2e-teacher-${Date.now()}`, name: "E2E Teacher", email: `e2e-teacher-${Date.now()}@example.org`, role: "teacher" } })).id;
    classroomId = (await database.classroom.create({ data: { teacherId, name: "8C History", joinCode: `E${Date.now().toString(36).toUpperCase()}` } })).id;
    const choice = await assemblePractice({ count: 2, seed: "e2e-attempt-choice", formats: ["choice"] }, database);
    const typed = await assemblePractice({ count: 2, seed: "e2e-attempt-typed", formats: ["shortAnswer"] }, database);
    questions = [choice[0]!, typed[0]!, choice[1]!, typed[1]!];
  });
  afterAll(async () => {
    await database?.$disconnect();
    await browser?.close();
  });

  it("a student takes a timed assignment, reloads and resumes with the time left and the saved answers, submits and sees the review", async () => {
    await context.clearCookies();
    const username = `attempt-${Date.now().toString(36)}`;
    await signUp(page, username);
    await expect(page.getByTestId("no-assignments").isVisible()).resolves.toBe(true);
    await join(username);
    const assignmentId = await assignment("Port Arthur checkpoint", 10);
    await page.reload();
    const card = page.locator(`[data-assignment-id="${assignmentId}"]`);
    await expect(card.getAttribute("data-status")).resolves.toBe("open");
    await expect(card.innerText()).resolves.toContain("8C History");
    await axeBoth("assignment list");
    await shots("assignments-list");

    await card.getByRole("link", { name: /^Start/ }).click();
    await page.waitForURL(`${base}/assignments/${assignmentId}`);
    await page.locator('[data-testid="assignment-page"][data-ready="true"]').waitFor();
    await page.getByTestId("start").click();
    await page.getByTestId("attempt-question").waitFor();
    const attemptId = (await page.getByTestId("attempt").getAttribute("data-attempt-id"))!;
    const before = Number(await page.getByTestId("time-left").getAttribute("data-ms"));
    expect(before).toBeGreaterThan(9 * 60_000);
    expect(before).toBeLessThanOrEqual(10 * 60_000);

    const first = await answerShown();
    await page.locator('[data-testid="attempt-question"]').nth(0).waitFor();
    await expect.poll(() => database.attemptAnswer.count({ where: { attemptId } }), { timeout: 10_000 }).toBe(1);
    // The connection drops while the second answer is saved: it waits on this device and is sent once when back.
    await context.setOffline(true);
    await answerShown();
    await page.getByRole("button", { name: /^Question 2, waiting to be sent/ }).click();
    await expect(page.getByTestId("save-status").innerText()).resolves.toMatch(/Not saved yet: no connection/);
    const queued = await page.evaluate((id) => window.localStorage.getItem(`muster:attempt-queue:${id}`), attemptId);
    expect(JSON.parse(queued ?? "[]")).toHaveLength(1);
    expect(await database.attemptAnswer.count({ where: { attemptId } })).toBe(1);
    await context.setOffline(false);
    await expect.poll(() => database.attemptAnswer.count({ where: { attemptId } }), { timeout: 40_000 }).toBe(2);
    await expect.poll(() => page.getByTestId("save-status").getAttribute("data-state"), { timeout: 10_000 }).toBe("saved");
    await expect(page.evaluate((id) => window.localStorage.getItem(`muster:attempt-queue:${id}`), attemptId)).resolves.toBeNull();
    await page.getByRole("button", { name: /^Question 3/ }).click();
    await axeBoth("taking an attempt");
    await shots("attempt-taking");

    // The page source while questions 3 and 4 are unanswered: no key, no explanation, no verdict.
    const source = await (await context.request.get(`${base}/assignments/${assignmentId}`)).text();
    for (const leak of ['"correctAnswer"', '"explanation"', '"verdict"', '"accepted"', '"distractors"']) expect(source, leak).not.toContain(leak);
    const order = (await database.attempt.findUniqueOrThrow({ where: { id: attemptId } })).questionOrder as string[];
    for (const id of order.slice(2)) {
      const question = await snapshot(id);
      if (question.answer.kind === "text") expect(source).not.toContain(question.answer.display);
      const phrase = question.explanation.text.match(/[A-Za-z0-9 ,]{25,}/)?.[0];
      if (phrase) expect(source).not.toContain(phrase);
    }

    // Reload in the middle: the same attempt, two answers saved, the time still running down.
    await page.waitForTimeout(1500);
    await page.reload();
    await page.getByTestId("attempt-question").waitFor();
    await expect(page.getByTestId("attempt").getAttribute("data-attempt-id")).resolves.toBe(attemptId);
    await expect(page.getByTestId("answered-count").innerText()).resolves.toBe("2");
    const after = Number(await page.getByTestId("time-left").getAttribute("data-ms"));
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(8 * 60_000);
    await page.getByRole("button", { name: /^Question 1, saved/ }).click();
    await expect(page.getByTestId("save-status").getAttribute("data-state")).resolves.toBe("saved");
    await expect(page.getByTestId("question-heading").innerText()).resolves.toBe(first.prompt);

    await page.getByTestId("submit").click();
    await expect(page.getByTestId("confirm-submit").innerText()).resolves.toContain("You answered 2 of 4");
    await page.getByTestId("confirm-submit-button").click();
    await page.getByTestId("review").waitFor();
    await expect(page.getByTestId("attempt-score").innerText()).resolves.toBe("Your score: 2 of 4");
    await expect(page.getByTestId("review-item").count()).resolves.toBe(4);
    await expect(page.locator('[data-testid="review-item"][data-verdict="correct"]').count()).resolves.toBe(2);
    await axeBoth("review");
    await shots("attempt-review");
    const row = await database.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row).toMatchObject({ submittedBy: "student", score: 2, maxScore: 4 });
    await expect(page.getByTestId("start").count()).resolves.toBe(0);

    await page.goto(`${base}/assignments`);
    await expect(card.getAttribute("data-status")).resolves.toBe("submitted");
    await expect(card.getByTestId("score").innerText()).resolves.toBe("2 / 4");
  });

  it("a second student who answers after the deadline is refused with the message, and the attempt is submitted with what was saved", async () => {
    await context.clearCookies();
    const username = `late-${Date.now().toString(36)}`;
    await signUp(page, username);
    const userId = await join(username);
    const assignmentId = await assignment("Shumshu checkpoint", 5);
    await page.goto(`${base}/assignments/${assignmentId}`);
    await page.locator('[data-testid="assignment-page"][data-ready="true"]').waitFor();
    await page.getByTestId("start").click();
    await page.getByTestId("attempt-question").waitFor();
    await answerShown();
    const attempt = await database.attempt.findFirstOrThrow({ where: { userId, assignmentId } });
    await expect.poll(() => database.attemptAnswer.count({ where: { attemptId: attempt.id } }), { timeout: 10_000 }).toBe(1);
    // The time runs out while the page still counts down (the server's clock is what counts).
    await database.attempt.update({ where: { id: attempt.id }, data: { deadline: new Date(Date.now() - 1000) } });
    await answerShown();
    const notice = page.getByTestId("attempt-notice");
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toMatch(/Time is up: this attempt's deadline was .*This answer was not saved; your attempt was submitted with the answers saved before the deadline\./);
    await page.getByTestId("review").waitFor();
    await expect(page.getByTestId("review").innerText()).resolves.toContain("Time ran out");
    await expect(page.getByTestId("attempt-score").innerText()).resolves.toBe("Your score: 1 of 4");
    const row = await database.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(row).toMatchObject({ submittedBy: "expired", score: 1 });
    // One attempt allowed: no way to start another, and the card says so.
    await expect(page.getByTestId("intro").count()).resolves.toBe(0);
    expect(await database.attemptAnswer.count({ where: { attemptId: attempt.id } })).toBe(1);
    await screenshot(page, "attempt-refused-desktop-light");
  });
});
