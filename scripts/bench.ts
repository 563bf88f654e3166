/** `npm run bench`: prints throughput figures. Benchmarks never fail on timing. */
import { main as attemptsBench } from "./bench/attempts";
import { main as importBench } from "./bench/import";
import { main as parseBench } from "./bench/parse";
import { main as questionsBench } from "./bench/questions";
import { main as queueBench } from "./bench/queue";
import { main as resultsBench } from "./bench/results";
import { main as reviewsBench } from "./bench/reviews";

await parseBench();
await questionsBench();
await importBench();
await queueBench();
await reviewsBench();
await resultsBench();
await attemptsBench();
