import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasParser, REPO } from "./corpus";

const tsx = join(REPO, "node_modules/.bin/tsx");
const run = (args: string[]) => spawnSync(tsx, ["scripts/questions.ts", ...args], { cwd: REPO, encoding: "utf8", timeout: 60_000 });

describe.skipIf(!hasParser)("scripts/questions.ts", () => {
  it("prints a deterministic quiz as JSON with keys and explanations", () => {
    const a = run(["--count", "5", "--seed", "7"]);
    expect(a.status, a.stderr).toBe(0);
    const out = JSON.parse(a.stdout) as { questions: { answer: unknown; explanation: { sources: unknown[] } }[] };
    expect(out.questions.length).toBe(5);
    for (const q of out.questions) {
      expect(q.answer).toBeDefined();
      expect(q.explanation.sources.length).toBeGreaterThan(0);
    }
    expect(run(["--count", "5", "--seed", "7"]).stdout).toBe(a.stdout);
  });

  it("filters by format and family", () => {
    const r = run(["--count", "3", "--format", "number", "--family", "casualties"]);
    expect(r.status, r.stderr).toBe(0);
    for (const q of (JSON.parse(r.stdout) as { questions: { format: string; family: string }[] }).questions) {
      expect(q.format).toBe("number");
      expect(q.family).toBe("casualties");
    }
  });

  it.each([[["--count", "zero"]], [["--format", "essay"]], [["--family", "weather"]], [["--bogus"]], [["--event", "no-such-event"]], [["--seed"]]])("exits 2 on usage error %j", (args) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/questions:|usage/);
  });
});
