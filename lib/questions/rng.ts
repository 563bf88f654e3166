/** Seeded RNG wrapper over pure-rand; the only randomness the engine uses. */
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { seedOf } from "./ids";

export interface Rng {
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  shuffle<T>(xs: readonly T[]): T[];
}

export function makeRng(seed: number | string): Rng {
  const g = xoroshiro128plus(typeof seed === "number" ? seed | 0 : seedOf(seed));
  const int = (lo: number, hi: number): number => (hi <= lo ? lo : uniformInt(g, lo, hi));
  return {
    int,
    pick<T>(xs: readonly T[]): T {
      if (xs.length === 0) throw new Error("pick from empty list");
      return xs[int(0, xs.length - 1)] as T;
    },
    shuffle<T>(xs: readonly T[]): T[] {
      const a = xs.slice();
      for (let i = a.length - 1; i > 0; i--) {
        const j = int(0, i);
        const t = a[i] as T;
        a[i] = a[j] as T;
        a[j] = t;
      }
      return a;
    },
  };
}
