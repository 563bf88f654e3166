import { describe, expect, it } from "vitest";
import { answerRefusal, deadlineFor, DUE_SOON_MS, isExpired, isLate, openAttempt, revealState, startRefusal, studentStanding, timeLeftMs, timeStatus, type AssignmentRules, type AttemptTimes } from "../../../lib/assignments/attempt-rules";

const now = new Date("2026-05-10T12:00:00Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const rules = (over: Partial<AssignmentRules> = {}): AssignmentRules => ({ opensAt: null, dueAt: null, attemptsAllowed: 1, timeLimitMinutes: null, lateWork: "refuse", reveal: "afterSubmit", ...over });
const attempt = (over: Partial<AttemptTimes> = {}): AttemptTimes => ({ id: "a1", number: 1, startedAt: at(-10), deadline: null, submittedAt: null, ...over });

describe("time status", () => {
  it("is not open before opensAt, open, due soon within a day, then overdue or closed", () => {
    expect(timeStatus(rules({ opensAt: at(1) }), now)).toBe("notOpen");
    expect(timeStatus(rules({ opensAt: at(-1) }), now)).toBe("open");
    expect(timeStatus(rules({ dueAt: new Date(now.getTime() + DUE_SOON_MS + 60_000) }), now)).toBe("open");
    expect(timeStatus(rules({ dueAt: at(60) }), now)).toBe("dueSoon");
    expect(timeStatus(rules({ dueAt: at(-1), lateWork: "accept" }), now)).toBe("overdue");
    expect(timeStatus(rules({ dueAt: at(-1), lateWork: "refuse" }), now)).toBe("closed");
    expect(timeStatus(rules({ dueAt: now }), now)).toBe("closed");
  });
});

describe("starting", () => {
  it("is refused before opensAt, after the due time when late work is refused, and when attempts are used up", () => {
    expect(startRefusal(rules({ opensAt: at(5) }), [], now)).toMatch(/opens on/);
    expect(startRefusal(rules({ dueAt: at(-5) }), [], now)).toMatch(/late work is not accepted/);
    expect(startRefusal(rules({ dueAt: at(-5), lateWork: "accept" }), [], now)).toBeNull();
    expect(startRefusal(rules(), [attempt({ submittedAt: at(-1) })], now)).toMatch(/already used your attempt/);
    expect(startRefusal(rules({ attemptsAllowed: 2 }), [attempt({ submittedAt: at(-1) })], now)).toBeNull();
    expect(startRefusal(rules({ attemptsAllowed: 2 }), [attempt(), attempt({ id: "a2", number: 2 })], now)).toMatch(/all 2 attempts/);
  });

  it("names the opening time in the teacher's zone", () => {
    expect(startRefusal(rules({ opensAt: new Date("2026-05-11T08:30:00Z") }), [], now, "Europe/Paris")).toContain("10:30 (Europe/Paris)");
    expect(startRefusal(rules({ opensAt: new Date("2026-05-11T08:30:00Z") }), [], now, "Not/AZone")).toContain("08:30 (UTC)");
  });
});

describe("deadline", () => {
  it("is the earliest of start + limit and the due time when late work is refused, null with neither", () => {
    expect(deadlineFor(rules(), now)).toBeNull();
    expect(deadlineFor(rules({ timeLimitMinutes: 30 }), now)).toEqual(at(30));
    expect(deadlineFor(rules({ timeLimitMinutes: 30, dueAt: at(10) }), now)).toEqual(at(10));
    expect(deadlineFor(rules({ timeLimitMinutes: 30, dueAt: at(10), lateWork: "accept" }), now)).toEqual(at(30));
    expect(deadlineFor(rules({ dueAt: at(90) }), now)).toEqual(at(90));
    expect(deadlineFor(rules({ dueAt: at(90), lateWork: "accept" }), now)).toBeNull();
  });

  it("expires at the deadline exactly, and the time left never goes below zero", () => {
    expect(isExpired({ deadline: now, submittedAt: null }, now)).toBe(true);
    expect(isExpired({ deadline: at(1), submittedAt: null }, now)).toBe(false);
    expect(isExpired({ deadline: at(-1), submittedAt: at(-2) }, now)).toBe(false);
    expect(isExpired({ deadline: null, submittedAt: null }, now)).toBe(false);
    expect(timeLeftMs(at(2), now)).toBe(120_000);
    expect(timeLeftMs(at(-2), now)).toBe(0);
    expect(timeLeftMs(null, now)).toBeNull();
  });

  it("refuses answers after submission and after the deadline, with a message saying so", () => {
    expect(answerRefusal({ deadline: at(1), submittedAt: null }, now)).toBeNull();
    expect(answerRefusal({ deadline: at(-1), submittedAt: null }, now)).toMatchObject({ kind: "expired", message: expect.stringMatching(/Time is up/) });
    expect(answerRefusal({ deadline: null, submittedAt: at(-1) }, now)).toMatchObject({ kind: "submitted" });
  });

  it("calls work after the due time late", () => {
    expect(isLate(rules({ dueAt: at(-1) }), now)).toBe(true);
    expect(isLate(rules({ dueAt: at(1) }), now)).toBe(false);
    expect(isLate(rules(), now)).toBe(false);
  });
});

describe("reveal", () => {
  const submitted = { submittedAt: at(-1) };
  it("shows nothing before submission, whatever the rule", () => {
    for (const reveal of ["afterSubmit", "afterDue", "never"] as const) expect(revealState(rules({ reveal }), { submittedAt: null }, now)).toEqual({ score: false, review: false, reviewAt: null });
  });
  it("afterSubmit: everything once submitted", () => {
    expect(revealState(rules(), submitted, now)).toEqual({ score: true, review: true, reviewAt: null });
  });
  it("afterDue: the score once submitted, the review after the due time", () => {
    expect(revealState(rules({ reveal: "afterDue", dueAt: at(30) }), submitted, now)).toEqual({ score: true, review: false, reviewAt: at(30) });
    expect(revealState(rules({ reveal: "afterDue", dueAt: at(-30) }), submitted, now)).toEqual({ score: true, review: true, reviewAt: null });
    expect(revealState(rules({ reveal: "afterDue" }), submitted, now).review).toBe(true);
  });
  it("never: neither the score nor the review", () => {
    expect(revealState(rules({ reveal: "never", dueAt: at(-30) }), submitted, now)).toEqual({ score: false, review: false, reviewAt: null });
  });
});

describe("standing", () => {
  it("is in progress with a running attempt, which it names", () => {
    const standing = studentStanding(rules({ attemptsAllowed: 3 }), [attempt({ deadline: at(5) })], now);
    expect(standing).toMatchObject({ status: "inProgress", canStart: false, openAttemptId: "a1", attemptsUsed: 1 });
    expect(openAttempt([attempt({ deadline: at(-5) })], now)).toBeNull();
  });
  it("is submitted when no other attempt may start, counting an expired attempt as submitted", () => {
    expect(studentStanding(rules(), [attempt({ submittedAt: at(-1) })], now)).toMatchObject({ status: "submitted", canStart: false, lastSubmittedId: "a1" });
    expect(studentStanding(rules(), [attempt({ deadline: at(-1) })], now)).toMatchObject({ status: "submitted", openAttemptId: null, lastSubmittedId: "a1" });
  });
  it("follows time when another attempt may start, or none was made", () => {
    expect(studentStanding(rules({ attemptsAllowed: 2, dueAt: at(60) }), [attempt({ submittedAt: at(-1) })], now)).toMatchObject({ status: "dueSoon", canStart: true, lastSubmittedId: "a1" });
    expect(studentStanding(rules({ dueAt: at(-1) }), [], now)).toMatchObject({ status: "closed", canStart: false, startRefusal: expect.stringMatching(/not accepted/) });
    expect(studentStanding(rules({ dueAt: at(-1), lateWork: "accept" }), [], now)).toMatchObject({ status: "overdue", canStart: true });
    expect(studentStanding(rules({ opensAt: at(1) }), [], now)).toMatchObject({ status: "notOpen", canStart: false });
  });
});
