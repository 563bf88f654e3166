/** `npm run import [-- --strict]`: parse content/ and store it, all or nothing. */
import path from "node:path";
import { ConfigError, loadConfig } from "../lib/env";
import { migrateDatabase } from "../lib/server/db/migrate";
import { formatIssue, importContentFromDisk } from "../lib/server/import/run";

const root = path.resolve(import.meta.dirname, "..");

async function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== "--strict");
  if (unknown.length) {
    console.error(`usage: npm run import [-- --strict]  (unknown argument ${unknown[0]})`);
    process.exit(2);
  }
  const cfg = loadConfig(process.env, root);
  await migrateDatabase(cfg.database); // checks first that the file is writable or the server answers
  const report = await importContentFromDisk(cfg, {
    strict: args.includes("--strict"),
    onWarning: (issue) => console.error(formatIssue(issue)),
  });
  console.log(report.summary);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
  process.exit(1);
});
