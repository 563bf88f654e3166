/**
 * Rules found by running the parser on real public battle pages (their text stays out of the
 * repository), each pinned on invented cells of the same shape.
 */
import { describe, expect, it } from "vitest";
import { parseCasualties } from "../../../lib/content/casualties";

const casualties = (cell: string) => parseCasualties([{ text: cell, ref: 1 }])!.casualties;

describe("rules from real pages", () => {
  it("reads a bare first figure as the total when the figures after it add up to it", () => {
    const c = casualties("128,000 8,000 dead, 20,000 wounded, 100,000 captured 1,200 guns");
    expect(c.total).toMatchObject({ min: 128_000, max: 128_000 });
    expect(c.killed).toMatchObject({ min: 8_000 });
    expect(c.captured).toMatchObject({ min: 100_000 });
  });

  it("leaves a bare first figure alone when its parts do not add up to it", () => {
    const c = casualties("130,000 8,000 dead, 20,000 wounded, 100,000 captured");
    expect(c.total).toBeNull();
    expect(c.killed).toMatchObject({ min: 8_000 });
  });
});
