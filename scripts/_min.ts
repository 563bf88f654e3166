import { parseArticle } from "../lib/content/article";
const tiny = ["= Battle of X =", "", "Infobox", "- Conflict: Battle of X", "- Date: 3 May 1871", "- Combatant1: Alpha", "- Combatant2: Beta", "- Commander1: Hugh Brand", "- Commander2: Piers Gaunt", "- Strength1: 1,000", "- Strength2: 2,000", "- Casualties1: 100 killed", "- Casualties2: 200 killed", "", "The Battle of X was fought on 3 May 1871.", ""].join("\n");
const b = Buffer.from(tiny);
for (let i = 0; i < 2000; i++) parseArticle("x.txt", b);
const t0 = performance.now();
for (let i = 0; i < 30000; i++) parseArticle("x.txt", b);
console.log("tiny", Math.round(((performance.now() - t0) * 1000) / 30000), "µs");
