/** Seeded RNG wrapper over pure-rand; the only randomness the engine uses. */
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { seedOf } from "./ids";

export interface Rng {
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  shuffle<T>(xs: readonly T[]): T[];
}

type Generator = ReturnType<typeof xoroshiro128plus>;

/** A class, not closures: one is made per question and per template, so allocation matters. */
class SeededRng implements Rng {
  constructor(private readonly g: Generator) {}

  int(lo: number, hi: number): number {
    return hi <= lo ? lo : uniformInt(this.g, lo, hi);
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error("pick from empty list");
    return xs[this.int(0, xs.length - 1)] as T;
  }

  shuffle<T>(xs: readonly T[]): T[] {
    const a = xs.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      const t = a[i] as T;
      a[i] = a[j] as T;
      a[j] = t;
    }
    return a;
  }
}

export function makeRng(seed: number | string): Rng {
  return new SeededRng(xoroshiro128plus(typeof seed === "number" ? seed | 0 : seedOf(seed)));
}
