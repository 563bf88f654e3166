import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, parseStudySettings } from "../../../lib/study/settings";

describe("study settings", () => {
  it("defaults to 90% retention, 20 new cards a day, UTC", () => {
    expect(DEFAULT_SETTINGS).toEqual({ desiredRetention: 0.9, newCardsPerDay: 20, timeZone: "UTC" });
    expect(parseStudySettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseStudySettings({ timeZone: "Asia/Tokyo" })).toEqual({ ...DEFAULT_SETTINGS, timeZone: "Asia/Tokyo" });
  });

  it("rejects values outside the useful range with a message", () => {
    expect(() => parseStudySettings({ desiredRetention: 0.5 })).toThrow(/at least 0.7/);
    expect(() => parseStudySettings({ desiredRetention: 1 })).toThrow(/at most 0.99/);
    expect(() => parseStudySettings({ newCardsPerDay: 2.5 })).toThrow(/whole number/);
    expect(() => parseStudySettings({ newCardsPerDay: -1 })).toThrow();
    expect(() => parseStudySettings({ timeZone: "Middle/Earth" })).toThrow(/Unknown time zone/);
  });
});
