/**
 * Results in Chromium against the production build, with a class's work inserted into the
 * server's database: a teacher opens an assignment's results and sees the flagged question,
 * accepts a contested answer (the attempt's mark changes on the page, and another student's
 * same spelling with it), opens an attempt, downloads the gradebook CSV and finds the page's
 * rows in it; another teacher gets 404. axe finds nothing serious; screenshots at desktop and
 * phone sizes in light and dark.
 */
import fs from "node:fs";
import Papa from "papaparse";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { databaseFromUrl } from "../../lib/env";
import { createDb, type Db } from "../../lib/server/db/client";
import { questionPool } from "../../lib/server/practice";
import { pickQuestions, rightAnswer, seedAssignment, seedAttempt, wrongAnswer } from "../integration/results-seed";
import { launchBrowser, screenshot, seriousViolations } from "./browser";

const base = inject("baseURL");
const password = "a long enough password";
const misspelling = "Zzyzx Qwerty";

async function signUpTeacher(page: Page, name: string, email: string) {
  await page.goto(`${base}/sign-up/teacher?next=${encodeURIComponent("/account")}`);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.waitForURL(`${base}/account`);
}

describe("results in the browser", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let client: Db;
  let classId: string;
  let assignmentId: string;
  let benAttempt: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = browser.context;
    page = await context.newPage();
    client = createDb(databaseFromUrl({ DATABASE_URL: inject("databaseUrl"), DATABASE_POOL_SIZE: "2", DATABASE_CONNECT_TIMEOUT_MS: "10000" }, process.cwd()));

    const email = `results-teacher-${Date.now().toString(36)}@example.org`;
    await signUpTeacher(page, "Rhea Teacher", email);
    const teacher = await client.user.findUniqueOrThrow({ where: { email } });
    expect(teacher.role).toBe("teacher");

    const classroom = await client.classroom.create({ data: { teacherId: teacher.id, name: "Form 4B", joinCode: `E2E${Date.now().toString(36).toUpperCase()}` } });
    classId = classroom.id;
    const names = ["Ada Lovelace", "Ben Okri", "Cat Stevens", "Dan Brown", "Eve Arden", "=SUM(1+1)"];
    const students: { id: string; name: string }[] = [];
    for (const [i, name] of names.entries()) {
      const id = `e2e_s${i}_${Date.now().toString(36)}`;
      await client.user.create({ data: { id, name, email: `${id}@example.org` } });
      await client.classMember.create({ data: { classroomId: classId, userId: id, joinedAt: new Date("2026-01-01T00:00:00Z") } });
      students.push({ id, name });
    }
    const picked = pickQuestions((await questionPool(client)).questions, 2, 3);
    const seeded = await seedAssignment(client, { classId, teacherId: teacher.id, title: "Quiz 1", questions: picked, dueAt: new Date("2026-01-20T00:00:00Z") });
    assignmentId = seeded.assignmentId;
    await seedAssignment(client, { classId, teacherId: teacher.id, title: "Quiz 2", questions: picked.slice(0, 2), dueAt: new Date("2099-01-01T00:00:00Z") });
    const [t1, t2, c1, c2, c3] = picked;
    const R = rightAnswer;
    // Q5 everyone right (facility 100%: flagged); Ben and Cat typed the same unknown spelling for Q1.
    const plans = [
      [R(t1!), R(t2!), R(c1!), R(c2!), R(c3!)],
      [misspelling, R(t2!), R(c1!), R(c2!), R(c3!)],
      ["zzyzx qwerty", wrongAnswer(t2!), R(c1!), wrongAnswer(c2!), R(c3!)],
      [R(t1!), R(t2!), wrongAnswer(c1!), wrongAnswer(c2!, 1), R(c3!)],
      [wrongAnswer(t1!), wrongAnswer(t2!), wrongAnswer(c1!), wrongAnswer(c2!), R(c3!)],
    ];
    for (const [i, answers] of plans.entries()) {
      const { attemptId, answerIds } = await seedAttempt(client, { assignmentId, userId: students[i]!.id, questions: seeded.questions, answers, late: i === 2 });
      if (i === 1) benAttempt = attemptId;
      if (i === 1 || i === 2) await client.attemptContest.create({ data: { answerId: answerIds[0]!, userId: students[i]!.id, note: "My textbook spells it this way", createdAt: new Date(Date.UTC(2026, 0, 21, 9, i)) } });
    }
    await client.questionReport.create({ data: { assignmentQuestionId: seeded.questions[3]!.id, userId: students[4]!.id, note: "Two options look right" } });
  });
  afterAll(async () => {
    await client?.$disconnect();
    await browser?.close();
  });

  it("shows the flagged question and accepts a contested answer, re-marking the attempt on the page", async () => {
    await page.goto(`${base}/classes/${classId}/assignments/${assignmentId}/results`);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Results: Quiz 1");
    const flagged = page.locator('[data-testid="item"][data-suspect="true"]');
    await expect(flagged.count()).resolves.toBeGreaterThanOrEqual(1);
    await expect(page.locator('[data-testid="item"][data-position="5"]').getAttribute("data-suspect")).resolves.toBe("true");
    await expect(page.locator('[data-testid="item"][data-position="5"]').innerText()).resolves.toMatch(/Check this question[\s\S]*above 90%/);
    await expect(page.getByTestId("summary-submitted").innerText()).resolves.toBe("5");
    await page.getByTestId("facility-chart").locator(".recharts-surface").first().waitFor();
    await screenshot(page, "results-before-accept");

    const ben = page.locator('[data-testid="contest"][data-student="Ben Okri"]');
    await expect(ben.getAttribute("data-status")).resolves.toBe("open");
    await expect(ben.getByTestId("contest-score").innerText()).resolves.toBe("4/5");
    await ben.getByRole("button", { name: "Accept Ben Okri's answer to question 1" }).click();
    await expect.poll(() => ben.getByTestId("contest-outcome").innerText(), { timeout: 20_000 }).toMatch(/^Accepted: the answer now counts\. “Zzyzx Qwerty” is accepted/);
    await expect.poll(() => ben.getByTestId("contest-score").innerText(), { timeout: 20_000 }).toBe("5/5");
    await expect(ben.getAttribute("data-status")).resolves.toBe("accepted");
    // Cat typed the same spelling: her contest was settled with Ben's, and her mark rose.
    const cat = page.locator('[data-testid="contest"][data-student="Cat Stevens"]');
    await expect(cat.getAttribute("data-status")).resolves.toBe("accepted");
    await expect(cat.getByTestId("contest-score").innerText()).resolves.toBe("3/5");
    // Focus did not get lost: the live region says what happened.
    await expect(ben.getByTestId("contest-outcome").getAttribute("aria-live")).resolves.toBe("polite");

    await page.goto(`${base}/classes/${classId}/attempts/${benAttempt}`);
    await expect(page.getByTestId("attempt-score").innerText()).resolves.toBe("5/5");
    const first = page.getByTestId("attempt-answers").locator("li").first();
    await expect(first.getAttribute("data-correct")).resolves.toBe("true");
    await expect(first.getByTestId("answer-reason").innerText()).resolves.toMatch(/accepted by your teacher/);
  });

  it("downloads the gradebook CSV with the page's rows", async () => {
    await page.goto(`${base}/classes/${classId}/gradebook`);
    const rows = page.getByTestId("gradebook").locator("tbody tr");
    await expect(rows.count()).resolves.toBe(6);
    const onPage: string[][] = [];
    for (let i = 0; i < 6; i++) {
      const row = rows.nth(i);
      const name = (await row.getAttribute("data-student"))!;
      const cells = row.locator("td[data-status]");
      const values = [name];
      for (let c = 0; c < (await cells.count()); c++) {
        const score = (await cells.nth(c).getAttribute("data-score")) ?? "";
        const [got = "", max = ""] = score ? score.split("/") : [];
        const status = await cells.nth(c).getAttribute("data-status");
        const late = (await cells.nth(c).getAttribute("data-late")) === "true";
        values.push(got, max, status === "submitted" ? (late ? "Late" : "Submitted") : { missing: "Missing", notYetDue: "Not yet due", inProgress: "In progress", notStarted: "Not started" }[status!]!);
      }
      values.push(((await row.locator("td[data-average]").getAttribute("data-average")) ?? "").replace("%", "").replace("—", ""));
      onPage.push(values);
    }
    expect(onPage.find((r) => r[0] === "Cat Stevens")!.slice(1, 4)).toEqual(["3", "5", "Late"]);
    expect(onPage.find((r) => r[0] === "=SUM(1+1)")!.slice(1, 4)).toEqual(["", "", "Missing"]);
    await expect(page.getByTestId("gradebook").innerText()).resolves.toContain("Missing");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("gradebook-csv").click()]);
    expect(download.suggestedFilename()).toBe("form-4b-gradebook.csv");
    const text = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
    const csv = Papa.parse<string[]>(text.trim()).data;
    expect(csv[0]).toEqual(["Student", "Quiz 1: score", "Quiz 1: out of", "Quiz 1: status", "Quiz 2: score", "Quiz 2: out of", "Quiz 2: status", "Average (%)"]);
    // The formula-looking name is text in the file; otherwise the rows are the page's.
    expect(csv.slice(1)).toEqual(onPage.map((row) => (row[0]!.startsWith("=") ? [`'${row[0]}`, ...row.slice(1)] : row)));
  });

  it("looks right on a phone and in dark mode, and axe finds nothing serious", async () => {
    const pages = [
      ["results", `/classes/${classId}/assignments/${assignmentId}/results`],
      ["gradebook", `/classes/${classId}/gradebook`],
      ["attempt", `/classes/${classId}/attempts/${benAttempt}`],
    ] as const;
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [size, viewport] of [
        ["desktop", { width: 1280, height: 800 }],
        ["phone", { width: 390, height: 844 }],
      ] as const) {
        await page.setViewportSize(viewport);
        for (const [name, url] of pages) {
          await page.goto(`${base}${url}`);
          await page.locator("h1").waitFor();
          if (name === "results") await page.getByTestId("facility-chart").locator(".recharts-surface").first().waitFor();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${name} ${size} ${scheme} overflows`).toBeLessThanOrEqual(0);
          await expect(seriousViolations(page), `axe on ${name} (${size}, ${scheme})`).resolves.toEqual([]);
          await screenshot(page, `results-${name}-${size}-${scheme}`);
        }
      }
    }
  });
  it("keeps another teacher out (404) and a student out (403)", async () => {
    await context.clearCookies();
    await signUpTeacher(page, "Other Teacher", `other-${Date.now().toString(36)}@example.org`);
    const urls = [`/classes/${classId}/gradebook`, `/classes/${classId}/assignments/${assignmentId}/results`, `/classes/${classId}/attempts/${benAttempt}`];
    for (const url of urls) {
      const response = await page.goto(`${base}${url}`);
      expect(response?.status(), url).toBe(404);
      await expect(page.locator("body").innerText()).resolves.not.toContain("Ben Okri");
    }
    for (const url of [`/classes/${classId}/gradebook/csv`, `/classes/${classId}/assignments/${assignmentId}/results/csv`]) {
      expect((await page.request.get(`${base}${url}`)).status(), url).toBe(404);
    }
    await context.clearCookies();
    await page.goto(`${base}/sign-up`);
    await page.getByLabel("Your name").fill("Nosy Student");
    await page.getByLabel("Username").fill(`nosy-${Date.now().toString(36)}`);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign up" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
    for (const url of urls) {
      const response = await page.goto(`${base}${url}`);
      expect(response?.status(), url).toBe(403);
      await expect(page.locator("body").innerText()).resolves.not.toContain("Ben Okri");
    }
    expect((await page.request.get(`${base}/classes/${classId}/gradebook/csv`)).status()).toBe(403);
  });
});
