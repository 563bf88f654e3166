/** The corpus the property tests run on: the real content/ through the parser, or fixtures until it lands. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { BattleEvent } from "../../../lib/facts/types";
import { fixtureCorpus } from "./fixtures";

export const REPO = join(import.meta.dirname, "../../..");
export const hasParser = existsSync(join(REPO, "lib/content/load.ts"));

export async function realCorpus(): Promise<BattleEvent[]> {
  const mod = (await import("../../../lib/content/load")) as { loadCorpus: (paths: string[]) => { events: BattleEvent[] } };
  const cwd = process.cwd();
  try {
    process.chdir(REPO);
    return mod.loadCorpus(["content"]).events;
  } finally {
    process.chdir(cwd);
  }
}

export { fixtureCorpus };
