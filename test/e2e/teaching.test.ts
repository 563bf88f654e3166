/**
 * Issue 10's acceptance, end to end in Chromium against the production build, through the real
 * pages: a teacher signs up, creates a class and reads its join code, sets a timed assignment
 * (one war, choice and typed questions) and publishes it. Three students join with
 * the code, each creating a username account on the spot: Ann answers everything well (typed
 * answers in lower case, a surname alone where the checker allows it), Bob answers badly, reloads
 * in the middle and resumes with his saved answers and less time left, then says "I was right" on
 * his rejected typed answer; Cy's time runs out and his next answer is refused with the server's
 * 409 message. With three more students' attempts seeded through the attempt data functions (the
 * item analysis flags only from five answers a question), the teacher sees Ann's and Bob's
 * results, a flagged question in the item analysis, accepts Bob's contest (his mark rises on the
 * page and in the gradebook), and downloads the gradebook CSV, whose rows are the page's.
 * axe finds nothing serious on the pages visited, in light and dark; screenshots of each.
 *
 * The test reads the answer keys from the frozen snapshots in the database (never from the
 * page), to play students who know or do not know them.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import Papa from "papaparse";
import type { BrowserContext, Cookie, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { markAnswer } from "../../lib/assignments/marking";
import { databaseFromUrl } from "../../lib/env";
import type { Question, UserAnswer } from "../../lib/questions";
import { saveAnswer, startAttempt, submitAttempt } from "../../lib/server/assignments/attempts";
import { createDb, type Db } from "../../lib/server/db/client";
import { launchBrowser, screenshot, seriousViolations } from "./browser";

const base = inject("baseURL");
const stamp = Date.now().toString(36);
const password = "a long enough password";
const className = "Year 10 History";
const title = "Russo-Japanese War check";
const limitMinutes = 20;
const questionCount = 6;
/** Bob's typed answer: wrong for the checker (asserted), contested, then accepted by the teacher. */
const bobTyped = "Admiral Nobody";

const isTyped = (question: Question) => question.answer.kind === "text";

/** The option text or word a student clicks for an answer. */
function optionLabel(question: Question, answer: UserAnswer): string {
  if (typeof answer === "boolean") return answer ? "True" : "False";
  return question.options!.find((option) => option.id === answer)!.text;
}

/** A right answer as a student gives it: typed ones lenient (lower case, the surname alone where the checker takes it). */
function rightAnswer(question: Question): UserAnswer {
  const key = question.answer;
  if (key.kind === "choice") return key.optionId;
  if (key.kind === "boolean") return key.value;
  if (key.kind === "text") {
    const full = key.accepted[0]!.variants[0]!;
    // A single word first (the surname, whichever end of the name it is), then the whole name in lower case.
    const candidates = [...full.toLowerCase().split(/\s+/), full.toLowerCase()];
    const lenient = candidates.find((text) => markAnswer(question, text).correct);
    expect(lenient, `a lenient form of "${full}" is accepted`).toBeDefined();
    return lenient!;
  }
  throw new Error(`no simple answer for ${key.kind} (the assignment asks choice, true/false and typed questions only)`);
}

function wrongAnswer(question: Question): UserAnswer {
  const key = question.answer;
  let answer: UserAnswer;
  if (key.kind === "choice") answer = question.options!.find((option) => option.id !== key.optionId)!.id;
  else if (key.kind === "boolean") answer = !key.value;
  else if (key.kind === "text") answer = bobTyped;
  else throw new Error(`no simple answer for ${key.kind}`);
  expect(markAnswer(question, answer).correct, `${answer} is wrong for ${question.prompt}`).toBe(false);
  return answer;
}

/** axe in light and dark, and a screenshot in each (phone too when asked). */
async function look(page: Page, name: string, { phone = false } = {}) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(page), `${name} (${scheme})`).toEqual([]);
    await screenshot(page, `teaching-${name}-desktop-${scheme}`);
    if (phone) {
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, `teaching-${name}-phone-${scheme}`);
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
}

describe("issue 10: a class's timed assignment from creation to the gradebook CSV", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let client: Db;
  let teacherCookies: Cookie[];
  let classId: string;
  let classUrl: string;
  let code: string;
  let assignmentId: string;
  /** AssignmentQuestion id → its frozen snapshot (the keys, read from the database). */
  const snapshots = new Map<string, Question>();
  const positions = new Map<string, number>();
  let typedQuestionId: string;
  let cyAnswered: string;
  let bobAttempt: string;
  let bobCookies: Cookie[];

  const snapshotOf = (id: string) => {
    const question = snapshots.get(id);
    expect(question, `question ${id} is one of the assignment's`).toBeDefined();
    return question!;
  };

  /** A visitor opens the join link and creates a username account on the spot. */
  async function join(name: string, username: string) {
    await context.clearCookies();
    await page.goto(`${base}/join/${code}`);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(`Join ${className} (Ms Marlow)`);
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password").fill(password);
    await page.getByLabel("Your name").fill(name);
    await page.getByRole("button", { name: `Create account and join ${className}` }).click();
    await page.waitForURL(`${classUrl}?joined=1`);
    await expect(page.getByTestId("joined").innerText()).resolves.toBe(`You are in ${className}.`);
  }

  /** From the student's list of assignments to a started attempt; its id. */
  async function startFromList(): Promise<string> {
    await page.goto(`${base}/assignments`);
    const card = page.locator(`[data-testid="assignment-card"][data-assignment-id="${assignmentId}"]`);
    await expect(card.getAttribute("data-status")).resolves.toBe("open");
    await expect(card.innerText()).resolves.toContain(`${questionCount} · ${limitMinutes} minutes`);
    await card.getByRole("link", { name: `Start ${title}` }).click();
    await page.waitForURL(`${base}/assignments/${assignmentId}`);
    await page.locator('[data-testid="assignment-page"][data-ready="true"]').waitFor();
    await page.getByTestId("start").click();
    await page.getByTestId("attempt-question").waitFor();
    return (await page.getByTestId("attempt").getAttribute("data-attempt-id"))!;
  }

  /** Opens question k (1-based, the attempt's order) from the question navigation. */
  async function openQuestion(k: number): Promise<{ form: Locator; id: string; question: Question }> {
    await page.getByRole("navigation", { name: "Questions" }).getByRole("button", { name: new RegExp(`^Question ${k},`) }).click();
    const form = page.getByTestId("attempt-question").filter({ hasText: `Question ${k} of ${questionCount}` });
    await form.waitFor();
    const id = (await form.getAttribute("data-question-id"))!;
    return { form, id, question: snapshotOf(id) };
  }

  /** Answers question k through the page, right or wrong, and saves it; returns the AssignmentQuestion id. */
  async function answer(k: number, how: "right" | "wrong"): Promise<{ id: string; given: UserAnswer }> {
    const { form, id, question } = await openQuestion(k);
    const given = how === "right" ? rightAnswer(question) : wrongAnswer(question);
    if (typeof given === "string" && isTyped(question)) await form.getByRole("textbox", { name: "Your answer" }).fill(given);
    else await form.getByRole("radio", { name: optionLabel(question, given), exact: true }).check();
    await form.getByRole("button", { name: "Save answer" }).click();
    return { id, given };
  }

  const savedCount = (attemptId: string) => client.attemptAnswer.count({ where: { attemptId } });

  beforeAll(async () => {
    browser = await launchBrowser();
    context = browser.context;
    page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    client = createDb(databaseFromUrl({ DATABASE_URL: inject("databaseUrl"), DATABASE_POOL_SIZE: "2", DATABASE_CONNECT_TIMEOUT_MS: "10000" }, process.cwd()));
  });
  afterAll(async () => {
    await browser?.close();
    await client?.$disconnect();
  });

  it("a teacher signs up, creates a class, reads its code, and publishes a timed assignment with a typed question", { timeout: 240_000 }, async () => {
    await context.clearCookies();
    await page.goto(`${base}/sign-up/teacher?next=%2Fclasses`);
    await page.getByLabel("Your name").fill("Ms Marlow");
    await page.getByLabel("Email").fill(`marlow-${stamp}@school.example`);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign up" }).click();
    await page.waitForURL(`${base}/classes`);

    await page.getByLabel("Class name").fill(className);
    await page.getByRole("button", { name: "Create class" }).click();
    await page.waitForURL(/\/classes\/[^/?]+\?created=1$/);
    classUrl = page.url().replace("?created=1", "");
    classId = classUrl.split("/").pop()!;
    code = (await page.getByTestId("join-code").getAttribute("data-code"))!;
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    await expect(page.getByTestId("join-code").innerText()).resolves.toBe(`${code.slice(0, 4)}-${code.slice(4)}`);
    await expect(page.getByTestId("join-link").innerText()).resolves.toMatch(new RegExp(`/join/${code}$`));
    await look(page, "class-new", { phone: true });

    // The assignment: one war, choice and typed questions, a time limit. Typed questions are few
    // in that war's pool and the draw is the server's (a random seed), so a draft without one is
    // deleted and made again, as a teacher would (a third of the draws; never eight in a row in practice).
    for (let tries = 1; ; tries++) {
      await page.getByRole("link", { name: "New assignment" }).click();
      await page.waitForURL(`${classUrl}/assignments/new`);
      await page.getByTestId("new-assignment-form").waitFor();
      await page.getByLabel("Title").fill(title);
      await page.getByLabel(/^Time limit in minutes/).fill(String(limitMinutes));
      await page.getByLabel(/^All of the .*Russo-Japanese War/).check();
      for (const format of ["True or false", "Number", "Date", "Put in order", "Matching"]) await page.getByRole("checkbox", { name: format, exact: true }).uncheck();
      for (const format of ["Multiple choice", "Typed answer"]) await expect(page.getByRole("checkbox", { name: format, exact: true }).isChecked()).resolves.toBe(true);
      await page.getByLabel("Questions per student").fill(String(questionCount));
      await expect(page.getByRole("radio", { name: "After they submit" }).isChecked()).resolves.toBe(true);
      if (tries === 1) await look(page, "assignment-form");
      await page.getByRole("button", { name: "Make the draft and preview it" }).click();
      await page.waitForURL((url) => url.pathname.startsWith(`/classes/${classId}/assignments/`) && !url.pathname.endsWith("/new"));
      assignmentId = page.url().split("/").pop()!;
      await page.getByTestId("preview-question").first().waitFor();
      await expect(page.getByTestId("preview-question").count()).resolves.toBe(questionCount);
      await expect(page.getByTestId("settings-summary").innerText()).resolves.toMatch(new RegExp(`Time limit\\s+${limitMinutes} minutes`));
      const rows = await client.assignmentQuestion.findMany({ where: { assignmentId } });
      if (rows.some((row) => isTyped(row.snapshot as unknown as Question))) break;
      expect(tries, "a draft with a typed question within eight tries").toBeLessThan(8);
      await page.getByRole("button", { name: "Delete draft…" }).click();
      await page.getByRole("button", { name: "Yes, delete the draft" }).click();
      await page.waitForURL(classUrl);
    }
    await look(page, "assignment-draft");

    await page.getByRole("button", { name: "Publish…" }).click();
    await expect(page.getByTestId("confirm").innerText()).resolves.toContain(`Publish now and freeze these ${questionCount} questions?`);
    await page.getByRole("button", { name: "Yes, publish" }).click();
    await page.getByTestId("frozen").waitFor();

    const stored = await client.assignment.findUniqueOrThrow({ where: { id: assignmentId }, include: { questions: { orderBy: { position: "asc" } } } });
    expect(stored).toMatchObject({ classroomId: classId, status: "published", timeLimitMinutes: limitMinutes, reveal: "afterSubmit", lateWork: "refuse", mode: "fixed" });
    expect(stored.questions).toHaveLength(questionCount);
    for (const [rank, row] of stored.questions.entries()) {
      const question = row.snapshot as unknown as Question;
      expect(["choice", "shortAnswer"]).toContain(question.format);
      snapshots.set(row.id, question);
      // The teacher's number for it: "Question n" in the preview, "Qn" in the results.
      positions.set(row.id, rank + 1);
    }
    await expect(page.getByTestId("preview-question").nth(questionCount - 1).innerText()).resolves.toContain(`Question ${questionCount}`);
    typedQuestionId = stored.questions.find((row) => isTyped(row.snapshot as unknown as Question))?.id ?? "";
    expect(typedQuestionId, "a typed question is in the set").not.toBe("");
    teacherCookies = await context.cookies();

    // The class page lists it, published.
    await page.goto(classUrl);
    await expect(page.getByTestId("assignments").innerText()).resolves.toMatch(new RegExp(`${title}\\s+Published`));
  });

  it("Ann joins with the code and answers everything well", { timeout: 180_000 }, async () => {
    await join("Ann Able", `ann-${stamp}`);
    const attemptId = await startFromList();
    const limit = limitMinutes * 60_000;
    const left = Number(await page.getByTestId("time-left").getAttribute("data-ms"));
    expect(left).toBeGreaterThan(limit - 60_000);
    expect(left).toBeLessThanOrEqual(limit);
    const typed = new Map<string, UserAnswer>();
    for (let k = 1; k <= questionCount; k++) {
      const { id, given } = await answer(k, "right");
      if (isTyped(snapshotOf(id))) typed.set(id, given);
      await expect.poll(() => savedCount(attemptId), { timeout: 15_000 }).toBe(k);
    }
    // Her typed answers were stored as she typed them, in lower case, and counted right.
    expect(typed.size).toBeGreaterThan(0);
    for (const [id, given] of typed) {
      expect(given).toBe(String(given).toLowerCase());
      await expect(client.attemptAnswer.findFirstOrThrow({ where: { attemptId, assignmentQuestionId: id } })).resolves.toMatchObject({ answer: given, correct: true });
    }
    await look(page, "attempt", { phone: true });
    await page.getByTestId("submit").click();
    await expect(page.getByTestId("confirm-submit").innerText()).resolves.toContain(`You answered ${questionCount} of ${questionCount}`);
    await page.getByTestId("confirm-submit-button").click();
    await page.getByTestId("review").waitFor();
    await expect(page.getByTestId("attempt-score").innerText()).resolves.toBe(`Your score: ${questionCount} of ${questionCount}`);
    await expect(page.locator('[data-testid="review-item"][data-verdict="correct"]').count()).resolves.toBe(questionCount);
    await look(page, "review-good");
    expect(await client.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ submittedBy: "student", score: questionCount, maxScore: questionCount });
  });

  it("Bob answers badly, reloads in the middle and resumes with his answers and less time, then contests his typed answer", { timeout: 180_000 }, async () => {
    await join("Bob Bad", `bob-${stamp}`);
    const attemptId = await startFromList();
    bobAttempt = attemptId;
    bobCookies = await context.cookies();
    const before = Number(await page.getByTestId("time-left").getAttribute("data-ms"));
    const half = Math.floor(questionCount / 2);
    // The typed question is among the first half: Bob's attempt order is his own, so find it first.
    const order = (await client.attempt.findUniqueOrThrow({ where: { id: attemptId } })).questionOrder as string[];
    const typedAt = order.indexOf(typedQuestionId) + 1;
    expect(typedAt).toBeGreaterThan(0);
    const firstHalf = [typedAt, ...Array.from({ length: questionCount }, (_, i) => i + 1).filter((k) => k !== typedAt)].slice(0, half);
    const given = new Map<number, UserAnswer>();
    for (const [n, k] of firstHalf.entries()) {
      given.set(k, (await answer(k, "wrong")).given);
      await expect.poll(() => savedCount(attemptId), { timeout: 15_000 }).toBe(n + 1);
    }

    // Reload in the middle: the same attempt, the answers saved so far shown back, the clock lower.
    await page.waitForTimeout(1500);
    await page.reload();
    await page.getByTestId("attempt-question").waitFor();
    await expect(page.getByTestId("attempt").getAttribute("data-attempt-id")).resolves.toBe(attemptId);
    await expect(page.getByTestId("answered-count").innerText()).resolves.toBe(String(half));
    const after = Number(await page.getByTestId("time-left").getAttribute("data-ms"));
    expect(after).toBeLessThan(before);
    expect(after).toBeLessThan(limitMinutes * 60_000);
    expect(after).toBeGreaterThan((limitMinutes - 5) * 60_000);
    for (const [k, value] of given) {
      await expect(page.getByRole("navigation", { name: "Questions" }).getByRole("button", { name: `Question ${k}, saved` }).count()).resolves.toBe(1);
      const { form, question } = await openQuestion(k);
      await expect(form.getByTestId("save-status").getAttribute("data-state")).resolves.toBe("saved");
      if (isTyped(question)) {
        const box = form.getByRole("textbox", { name: "Your answer" });
        await expect(box.inputValue()).resolves.toBe(value);
        await expect(box.isDisabled()).resolves.toBe(true);
      } else {
        await expect(form.getByRole("radio", { name: optionLabel(question, value), exact: true }).isChecked()).resolves.toBe(true);
      }
    }
    await screenshot(page, "teaching-attempt-resumed-desktop-light");

    const rest = Array.from({ length: questionCount }, (_, i) => i + 1).filter((k) => !given.has(k));
    for (const [n, k] of rest.entries()) {
      await answer(k, "wrong");
      await expect.poll(() => savedCount(attemptId), { timeout: 15_000 }).toBe(half + n + 1);
    }
    await page.getByTestId("submit").click();
    await page.getByTestId("confirm-submit-button").click();
    await page.getByTestId("review").waitFor();
    await expect(page.getByTestId("attempt-score").innerText()).resolves.toBe(`Your score: 0 of ${questionCount}`);

    // "I was right" on the rejected typed answer.
    const typedPrompt = snapshotOf(typedQuestionId).prompt;
    const item = page.getByTestId("review-item").filter({ hasText: typedPrompt });
    await expect(item.getAttribute("data-verdict")).resolves.not.toBe("correct");
    await item.getByLabel("Why it should count (optional)").fill("My textbook calls him that");
    await item.getByRole("button", { name: "I was right" }).click();
    await expect.poll(() => item.getByTestId("contest-status").innerText(), { timeout: 15_000 }).toBe("Sent to your teacher: they will look at your answer.");
    await look(page, "review-contested", { phone: true });
    const contest = await client.attemptContest.findFirstOrThrow({ where: { answer: { attemptId } }, include: { answer: true } });
    expect(contest).toMatchObject({ status: "open", note: "My textbook calls him that" });
    expect(contest.answer).toMatchObject({ assignmentQuestionId: typedQuestionId, correct: false });
  });

  it("Cy answers after his deadline and is refused with the message", { timeout: 120_000 }, async () => {
    await join("Cy Late", `cy-${stamp}`);
    const attemptId = await startFromList();
    cyAnswered = (await answer(1, "right")).id;
    await expect.poll(() => savedCount(attemptId), { timeout: 15_000 }).toBe(1);
    // The time runs out while the page still counts down. Rather than wait the 20 minutes, the
    // test moves this attempt's deadline into the past in the database: the server's clock decides.
    await client.attempt.update({ where: { id: attemptId }, data: { deadline: new Date(Date.now() - 1000) } });
    await answer(2, "right");
    const notice = page.getByTestId("attempt-notice");
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toMatch(/^Time is up: this attempt's deadline was .+\. This answer was not saved; your attempt was submitted with the answers saved before the deadline\.$/);
    await page.getByTestId("review").waitFor();
    await expect(page.getByTestId("review").innerText()).resolves.toContain("Time ran out");
    await expect(page.getByTestId("attempt-score").innerText()).resolves.toBe(`Your score: 1 of ${questionCount}`);
    await look(page, "refused");
    expect(await savedCount(attemptId)).toBe(1);
    expect(await client.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ submittedBy: "expired", score: 1 });
  });

  it("the teacher sees both results and a flagged question, accepts the contest, and downloads a CSV with the page's rows", { timeout: 240_000 }, async () => {
    // Three students are too few for the item analysis to flag anything (it needs five answers a
    // question): three more students' attempts are made through the attempt data functions
    // (startAttempt/saveAnswer/submitAttempt, as the routes do), all right but one question,
    // which nobody but Ann gets right — facility 1 of 6, "too hard", flagged.
    const flagged = [...snapshots.keys()].find((id) => id !== typedQuestionId && id !== cyAnswered)!;
    for (const name of ["Dee Extra", "Eli Extra", "Fay Extra"]) {
      const id = `e2e_${name.split(" ")[0]!.toLowerCase()}_${stamp}`;
      await client.user.create({ data: { id, name, username: id, email: `${id}@example.org` } });
      await client.classMember.create({ data: { classroomId: classId, userId: id, joinedAt: new Date() } });
      const { state } = await startAttempt(client, id, assignmentId, new Date());
      for (const question of state.questions) {
        const snapshot = snapshotOf(question.id);
        await saveAnswer(client, id, state.attemptId, { questionId: question.id, answer: question.id === flagged ? wrongAnswer(snapshot) : rightAnswer(snapshot), clientId: randomUUID() }, new Date());
      }
      const done = await submitAttempt(client, id, state.attemptId, new Date());
      expect(done.result?.score).toBe(questionCount - 1);
    }

    await context.clearCookies();
    await context.addCookies(teacherCookies);
    await page.goto(classUrl);
    await page.getByRole("link", { name: "Gradebook", exact: true }).click();
    await page.waitForURL(`${classUrl}/gradebook`);
    const cell = (student: string) => page.locator(`[data-testid="gradebook"] tbody tr[data-student="${student}"] td[data-status]`).first();
    await expect(cell("Ann Able").getAttribute("data-score")).resolves.toBe(`${questionCount}/${questionCount}`);
    await expect(cell("Bob Bad").getAttribute("data-score")).resolves.toBe(`0/${questionCount}`);
    await expect(cell("Cy Late").getAttribute("data-score")).resolves.toBe(`1/${questionCount}`);
    for (const student of ["Ann Able", "Bob Bad", "Cy Late"]) await expect(cell(student).getAttribute("data-status")).resolves.toBe("submitted");

    // The results, from the gradebook's column.
    await page.getByTestId("gradebook").getByRole("link", { name: title, exact: true }).click();
    await page.waitForURL(`${classUrl}/assignments/${assignmentId}/results`);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(`Results: ${title}`);
    await expect(page.getByTestId("summary-submitted").innerText()).resolves.toBe("6");
    // Numbered as in the teacher's preview: Q1 to Q6.
    await expect(page.getByTestId("item").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-position")))).resolves.toEqual(Array.from({ length: questionCount }, (_, i) => String(i + 1)));
    const item = page.locator(`[data-testid="item"][data-position="${positions.get(flagged)}"]`);
    await expect(item.getAttribute("data-suspect")).resolves.toBe("true");
    await expect(item.getByTestId("flag").innerText()).resolves.toBe("Check this question");
    await expect(item.getByTestId("flags").innerText()).resolves.toContain("Facility 17% is below 30%");
    await expect(page.getByTestId("suspect-summary").innerText()).resolves.toContain(`Q${positions.get(flagged)}`);
    await page.getByTestId("facility-chart").locator(".recharts-surface").first().waitFor();
    await look(page, "results", { phone: true });

    // Bob's contest: accepting it re-marks his attempt on the page.
    const contest = page.locator('[data-testid="contest"][data-student="Bob Bad"]');
    await expect(contest.getAttribute("data-status")).resolves.toBe("open");
    await expect(contest.innerText()).resolves.toContain(bobTyped);
    await expect(contest.getByTestId("contest-score").innerText()).resolves.toBe(`0/${questionCount}`);
    await contest.getByRole("button", { name: `Accept Bob Bad's answer to question ${positions.get(typedQuestionId)}` }).click();
    await expect.poll(() => contest.getByTestId("contest-outcome").innerText(), { timeout: 20_000 }).toMatch(/^Accepted: the answer now counts\./);
    await expect.poll(() => contest.getByTestId("contest-score").innerText(), { timeout: 20_000 }).toBe(`1/${questionCount}`);
    await expect(contest.getAttribute("data-status")).resolves.toBe("accepted");
    await screenshot(page, "teaching-results-accepted-desktop-light");

    // Bob's attempt, from the contest's mark: the typed answer now counts, with the teacher's reason.
    await contest.getByTestId("contest-score").click();
    await page.waitForURL(`${classUrl}/attempts/${bobAttempt}`);
    await expect(page.getByTestId("attempt-score").innerText()).resolves.toBe(`1/${questionCount}`);
    const accepted = page.getByTestId("attempt-answers").locator("li").filter({ hasText: snapshotOf(typedQuestionId).prompt });
    await expect(accepted.getAttribute("data-correct")).resolves.toBe("true");
    await expect(accepted.getByTestId("answer-reason").innerText()).resolves.toMatch(/accepted by your teacher/);
    await look(page, "attempt-detail");

    // The gradebook has Bob's new mark; its CSV has the page's rows.
    await page.goto(`${classUrl}/gradebook`);
    await expect(cell("Bob Bad").getAttribute("data-score")).resolves.toBe(`1/${questionCount}`);
    const rows = page.getByTestId("gradebook").locator("tbody tr");
    await expect(rows.count()).resolves.toBe(6);
    const statusText: Record<string, string> = { missing: "Missing", notYetDue: "Not yet due", inProgress: "In progress", notStarted: "Not started" };
    const onPage: string[][] = [];
    for (let i = 0; i < 6; i++) {
      const row = rows.nth(i);
      const values = [(await row.getAttribute("data-student"))!];
      const cells = row.locator("td[data-status]");
      for (let c = 0; c < (await cells.count()); c++) {
        const score = (await cells.nth(c).getAttribute("data-score")) ?? "";
        const [got = "", max = ""] = score ? score.split("/") : [];
        const status = (await cells.nth(c).getAttribute("data-status"))!;
        const late = (await cells.nth(c).getAttribute("data-late")) === "true";
        values.push(got, max, status === "submitted" ? (late ? "Late" : "Submitted") : statusText[status]!);
      }
      values.push(((await row.locator("td[data-average]").getAttribute("data-average")) ?? "").replace("%", "").replace("—", ""));
      onPage.push(values);
    }
    expect(onPage.map((row) => row[0]).sort()).toEqual(["Ann Able", "Bob Bad", "Cy Late", "Dee Extra", "Eli Extra", "Fay Extra"]);
    expect(onPage.find((row) => row[0] === "Bob Bad")).toEqual(["Bob Bad", "1", String(questionCount), "Submitted", "17"]);
    await look(page, "gradebook", { phone: true });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("gradebook-csv").click()]);
    expect(download.suggestedFilename()).toBe("year-10-history-gradebook.csv");
    const text = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
    const csv = Papa.parse<string[]>(text.trim()).data;
    expect(csv[0]).toEqual(["Student", `${title}: score`, `${title}: out of`, `${title}: status`, "Average (%)"]);
    expect(csv.slice(1)).toEqual(onPage);

    // Bob sees the new mark and the accepted contest in his review.
    await context.clearCookies();
    await context.addCookies(bobCookies);
    await page.goto(`${base}/assignments/${assignmentId}?attempt=${bobAttempt}`);
    await page.getByTestId("review").waitFor();
    await expect(page.getByTestId("attempt-score").innerText()).resolves.toBe(`Your score: 1 of ${questionCount}`);
    const reviewed = page.getByTestId("review-item").filter({ hasText: snapshotOf(typedQuestionId).prompt });
    await expect(reviewed.getAttribute("data-verdict")).resolves.toBe("correct");
    await expect(reviewed.getByTestId("contest-status").innerText()).resolves.toBe("Your teacher accepted your answer.");
  });
});
