/**
 * Rules added after the held14 batch of real-shape fixtures, each pinned on invented cells.
 */
import { describe, expect, it } from "vitest";
import { parseCasualties } from "../../../lib/content/casualties";
import { parseStrength, splitBelligerents } from "../../../lib/content/sides";
import { splitPeople } from "../../../lib/content/people";

const cas = (text: string) => parseCasualties([{ text, ref: 1 }])!.casualties;

describe("held14 rules", () => {
  it("keeps every figure of a sub-group with it when its line lost its breaks", () => {
    const c = cas("Poland: 900 killed 1,500 wounded Lithuania: 100 killed 200 wounded");
    expect([c.killed?.min, c.wounded?.min]).toEqual([1000, 1700]);
    expect(c.notes.map((n) => [n.group, n.killed?.min, n.wounded?.min])).toEqual([
      ["Poland", 900, 1500],
      ["Lithuania", 100, 200],
    ]);
  });

  it("does not give a group the figures of an unlabelled run before it", () => {
    const c = cas("Unknown Red Army casualties Pacific Fleet: 89 killed 40 wounded");
    expect(c).toMatchObject({ qualitative: "Unknown", killed: null, wounded: null });
    expect(c.notes[0]).toMatchObject({ group: "Pacific Fleet", killed: { min: 89 }, wounded: { min: 40 } });
  });

  it("splits cells at HTML line breaks", () => {
    expect(splitPeople("Jan Kowal<br>Piotr Nowak<br/>Adam Lis").people.map((p) => p.person.name)).toEqual(["Jan Kowal", "Piotr Nowak", "Adam Lis"]);
    expect(splitBelligerents("Norway<br>Poland<br />France")).toEqual(["Norway", "Poland", "France"]);
    expect(parseStrength(["30,000 men<br>400 tanks"])).toMatchObject({ min: 30000, note: "400 tanks" });
    expect(cas("1,000 killed<br>2,000 wounded")).toMatchObject({ killed: { min: 1000 }, wounded: { min: 2000 } });
  });
});
