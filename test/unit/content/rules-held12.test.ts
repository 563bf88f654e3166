/**
 * Rules added after the held12 batch of real-shape fixtures, each pinned on invented cells.
 */
import { describe, expect, it } from "vitest";
import { parseCasualties } from "../../../lib/content/casualties";
import { splitBelligerents } from "../../../lib/content/sides";

describe("held12 rules", () => {
  it("keeps a category when 'or' adds another way of dying", () => {
    expect(parseCasualties([{ text: "700 killed or drowned, 90 captured", ref: 1 }])!.casualties).toMatchObject({ killed: { min: 700 }, captured: { min: 90 } });
  });

  it("knows military orders as belligerents in run-together cells", () => {
    expect(splitBelligerents("Kingdom of Naples Knights Hospitaller", () => false)).toEqual(["Kingdom of Naples", "Knights Hospitaller"]);
  });
});
