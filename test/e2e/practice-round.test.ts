/**
 * A practice round as a student uses it, in real Chromium: ordering with the keyboard alone, where
 * focus goes, the review of mistakes and its retry, choosing a round in the page, and the answers
 * route's refusals (404, 413, 400).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import type { Question } from "../../lib/questions";
import { launchBrowser, screenshot } from "./browser";
import { currentQuestion, focused, questionById, shownOrder, tabTo } from "./questions";

const base = () => inject("baseURL");

function keyOrder(question: Question): string[] {
  expect(question.answer.kind).toBe("order");
  return (question.answer as Extract<Question["answer"], { kind: "order" }>).optionIds;
}

const optionText = (question: Question, id: string) => question.options?.find((option) => option.id === id)?.text ?? id;

/**
 * Puts an ordering question in its key's order with the keyboard alone: Tab to an item's control,
 * then Enter on its "Move up" button or ↑ on its handle, checking after every press that focus
 * stayed on the item that moved.
 */
async function orderWithKeyboard(page: Page, form: Locator, question: Question, via: "buttons" | "handle") {
  const key = keyOrder(question);
  for (let target = 0; target < key.length; target++) {
    const id = key[target]!;
    const text = optionText(question, id);
    let position = (await shownOrder(form)).indexOf(id);
    if (position === target) continue;
    if (via === "buttons") await tabTo(page, (now) => now.label === `Move “${text}” up`, `the up button of “${text}”`);
    else await tabTo(page, (now) => now.label?.startsWith(`${text}: position`) ?? false, `the handle of “${text}”`);
    while (position > target) {
      await page.keyboard.press(via === "buttons" ? "Enter" : "ArrowUp");
      position--;
      await expect.poll(() => shownOrder(form).then((order) => order.indexOf(id))).toBe(position);
      const now = await focused(page);
      if (via === "buttons") expect([`Move “${text}” up`, `Move “${text}” down`], "focus stays on the moved item").toContain(now.label);
      else expect(now.label, "focus stays on the moved item's handle").toBe(`${text}: position ${position + 1} of ${key.length}. Press up or down arrow to move.`);
    }
  }
  expect(await shownOrder(form)).toEqual(key);
}

/** Presses Enter on "Check answer" (reached with Tab) and returns the feedback, which must have focus. */
async function checkWithKeyboard(page: Page): Promise<Locator> {
  await tabTo(page, (now) => now.tag === "button" && now.text === "Check answer", "Check answer");
  await page.keyboard.press("Enter");
  const feedback = page.getByTestId("feedback");
  await feedback.waitFor();
  await expect.poll(() => focused(page).then((now) => now.testId), { message: "focus moves to the feedback" }).toBe("feedback");
  return feedback;
}

describe("a practice round", () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
  });
  afterAll(async () => browser?.close());

  it("answers two ordering questions in a row with the keyboard only; focus goes to the feedback, then to the next question", async () => {
    const answersSent: string[] = [];
    const countAnswers = (request: import("playwright-core").Request) => {
      if (request.url().endsWith("/api/practice/answers")) answersSent.push(request.postData() ?? "");
    };
    page.on("request", countAnswers);
    await page.goto(`${base()}/practice?format=ordering&count=2&seed=keyboard`);
    const first = await currentQuestion(page);
    expect(first.question.format).toBe("ordering");
    await expect(page.getByTestId("round-summary").innerText()).resolves.toMatch(/^2 questions/);

    // Move buttons are touch-sized.
    for (const button of await first.form.getByRole("button", { name: /^Move / }).all()) {
      const box = await button.boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(44);
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }

    await orderWithKeyboard(page, first.form, first.question, "buttons");
    const feedback = await checkWithKeyboard(page);
    await expect(feedback.getAttribute("data-verdict")).resolves.toBe("correct");
    await expect(feedback.innerText()).resolves.toMatch(/^Correct/);
    await screenshot(page, "ordering-keyboard-feedback");

    await page.keyboard.press("Tab");
    expect((await focused(page)).text).toBe("Next question");
    await page.keyboard.press("Enter");

    // The next question is shown, unanswered, and its heading has focus (screen readers read it).
    const second = await currentQuestion(page);
    await expect.poll(() => second.form.getAttribute("data-question-id")).not.toBe(first.question.id);
    const next = questionById(await second.form.getAttribute("data-question-id"));
    expect(next.format).toBe("ordering");
    const heading = await focused(page);
    expect(heading.testId).toBe("question-heading");
    expect(heading.text).toContain("Question 2 of 2");
    expect(heading.text).toContain(next.prompt);
    // The old bug: "Next question" submitted the new ordering in its shuffled order.
    expect(answersSent).toHaveLength(1);
    await expect(page.getByTestId("feedback").count()).resolves.toBe(0);
    await expect(page.getByTestId("confirm-order").count()).resolves.toBe(0);
    await expect(second.form.getByRole("button", { name: "Check answer" }).isEnabled()).resolves.toBe(true);

    await orderWithKeyboard(page, second.form, next, "handle");
    const secondFeedback = await checkWithKeyboard(page);
    await expect(secondFeedback.getAttribute("data-verdict")).resolves.toBe("correct");
    await page.keyboard.press("Tab");
    expect((await focused(page)).text).toBe("See results");
    await page.keyboard.press("Enter");
    await page.getByTestId("practice-done").waitFor();
    const done = await focused(page);
    expect(done.text).toBe("Round complete");
    await expect(page.getByTestId("practice-done").innerText()).resolves.toContain("You answered 2 of 2 correctly");
    await expect(page.getByTestId("mistake-review").count()).resolves.toBe(0);
    // One answer per Check, none from Next or See results.
    page.off("request", countAnswers);
    expect(answersSent.map((body) => JSON.parse(body).questionId)).toEqual([first.question.id, next.id]);
  });

  it("reorders by dragging a handle on a touch screen", async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    const cdp = await browser.context.newCDPSession(phone);
    await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 1 });
    await phone.goto(`${base()}/practice?format=ordering&count=1&seed=touch`);
    const { form, question } = await currentQuestion(phone);
    // Drag handlers exist only once the page is hydrated.
    await phone.locator('[data-testid="practice-question"][data-ready="true"]').waitFor();
    const key = keyOrder(question);
    const handle = (id: string) => form.locator(`li[data-option-id="${id}"] button`).first();
    /** One finger: down on the item's handle, a slow slide, up over the target slot. */
    const drag = async (id: string, to: "top" | "bottom") => {
      // A finger drags what it can see: bring the whole list into view first (long items overflow a phone).
      await form.locator("li").first().evaluate((item) => item.parentElement!.scrollIntoView({ block: "start" }));
      const start = (await handle(id).boundingBox())!;
      const slots = await form.locator("li").evaluateAll((items) => items.map((item) => item.getBoundingClientRect()).map((box) => ({ top: box.top, bottom: box.bottom })));
      const x = start.x + start.width / 2;
      const from = start.y + start.height / 2;
      const end = to === "top" ? slots[0]!.top + 4 : slots.at(-1)!.bottom - 4;
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y: from }] });
      for (let step = 1; step <= 12; step++) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y: from + ((end - from) * step) / 12 }] });
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    };
    const first = key[0]!;
    const last = key.at(-1)!;
    await drag(first, "top");
    await expect.poll(() => shownOrder(form).then((order) => order[0])).toBe(first);
    if ((await shownOrder(form)).at(-1) !== last) {
      await drag(last, "bottom");
      await expect.poll(() => shownOrder(form).then((order) => order.at(-1))).toBe(last);
    }
    expect((await shownOrder(form))[0]).toBe(first);
    // Dragging counts as answering: Check grades it at once, no "you have not moved anything".
    await form.getByRole("button", { name: "Check answer" }).click();
    await phone.getByTestId("feedback").waitFor();
    await expect(phone.getByTestId("confirm-order").count()).resolves.toBe(0);
    await screenshot(phone, "ordering-touch-feedback");
    await phone.close();
  });

  it("asks before checking an ordering the student has not touched", async () => {
    await page.goto(`${base()}/practice?format=ordering&count=1&seed=untouched`);
    const { form } = await currentQuestion(page);
    const before = await shownOrder(form);
    await form.getByRole("button", { name: "Check answer" }).click();
    const confirm = page.getByTestId("confirm-order");
    await confirm.waitFor();
    expect((await focused(page)).testId).toBe("confirm-order");
    await expect(page.getByTestId("feedback").count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Keep ordering" }).click();
    await expect(confirm.count()).resolves.toBe(0);
    expect((await focused(page)).testId).toBe("question-heading");
    expect(await shownOrder(form)).toEqual(before);
    // Confirmed, it is checked as shown: the shuffle is never the key, so it is not correct.
    await form.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("button", { name: "Check this order" }).click();
    const feedback = page.getByTestId("feedback");
    await feedback.waitFor();
    await expect(feedback.getAttribute("data-verdict")).resolves.not.toBe("correct");
  });

  it("reviews the mistakes at the end of a round and retries only those", async () => {
    await page.goto(`${base()}/practice?format=choice&count=3&seed=review`);
    const missed: Question[] = [];
    for (let step = 0; step < 3; step++) {
      const { form, question } = await currentQuestion(page);
      const key = (question.answer as Extract<Question["answer"], { kind: "choice" }>).optionId;
      // Miss the first and the last, get the middle one right.
      const wrong = step !== 1;
      const pick = question.options!.find((option) => (wrong ? option.id !== key : option.id === key))!;
      await form.getByRole("radio", { name: pick.text, exact: true }).check();
      await form.getByRole("button", { name: "Check answer" }).click();
      await page.getByTestId("feedback").waitFor();
      if (wrong) missed.push(question);
      await page.getByRole("button", { name: /Next question|See results/ }).click();
    }
    const done = page.getByTestId("practice-done");
    await expect(done.innerText()).resolves.toContain("You answered 1 of 3 correctly");
    const mistakes = page.getByTestId("mistake");
    await expect(mistakes.count()).resolves.toBe(2);
    for (const [i, question] of missed.entries()) {
      const text = await mistakes.nth(i).innerText();
      expect(text).toContain(question.prompt);
      const key = question.options!.find((option) => option.id === (question.answer as { optionId: string }).optionId)!.text;
      expect(text).toContain(key);
    }
    await screenshot(page, "practice-review");

    await page.getByRole("button", { name: "Retry the ones I missed" }).click();
    for (const question of missed) {
      const current = await currentQuestion(page);
      expect(current.question.id).toBe(question.id);
      expect((await focused(page)).testId).toBe("question-heading");
      const key = question.options!.find((option) => option.id === (question.answer as { optionId: string }).optionId)!.text;
      await current.form.getByRole("radio", { name: key, exact: true }).check();
      await current.form.getByRole("button", { name: "Check answer" }).click();
      await expect(page.getByTestId("feedback").getAttribute("data-verdict")).resolves.toBe("correct");
      await page.getByRole("button", { name: /Next question|See results/ }).click();
    }
    await expect(done.innerText()).resolves.toContain("You answered 2 of 2 correctly");
    await expect(page.getByTestId("mistake-review").count()).resolves.toBe(0);
  });

  it("lets a student choose the event, length and kinds of question in the page, and never shows the seed", async () => {
    await page.goto(`${base()}/practice`);
    const form = page.getByTestId("practice-form");
    const scope = form.getByLabel("What to practise");
    const option = scope.locator("option", { hasText: "Battle of Tsushima" });
    const value = await option.getAttribute("value");
    await scope.selectOption(value!);
    await form.getByRole("radio", { name: "5 questions" }).check();
    for (const box of await form.getByRole("checkbox").all()) await box.uncheck();
    await form.getByRole("checkbox", { name: "Multiple choice" }).check();
    await form.getByRole("checkbox", { name: "True or false" }).check();
    await form.getByRole("button", { name: "Start practice" }).click();
    await page.waitForURL(/seed=/);

    const url = new URL(page.url());
    expect(url.searchParams.get("event")).toBe(value!.replace(/^event:/, ""));
    expect(url.searchParams.get("count")).toBe("5");
    expect(url.searchParams.getAll("format").sort()).toEqual(["choice", "trueFalse"]);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Battle of Tsushima");
    const { question } = await currentQuestion(page);
    expect(question.eventIds).toContain(url.searchParams.get("event"));
    expect(["choice", "trueFalse"]).toContain(question.format);
    const seed = url.searchParams.get("seed")!;
    expect(await page.locator("main").innerText()).not.toContain(seed);
    await expect(page.getByTestId("round-summary").innerText()).resolves.toMatch(/^5 questions · Multiple choice, True or false$/);

    // Reloading keeps the same round.
    await page.reload();
    await expect((await currentQuestion(page)).question.id).toBe(question.id);
  });

  it("opens a number pad for number questions", async () => {
    await page.goto(`${base()}/practice?format=number&count=1&seed=pad`);
    const { form } = await currentQuestion(page);
    await expect(form.getByRole("textbox").getAttribute("inputmode")).resolves.toBe("numeric");
  });

  it("answers 404 with a way back for an event or war that does not exist", async () => {
    for (const query of ["event=unknown", "war=no-such-war", "scope=event:unknown"]) {
      const response = await page.goto(`${base()}/practice?${query}`);
      expect(response?.status(), query).toBe(404);
      const notice = page.getByTestId("notice");
      await expect(notice.getByRole("heading").innerText()).resolves.toBe("There is nothing to practise here");
      const link = notice.getByRole("link", { name: "Choose what to practise" });
      await expect(link.getAttribute("href")).resolves.toBe("/practice");
      await expect(link.evaluate((element) => getComputedStyle(element).textDecorationLine)).resolves.toBe("underline");
    }
  });

  it("refuses answer bodies over 64 KB with 413, declared or streamed", async () => {
    const big = JSON.stringify({ questionId: "q", answer: "x".repeat(70 * 1024) });
    const declared = await page.request.post(`${base()}/api/practice/answers`, { data: big, headers: { "content-type": "application/json" } });
    expect(declared.status()).toBe(413);
    expect((await declared.json()).error).toMatch(/64 KB/);

    // No Content-Length: a chunked stream, counted as it arrives.
    const chunk = new TextEncoder().encode("x".repeat(8 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"questionId":"q","answer":"'));
        if (sent++ < 12) controller.enqueue(chunk);
        else {
          controller.enqueue(new TextEncoder().encode('"}'));
          controller.close();
        }
      },
    });
    const streamed = await fetch(`${base()}/api/practice/answers`, { method: "POST", body, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it("refuses an answer of the wrong shape with 400 and a message, and reveals nothing", async () => {
    await page.goto(`${base()}/practice?format=ordering&count=1&seed=shape`);
    const { question } = await currentQuestion(page);
    const ids = question.options!.map((option) => option.id);
    const post = (answer: unknown) => page.request.post(`${base()}/api/practice/answers`, { data: { questionId: question.id, answer } });
    for (const [answer, message] of [
      [[ids[0], ids[0], ...ids.slice(2)], /more than once/],
      [ids.slice(1), /leaves out/],
      [true, /ordering answer/],
      ["", /ordering answer/],
    ] as const) {
      const response = await post(answer);
      expect(response.status(), JSON.stringify(answer)).toBe(400);
      const body = (await response.json()) as Record<string, unknown>;
      expect(Object.keys(body)).toEqual(["error"]);
      expect(body.error).toMatch(message);
      for (const option of question.options!) expect(body.error).not.toContain(option.text);
    }
    // The well-formed answer is graded as usual.
    const graded = await post(keyOrder(question));
    expect(graded.status()).toBe(200);
    await expect(graded.json()).resolves.toMatchObject({ correct: true });
  });
});
