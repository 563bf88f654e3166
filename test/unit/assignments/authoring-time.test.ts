/** Wall-clock times in a teacher's zone ↔ UTC, across daylight-saving changes, and the settings form's rules. */
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { defaultDueAt, defaultSettingsInput, parseSettings, publishProblem, settingsToInput, type SettingsInput } from "../../../lib/assignments/settings";
import { addLocalDays, formatInZone, localToUtc, parseLocalDateTime, utcToLocal, zoneOffsetMs } from "../../../lib/assignments/time-zone";

describe("time zones", () => {
  it("converts a local time to UTC and back in zones east and west of UTC", () => {
    expect(localToUtc("2026-12-08T23:59", "Europe/Berlin").toISOString()).toBe("2026-12-08T22:59:00.000Z");
    expect(localToUtc("2026-07-08T09:00", "Europe/Berlin").toISOString()).toBe("2026-07-08T07:00:00.000Z");
    expect(localToUtc("2026-07-08T09:00", "America/New_York").toISOString()).toBe("2026-07-08T13:00:00.000Z");
    expect(localToUtc("2026-01-01T00:30", "Asia/Kolkata").toISOString()).toBe("2025-12-31T19:00:00.000Z");
    expect(localToUtc("2026-05-05T12:00", "UTC").toISOString()).toBe("2026-05-05T12:00:00.000Z");
    expect(utcToLocal(new Date("2026-12-08T22:59:00Z"), "Europe/Berlin")).toBe("2026-12-08T23:59");
    expect(utcToLocal(new Date("2025-12-31T19:00:00Z"), "Asia/Kolkata")).toBe("2026-01-01T00:30");
    expect(zoneOffsetMs(new Date("2026-07-01T00:00:00Z"), "America/New_York")).toBe(-4 * 3600_000);
  });

  it("round-trips every hour of a year with two DST changes (Berlin, New York, Sydney)", () => {
    for (const zone of ["Europe/Berlin", "America/New_York", "Australia/Sydney"]) {
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3600_000) {
        const instant = new Date(t);
        const local = utcToLocal(instant, zone);
        const back = localToUtc(local, zone);
        // A local time that happens twice maps to its first instant: the round trip lands on it or an hour before.
        expect([0, 3600_000]).toContain(t - back.getTime());
        expect(utcToLocal(back, zone)).toBe(local);
      }
    }
  });

  it("spring forward: a local time in the gap moves forward by the gap", () => {
    // Berlin, 29 March 2026: 02:00 CET → 03:00 CEST; 02:30 never happens.
    expect(localToUtc("2026-03-29T01:59", "Europe/Berlin").toISOString()).toBe("2026-03-29T00:59:00.000Z");
    expect(localToUtc("2026-03-29T02:30", "Europe/Berlin").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(utcToLocal(localToUtc("2026-03-29T02:30", "Europe/Berlin"), "Europe/Berlin")).toBe("2026-03-29T03:30");
    expect(localToUtc("2026-03-29T03:00", "Europe/Berlin").toISOString()).toBe("2026-03-29T01:00:00.000Z");
    // New York, 8 March 2026: 02:00 EST → 03:00 EDT.
    expect(localToUtc("2026-03-08T02:15", "America/New_York").toISOString()).toBe("2026-03-08T07:15:00.000Z");
  });

  it("fall back: a local time that happens twice means the first", () => {
    // Berlin, 25 October 2026: 03:00 CEST → 02:00 CET; 02:30 happens at 00:30Z and at 01:30Z.
    expect(localToUtc("2026-10-25T02:30", "Europe/Berlin").toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(localToUtc("2026-10-25T03:30", "Europe/Berlin").toISOString()).toBe("2026-10-25T02:30:00.000Z");
    expect(utcToLocal(new Date("2026-10-25T01:30:00Z"), "Europe/Berlin")).toBe("2026-10-25T02:30");
    // Sydney, 5 April 2026: 03:00 AEDT → 02:00 AEST.
    expect(localToUtc("2026-04-05T02:30", "Australia/Sydney").toISOString()).toBe("2026-04-04T15:30:00.000Z");
  });

  it("refuses dates that do not exist and unknown zones", () => {
    expect(parseLocalDateTime("2026-02-31T10:00")).toBeNull();
    expect(parseLocalDateTime("2026-13-01T10:00")).toBeNull();
    expect(parseLocalDateTime("2026-01-01 10:00")).toBeNull();
    expect(parseLocalDateTime("2026-01-01T24:00")).toBeNull();
    expect(() => localToUtc("2026-02-31T10:00", "UTC")).toThrow(RangeError);
    expect(() => localToUtc("2026-01-01T10:00", "Mars/Olympus")).toThrow(RangeError);
  });

  it("adds local days across a DST change keeping the wall-clock time", () => {
    expect(addLocalDays("2026-03-25T23:59", 7)).toBe("2026-04-01T23:59");
    expect(addLocalDays("2026-12-28T10:00", 7)).toBe("2027-01-04T10:00");
    const due = localToUtc(addLocalDays("2026-03-25T23:59", 7), "Europe/Berlin");
    expect(due.toISOString()).toBe("2026-04-01T21:59:00.000Z");
    expect(formatInZone(due, "Europe/Berlin")).toMatch(/1 Apr 2026.*23:59/);
  });
});

describe("assignment settings", () => {
  const now = new Date("2026-03-25T10:00:00Z");
  const base = (over: Partial<SettingsInput> = {}): SettingsInput => ({ ...defaultSettingsInput(now, "Europe/Berlin"), title: "Sakhalin quiz", ...over });
  const firstIssue = (input: unknown) => {
    try {
      parseSettings(input);
    } catch (error) {
      expect(error).toBeInstanceOf(ZodError);
      const issue = (error as ZodError).issues[0]!;
      return { path: issue.path.join("."), message: issue.message };
    }
    throw new Error("expected the settings to be refused");
  };

  it("defaults: due a week from today at 23:59 in the teacher's zone, one attempt, answers after submitting", () => {
    expect(defaultDueAt(now, "Europe/Berlin")).toBe("2026-04-01T23:59");
    // 12:00Z on 25 March is already 01:00 on 26 March in Auckland (NZDT, +13).
    expect(defaultDueAt(new Date("2026-03-25T12:00:00Z"), "Pacific/Auckland")).toBe("2026-04-02T23:59");
    const settings = parseSettings(base());
    expect(settings).toMatchObject({ title: "Sakhalin quiz", opensAt: null, attemptsAllowed: 1, timeLimitMinutes: null, lateWork: "refuse", reveal: "afterSubmit" });
    expect(settings.dueAt?.toISOString()).toBe("2026-04-01T21:59:00.000Z");
  });

  it("stores times in UTC and shows them back in the teacher's zone", () => {
    const settings = parseSettings(base({ opensAt: "2026-03-28T08:00", dueAt: "2026-03-30T08:00", timeLimitMinutes: 30 }));
    expect(settings.opensAt?.toISOString()).toBe("2026-03-28T07:00:00.000Z");
    expect(settings.dueAt?.toISOString()).toBe("2026-03-30T06:00:00.000Z");
    expect(settingsToInput(settings)).toMatchObject({ opensAt: "2026-03-28T08:00", dueAt: "2026-03-30T08:00", timeLimitMinutes: 30 });
  });

  it("blank times mean not set; a blank title is refused", () => {
    expect(parseSettings(base({ opensAt: "", dueAt: "" })).dueAt).toBeNull();
    expect(firstIssue(base({ title: "   " }))).toEqual({ path: "title", message: "Give the assignment a title." });
  });

  it("the due time must come after the opening time", () => {
    expect(firstIssue(base({ opensAt: "2026-04-02T09:00", dueAt: "2026-04-02T09:00" }))).toEqual({ path: "dueAt", message: "The due time must come after the opening time." });
    expect(firstIssue(base({ opensAt: "2026-04-03T09:00", dueAt: "2026-04-02T09:00" })).path).toBe("dueAt");
    // 02:30 on the fall-back night is the first 02:30: before 02:45 of the same night.
    expect(parseSettings(base({ opensAt: "2026-10-25T02:30", dueAt: "2026-10-25T02:45" })).dueAt?.toISOString()).toBe("2026-10-25T00:45:00.000Z");
  });

  it("time limit 1–600 minutes, attempts 1–10, whole numbers", () => {
    expect(parseSettings(base({ timeLimitMinutes: 1 })).timeLimitMinutes).toBe(1);
    expect(parseSettings(base({ timeLimitMinutes: 600 })).timeLimitMinutes).toBe(600);
    expect(firstIssue(base({ timeLimitMinutes: 0 })).path).toBe("timeLimitMinutes");
    expect(firstIssue(base({ timeLimitMinutes: 601 })).message).toBe("A time limit is at most 600 minutes.");
    expect(firstIssue(base({ timeLimitMinutes: 2.5 })).path).toBe("timeLimitMinutes");
    expect(parseSettings(base({ attemptsAllowed: 10 })).attemptsAllowed).toBe(10);
    expect(firstIssue(base({ attemptsAllowed: 0 })).path).toBe("attemptsAllowed");
    expect(firstIssue(base({ attemptsAllowed: 11 })).message).toBe("At most 10 attempts.");
  });

  it("refuses an unknown zone, a malformed time, other late-work and reveal values, and after-due reveal without a due time", () => {
    expect(firstIssue(base({ timeZone: "Europe/Atlantis" })).path).toBe("timeZone");
    expect(firstIssue(base({ dueAt: "next friday" })).path).toBe("dueAt");
    expect(firstIssue(base({ lateWork: "maybe" as never })).path).toBe("lateWork");
    expect(firstIssue(base({ reveal: "always" as never })).path).toBe("reveal");
    expect(firstIssue(base({ reveal: "afterDue", dueAt: "" }))).toEqual({ path: "reveal", message: "Answers shown after the due time need a due time." });
  });

  it("cannot publish once the due time has passed", () => {
    expect(publishProblem({ dueAt: new Date("2026-03-25T09:59:00Z") }, now)).toMatch(/due time has passed/);
    expect(publishProblem({ dueAt: new Date("2026-03-25T10:01:00Z") }, now)).toBeNull();
    expect(publishProblem({ dueAt: null }, now)).toBeNull();
  });
});
