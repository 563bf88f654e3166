/**
 * Saved practice and the dashboard in Chromium against the production build: a new student signs
 * up, answers a 5-question typed round in lenient forms (surname only, lower case, a typo), reloads
 * mid-round and resumes where they were, contests a rejected answer, and sees the dashboard change.
 * The page source of a resumed round holds no key of an unanswered question; axe-core finds no
 * serious or critical violation on practice and the dashboard in light and dark; screenshots.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkAnswer, type Question } from "../../lib/questions";
import { launchBrowser, screenshot, seriousViolations } from "./browser";
import { currentQuestion } from "./questions";

const base = inject("baseURL");
const password = "a long enough password";
const roundPath = "/practice?format=shortAnswer&count=5";

async function signUp(page: Page, username: string, next: string) {
  await page.goto(`${base}/sign-up?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Your name").fill("Practice Student");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.waitForURL((url) => url.pathname === new URL(next, base).pathname);
}

/** Forms a student might type that the checker should still accept, from the key (the engine confirms each). */
function lenientAnswers(question: Question): string[] {
  const key = question.answer;
  if (key.kind !== "text") return [];
  const forms: string[] = [];
  for (const accepted of key.accepted) {
    const surname = accepted.person?.surnames.at(-1);
    if (surname) forms.push(surname, surname.toLowerCase());
    const full = accepted.variants[0] ?? accepted.display;
    forms.push(full.toLowerCase());
    // A typo: two neighbouring letters swapped inside the longest word.
    const word = full.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), "");
    if (word.length >= 7) {
      const i = Math.floor(word.length / 2);
      forms.push(full.replace(word, word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)));
    }
  }
  return [...new Set(forms)];
}

/** The lenient form to try for answer number `n` (varying which kind), with the engine's verdict on it. */
function pickLenient(question: Question, n: number): { text: string; accepted: boolean } {
  const forms = lenientAnswers(question).map((text) => ({ text, accepted: checkAnswer(question, text).correct }));
  const accepted = forms.filter((form) => form.accepted && form.text !== (question.answer.kind === "text" ? question.answer.display : ""));
  if (accepted.length) return accepted[n % accepted.length]!;
  return forms[0] ?? { text: "unknown", accepted: false };
}

async function answer(page: Page, text: string): Promise<string> {
  const { form } = await currentQuestion(page);
  await page.locator('[data-testid="practice-question"][data-ready="true"]').waitFor();
  await form.getByRole("textbox").fill(text);
  await form.getByRole("button", { name: "Check answer" }).click();
  const feedback = page.getByTestId("feedback");
  await feedback.waitFor();
  return (await feedback.getAttribute("data-verdict")) ?? "";
}


describe("saved practice and the dashboard", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let page: Page;
  let roundUrl = "";
  let roundId = "";
  let firstQuestionId = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    context = browser.context;
    page = await context.newPage();
  });
  afterAll(async () => browser?.close());

  it("a new student takes a saved round in lenient forms, resumes after a reload and sees the dashboard change", async () => {
    await context.clearCookies();
    await signUp(page, `practice-${Date.now().toString(36)}`, "/dashboard");
    await expect(page.getByTestId("studied").innerText()).resolves.toBe("0");
    await expect(page.getByTestId("reviews-today").innerText()).resolves.toBe("0");
    const masteryBefore = await page.getByTestId("mastery-events").locator("li").evaluateAll((items) => items.map((item) => Number(item.getAttribute("data-mastery"))));
    expect(masteryBefore.every((value) => value === 0)).toBe(true);

    await page.goto(`${base}${roundPath}`);
    await page.waitForURL(/seed=/);
    roundUrl = page.url();
    roundId = (await page.getByTestId("practice-question").getAttribute("data-round-id")) ?? "";
    expect(roundId).not.toBe("");
    await expect(page.getByTestId("round-summary").innerText()).resolves.toMatch(/^5 questions .*your answers are saved/);
    // A fresh saved round's source holds no key at all.
    const fresh = await (await context.request.get(roundUrl)).text();
    for (const leak of ['"answer"', '"accepted"', '"distractors"', '"explanation"', '"correctAnswer"', "sourceText"]) expect(fresh, leak).not.toContain(leak);

    const asked: Question[] = [];
    for (let n = 0; n < 2; n++) {
      const { question } = await currentQuestion(page);
      asked.push(question);
      firstQuestionId ||= question.id;
      const form = pickLenient(question, n);
      const verdict = await answer(page, form.text);
      expect(verdict === "incorrect", `"${form.text}" for "${question.prompt}"`).toBe(!form.accepted);
      await page.getByRole("button", { name: "Next question" }).click();
    }

    // Reload mid-round: the same round, the two answers shown, question 3 asked.
    await page.reload();
    const resumed = page.getByTestId("resumed");
    await expect(resumed.getByRole("heading").innerText()).resolves.toBe("Welcome back: you have answered 2 of 5");
    await expect(page.locator("span", { hasText: /^Question 3 of 5$/ }).count()).resolves.toBe(1);
    const third = await currentQuestion(page);
    expect(asked.map((q) => q.id)).not.toContain(third.question.id);
    await resumed.getByText("Your answers so far").click();
    await expect(page.getByTestId("answers-so-far").locator("li").count()).resolves.toBe(2);
    await screenshot(page, "practice-resumed");

    // The resumed page's source: no explanation or answer of a question not answered yet.
    const source = await (await context.request.get(roundUrl)).text();
    const unanswered = [third.question];
    // Two questions can share an explanation (the same belligerents in two battles): a phrase the
    // answered questions' feedback shows is no leak of the unanswered one.
    const shown = asked.map((question) => question.explanation.text).join("\n");
    for (const question of unanswered) {
      const phrase = question.explanation.text.match(/[A-Za-z0-9 ,]{20,}/)?.[0];
      if (phrase && !shown.includes(phrase)) expect(source).not.toContain(phrase);
      const sameKeyShown = asked.some((other) => other.answer.kind === "text" && question.answer.kind === "text" && other.answer.display === question.answer.display);
      if (question.answer.kind === "text" && !sameKeyShown) expect(source).not.toContain(`"correctAnswer":"${question.answer.display}"`);
    }

    // The rest of the round: a typo, then something wrong, contested.
    for (let n = 2; n < 5; n++) {
      const { question } = await currentQuestion(page);
      if (n < 4) {
        const form = pickLenient(question, n);
        const verdict = await answer(page, form.text);
        expect(verdict === "incorrect", `"${form.text}" for "${question.prompt}"`).toBe(!form.accepted);
      } else {
        expect(await answer(page, "Nobody I know of")).toBe("incorrect");
        const contest = page.getByTestId("contest");
        await contest.getByLabel("Why it should count (optional)").fill("My textbook names him");
        await contest.getByRole("button", { name: "I was right" }).click();
        await expect.poll(() => contest.getByTestId("contest-status").innerText()).toMatch(/^Sent to your teacher/);
        await expect(contest.getByRole("button", { name: "I was right" }).count()).resolves.toBe(0);
        await screenshot(page, "practice-contested");
      }
      await page.getByRole("button", { name: n === 4 ? "See results" : "Next question" }).click();
    }
    await page.getByTestId("practice-done").waitFor();
    // Reloading a finished round shows its results, not a new round.
    await page.reload();
    await expect(page.getByTestId("practice-done").getByRole("heading", { level: 2 }).innerText()).resolves.toBe("Round complete");

    await page.goto(`${base}/dashboard`);
    await expect.poll(async () => Number(await page.getByTestId("studied").innerText())).toBeGreaterThan(0);
    expect(Number(await page.getByTestId("reviews-today").innerText())).toBeGreaterThan(0);
    await expect(page.getByTestId("streak").innerText()).resolves.toBe("1 day");
    const masteryAfter = await page.getByTestId("mastery-events").locator("li").evaluateAll((items) => items.map((item) => Number(item.getAttribute("data-mastery"))));
    expect(masteryAfter.some((value) => value > 0)).toBe(true);
    await expect(page.getByTestId("heatmap-summary").innerText()).resolves.toMatch(/reviews? on 1 of the last 365 days/);
    expect(await page.getByTestId("heatmap").locator("rect title").count()).toBe(365);
    await expect(page.getByTestId("accuracy-table").locator("tbody tr").count()).resolves.toBe(1);
    // The wrong answer put its cards among the weakest, each with a way to study it.
    expect(await page.getByTestId("weakest").locator("li").count()).toBeGreaterThan(0);
    const study = page.getByTestId("weakest").getByRole("link", { name: /^Study .* with flashcards$/ }).first();
    expect(await study.getAttribute("href")).toMatch(/^\/flashcards\?scope=event%3A/);
  });

  it("has no serious accessibility violations and fits a phone, in light and dark", async () => {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, size] of [
        ["desktop", { width: 1280, height: 900 }],
        ["phone", { width: 390, height: 844 }],
      ] as const) {
        await page.setViewportSize(size);
        await page.goto(`${base}/dashboard`);
        await page.getByTestId("accuracy-chart").locator("svg").first().waitFor();
        expect(await seriousViolations(page), `dashboard ${scheme}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        await screenshot(page, `dashboard-${name}-${scheme}`);

        await page.goto(`${base}${roundPath}&seed=look-${scheme}-${name}`);
        await currentQuestion(page);
        expect(await seriousViolations(page), `practice ${scheme}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        await screenshot(page, `practice-saved-${name}-${scheme}`);
      }
    }
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("refuses another student's round (404), a wrong shape (400) and an anonymous save (401)", async () => {
    await context.clearCookies();
    await signUp(page, `practice-other-${Date.now().toString(36)}`, "/dashboard");
    const post = (path: string, data: unknown) => context.request.post(`${base}${path}`, { data, headers: { origin: base } });
    const theirs = await post("/api/practice/answers", { roundId, questionId: firstQuestionId, answer: "x", clientId: "client-id-0001" });
    expect(theirs.status()).toBe(404);
    expect((await theirs.json()) as unknown).toEqual({ error: "There is no such practice round." });
    expect((await post("/api/practice/answers", { roundId, questionId: "q_x", answer: { nested: ["no"] }, clientId: "client-id-0002" })).status()).toBe(400);
    expect((await post("/api/practice/answers", { roundId, questionId: "q_x", answer: "x" })).status()).toBe(400);
    expect((await post("/api/practice/contests", { answerId: 42 })).status()).toBe(400);
    expect((await post("/api/practice/contests", { answerId: "not-mine" })).status()).toBe(404);
    await context.clearCookies();
    expect((await post("/api/practice/answers", { roundId, questionId: "q_x", answer: "x", clientId: "client-id-0003" })).status()).toBe(401);
    expect((await post("/api/practice/contests", { answerId: "not-mine" })).status()).toBe(401);
  });

  it("sends an anonymous visitor from the dashboard to sign-in, and keeps anonymous practice unsaved", async () => {
    await context.clearCookies();
    await page.goto(`${base}/dashboard`);
    expect(page.url()).toBe(`${base}/sign-in?next=%2Fdashboard`);
    await page.goto(`${base}${roundPath}&seed=anon`);
    await expect(page.getByTestId("round-summary").innerText()).resolves.not.toMatch(/saved/);
    await expect(page.getByTestId("save-progress").innerText()).resolves.toMatch(/Sign in to save your progress/);
    expect(await answer(page, "anything")).toBe("incorrect");
    await expect(page.getByTestId("contest").count()).resolves.toBe(0);
  });
});
