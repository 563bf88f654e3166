/** Server-side keys for the questions a page shows, and keyboard-only ways to answer them. */
import path from "node:path";
import { expect } from "vitest";
import type { Locator, Page } from "playwright-core";
import { loadCorpus } from "../../lib/content/load";
import { generateQuestions, type Question } from "../../lib/questions";

const contentDir = path.resolve(import.meta.dirname, "../../content");

let pool: Map<string, Question> | undefined;

/** The question engine's own record of a question the page shows (same content, same ids). */
export function questionById(id: string | null): Question {
  pool ??= new Map(generateQuestions(loadCorpus([contentDir]).events).map((question) => [question.id, question]));
  const question = pool.get(id ?? "");
  expect(question, `question ${id} is one the engine generates`).toBeDefined();
  return question!;
}

export async function currentQuestion(page: Page): Promise<{ form: Locator; question: Question }> {
  const form = page.getByTestId("practice-question");
  await form.waitFor();
  return { form, question: questionById(await form.getAttribute("data-question-id")) };
}

/** What has focus, described well enough to assert on. */
export async function focused(page: Page): Promise<{ tag: string; label: string | null; testId: string | null; text: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? "",
      label: element?.getAttribute("aria-label") ?? null,
      testId: element?.getAttribute("data-testid") ?? null,
      text: (element?.innerText ?? "").trim(),
    };
  });
}

/** Presses Tab until `matches` holds for the focused element; fails if it never does. */
export async function tabTo(page: Page, matches: (now: Awaited<ReturnType<typeof focused>>) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (matches(await focused(page))) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${what}; focus is on ${JSON.stringify(await focused(page))}`);
}

/** The ids of an ordering question's items as the page lists them now. */
export async function shownOrder(form: Locator): Promise<string[]> {
  return form.getByTestId("ordering-list").locator("li").evaluateAll((items) => items.map((item) => item.getAttribute("data-option-id") ?? ""));
}
