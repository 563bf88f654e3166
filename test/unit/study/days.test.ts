import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isValidTimeZone, studyDayEnd, studyDayOf, studyDayResolver, studyDayStart } from "../../../lib/study/days";

const HOUR = 3_600_000;

describe("study day of an instant", () => {
  it("rolls over at 04:00 local, not at midnight or 04:00 UTC", () => {
    // Berlin in January is UTC+1: 02:59Z is 03:59 local, 03:01Z is 04:01 local.
    expect(studyDayOf(new Date("2026-01-15T02:59:00Z"), "Europe/Berlin")).toBe("2026-01-14");
    expect(studyDayOf(new Date("2026-01-15T03:01:00Z"), "Europe/Berlin")).toBe("2026-01-15");
    // The same instants in UTC are both before 04:00: the previous day.
    expect(studyDayOf(new Date("2026-01-15T03:01:00Z"), "UTC")).toBe("2026-01-14");
    expect(studyDayOf(new Date("2026-01-15T04:00:00Z"), "UTC")).toBe("2026-01-15");
  });

  it("uses the student's zone: one instant, different study days", () => {
    const t = new Date("2026-06-10T20:30:00Z");
    expect(studyDayOf(t, "America/Los_Angeles")).toBe("2026-06-10"); // 13:30
    expect(studyDayOf(t, "Asia/Tokyo")).toBe("2026-06-11"); // 05:30 next day
    expect(studyDayOf(t, "Pacific/Auckland")).toBe("2026-06-11"); // 08:30
    expect(studyDayOf(new Date("2026-06-10T18:30:00Z"), "Asia/Tokyo")).toBe("2026-06-10"); // 03:30 on the 11th
  });

  it("handles half-hour zones", () => {
    // Kolkata is UTC+5:30: 22:29Z is 03:59, 22:31Z is 04:01 local.
    expect(studyDayOf(new Date("2026-01-14T22:29:00Z"), "Asia/Kolkata")).toBe("2026-01-14");
    expect(studyDayOf(new Date("2026-01-14T22:31:00Z"), "Asia/Kolkata")).toBe("2026-01-15");
  });
});

describe("start and end of a study day", () => {
  it("starts at 04:00 local", () => {
    expect(studyDayStart("2026-01-15", "Europe/Berlin").toISOString()).toBe("2026-01-15T03:00:00.000Z");
    expect(studyDayStart("2026-07-15", "Europe/Berlin").toISOString()).toBe("2026-07-15T02:00:00.000Z");
    expect(studyDayStart("2026-01-15", "Asia/Kolkata").toISOString()).toBe("2026-01-14T22:30:00.000Z");
    expect(studyDayEnd("2026-01-15", "UTC").toISOString()).toBe("2026-01-16T04:00:00.000Z");
  });

  it("is 23 hours long across spring-forward and 25 across fall-back", () => {
    // Europe: clocks go forward on 29 March 2026 at 02:00 and back on 25 October 2026 at 03:00.
    const spring = studyDayEnd("2026-03-28", "Europe/Berlin").getTime() - studyDayStart("2026-03-28", "Europe/Berlin").getTime();
    const fall = studyDayEnd("2026-10-24", "Europe/Berlin").getTime() - studyDayStart("2026-10-24", "Europe/Berlin").getTime();
    expect(spring).toBe(23 * HOUR);
    expect(fall).toBe(25 * HOUR);
    // United States: 8 March and 1 November 2026.
    expect(studyDayStart("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-08T08:00:00.000Z");
    expect(studyDayStart("2026-03-07", "America/New_York").toISOString()).toBe("2026-03-07T09:00:00.000Z");
  });

  it("03:59 and 04:01 local on the night of a DST change fall on different study days", () => {
    // 29 March 2026, Berlin: 03:59 CEST = 01:59Z, 04:01 CEST = 02:01Z.
    expect(studyDayOf(new Date("2026-03-29T01:59:00Z"), "Europe/Berlin")).toBe("2026-03-28");
    expect(studyDayOf(new Date("2026-03-29T02:01:00Z"), "Europe/Berlin")).toBe("2026-03-29");
    // 25 October 2026: 03:59 CET = 02:59Z, 04:01 CET = 03:01Z (02:30 local happens twice, both on the 24th).
    expect(studyDayOf(new Date("2026-10-25T00:30:00Z"), "Europe/Berlin")).toBe("2026-10-24");
    expect(studyDayOf(new Date("2026-10-25T01:30:00Z"), "Europe/Berlin")).toBe("2026-10-24");
    expect(studyDayOf(new Date("2026-10-25T02:59:00Z"), "Europe/Berlin")).toBe("2026-10-24");
    expect(studyDayOf(new Date("2026-10-25T03:01:00Z"), "Europe/Berlin")).toBe("2026-10-25");
  });

  const zones = ["UTC", "Europe/Berlin", "America/New_York", "America/Sao_Paulo", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns", "Asia/Tokyo"];
  fcTest.prop([fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2040-01-01T00:00:00Z"), noInvalidDate: true }), fc.constantFrom(...zones)])(
    "every instant lies inside its study day, which is 22.5 to 25.5 hours long",
    (t, zone) => {
      const day = studyDayOf(t, zone);
      const start = studyDayStart(day, zone).getTime();
      const end = studyDayEnd(day, zone).getTime();
      expect(start).toBeLessThanOrEqual(t.getTime());
      expect(t.getTime()).toBeLessThan(end);
      expect(end - start).toBeGreaterThanOrEqual(22.5 * HOUR);
      expect(end - start).toBeLessThanOrEqual(25.5 * HOUR);
      expect(studyDayOf(new Date(start), zone)).toBe(day);
      expect(studyDayOf(new Date(start - 1), zone)).toBe(addDays(day, -1));
    },
  );
});

describe("day arithmetic and validation", () => {
  it("adds and counts days across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-02-29", 1)).toBe("2024-03-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(daysBetween("2025-12-31", "2026-03-01")).toBe(60);
    expect(daysBetween("2026-03-01", "2025-12-31")).toBe(-60);
  });

  it("rejects unknown zones and malformed days with clear errors", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(() => studyDayOf(new Date(), "Mars/Olympus")).toThrow(/Unknown time zone "Mars\/Olympus"/);
    expect(() => studyDayStart("2026-1-5", "UTC")).toThrow(/expected YYYY-MM-DD/);
  });
});

describe("bulk day resolver", () => {
  fcTest.prop([fc.array(fc.date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2027-01-01T00:00:00Z"), noInvalidDate: true }), { maxLength: 60 }), fc.constantFrom("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe")])(
    "agrees with studyDayOf for every instant, in any order",
    (instants, zone) => {
      const dayOf = studyDayResolver(zone);
      for (const t of instants) {
        expect(dayOf(t)).toBe(studyDayOf(t, zone));
        expect(dayOf(t.toISOString())).toBe(studyDayOf(t, zone));
      }
    },
  );

  it("handles the instants around a DST change and rejects garbage", () => {
    const dayOf = studyDayResolver("Europe/Berlin");
    expect(dayOf("2026-03-29T01:59:00Z")).toBe("2026-03-28");
    expect(dayOf("2026-03-29T02:00:00Z")).toBe("2026-03-29");
    expect(dayOf("2026-03-29T01:59:59.999Z")).toBe("2026-03-28");
    expect(() => dayOf("not a date")).toThrow(/Invalid instant/);
  });
});
