/** A student browses an event, checks its sources and practises it, in real Chromium. */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { loadCorpus } from "../../lib/content/load";
import { generateQuestions, type Question } from "../../lib/questions";
import { launchBrowser, screenshot } from "./browser";

const contentDir = path.resolve(import.meta.dirname, "../../content");

/** The answer a student would type or pick, derived from the server-side key. */
function correctInput(question: Question): { kind: "option"; text: string } | { kind: "text"; text: string } | null {
  const answer = question.answer;
  switch (answer.kind) {
    case "choice":
      return { kind: "option", text: question.options?.find((option) => option.id === answer.optionId)?.text ?? "" };
    case "boolean":
      return { kind: "option", text: answer.value ? "True" : "False" };
    case "text":
    case "number":
    case "date":
      return { kind: "text", text: answer.display };
    default:
      return null;
  }
}

describe("studying an event", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  const questions = new Map<string, Question>();

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    for (const question of generateQuestions(loadCorpus([contentDir]).events)) questions.set(question.id, question);
  });
  afterAll(async () => browser?.close());

  it("shows an event's reconciled facts with their sources", async () => {
    await page.goto(inject("baseURL"));
    await page.getByRole("link", { name: "Japanese invasion of Sakhalin" }).click();
    await page.waitForURL(/\/events\//);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Japanese invasion of Sakhalin");
    const sources = await page.getByTestId("sources").innerText();
    expect(sources).toContain("000_0cdfd5aa0431fa71.txt");
    expect(sources).toContain("001_fc88645e8bd454a4.txt");
    expect(sources).not.toContain("002_2fb1f27a83095e86.txt");
    await expect(page.getByTestId("side-2").innerText()).resolves.toContain("Mikhail Nikolaevich Lyapunov");
    await expect(page.getByTestId("timeline").innerText()).resolves.toContain("10 July 1905");
    await screenshot(page, "event");
  });

  it("never sends answer keys to the browser before an answer", async () => {
    const response = await page.goto(`${inject("baseURL")}/practice?seed=keys&count=20`);
    const html = (await response?.text()) ?? "";
    for (const leak of ['"answer"', '"accepted"', '"distractors"', '"explanation"', '"optionId"', "sourceText"]) {
      expect(html).not.toContain(leak);
    }
  });

  it("practises an event: right answers accepted, wrong ones explained with a source", async () => {
    const eventLink = await page.goto(inject("baseURL")).then(() => page.getByRole("link", { name: "Japanese invasion of Sakhalin" }).getAttribute("href"));
    const eventId = decodeURIComponent(eventLink!.split("/").pop()!);
    await page.goto(`${inject("baseURL")}/practice?event=${encodeURIComponent(eventId)}&count=6&seed=e2e`);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toContain("Japanese invasion of Sakhalin");

    let correct = 0;
    let answered = 0;
    for (let step = 0; step < 6; step++) {
      const form = page.getByTestId("practice-question");
      const id = await form.getAttribute("data-question-id");
      const question = questions.get(id ?? "");
      expect(question, `question ${id} is one the engine generates`).toBeDefined();
      const input = correctInput(question!);
      if (input?.kind === "option") {
        await form.getByRole("radio", { name: input.text, exact: true }).check();
      } else if (input?.kind === "text") {
        await form.getByRole("textbox").fill(input.text);
      } else if (question!.format === "matching") {
        for (const select of await form.getByRole("combobox").all()) await select.selectOption({ index: 1 });
      } else if (question!.answer.kind === "order") {
        // Move each item up into its place with the move buttons.
        const key = question!.answer.optionIds;
        for (const [target, id] of key.entries()) {
          const text = question!.options!.find((option) => option.id === id)!.text;
          const order = () => form.locator("li").evaluateAll((items) => items.map((item) => item.getAttribute("data-option-id")));
          while ((await order()).indexOf(id) > target) await form.getByRole("button", { name: `Move “${text}” up`, exact: true }).click();
        }
      }
      await form.getByRole("button", { name: "Check answer" }).click();
      const feedback = page.getByTestId("feedback");
      await feedback.waitFor();
      const text = await feedback.innerText();
      expect(text).toMatch(/line \d+/);
      answered++;
      if (text.startsWith("Correct")) correct++;
      if (input || question!.answer.kind === "order") expect(text, `${question!.prompt} → ${input?.text ?? "ordered"}`).toMatch(/^Correct/);
      if (step === 0) await screenshot(page, "practice-feedback");
      await page.getByRole("button", { name: /Next question|See results/ }).click();
    }
    expect(answered).toBe(6);
    await expect(page.getByTestId("practice-done").innerText()).resolves.toContain(`You answered ${correct} of 6 correctly`);
  });

  it("rejects a malformed answer request with a 400 and a message", async () => {
    const response = await page.request.post(`${inject("baseURL")}/api/practice/answers`, { data: { questionId: 42 } });
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatch(/questionId/);
    const unknown = await page.request.post(`${inject("baseURL")}/api/practice/answers`, { data: { questionId: "nope", answer: "x" } });
    expect(unknown.status()).toBe(404);
  });
});
