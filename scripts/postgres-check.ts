/**
 * Used by scripts/test.sh: exits 0 when the PostgreSQL test server
 * (TEST_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/test) answers
 * and may create databases; otherwise prints one sentence saying why and exits 1.
 */
import { defaultTestPostgresUrl, describeServer, ensurePostgresReachable, withPostgres } from "../lib/server/db/postgres";

const url = process.env.TEST_POSTGRES_URL || defaultTestPostgresUrl;
try {
  await ensurePostgresReachable(url, 3_000, "TEST_POSTGRES_URL");
  const { rows } = await withPostgres(url, (client) =>
    client.query<{ allowed: boolean }>("SELECT rolcreatedb OR rolsuper AS allowed FROM pg_roles WHERE rolname = current_user"),
  );
  if (!rows[0]?.allowed) {
    console.log(`PostgreSQL at ${describeServer(url)} answers, but its user may not create databases; grant CREATEDB or set TEST_POSTGRES_URL to another user.`);
    process.exit(1);
  }
  console.log(`PostgreSQL at ${describeServer(url)}`);
} catch (error) {
  console.log(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
