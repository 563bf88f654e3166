/**
 * PostgreSQL server chores outside Prisma: checking that the server answers
 * (so start-up fails with one sentence instead of a driver stack trace), and
 * creating and dropping whole databases (scratch databases for migrations,
 * fresh databases for tests).
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { redactUrl } from "../../env";

/** Where the URL points, for messages: "host:port/database", never the password. */
export function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname || parsed.searchParams.get("host") || "localhost";
    return `${host}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return redactUrl(url);
  }
}

/** One sentence for the errors a user can fix (server down, wrong name, no such database, wrong password). */
export function postgresProblem(error: unknown, url: string, setting = "DATABASE_URL"): string {
  const where = describeServer(url);
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "ECONNREFUSED":
      return `Cannot connect to PostgreSQL at ${where} (connection refused); start the server or fix ${setting}.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot connect to PostgreSQL at ${where} (unknown host); fix the host name in ${setting}.`;
    case "3D000":
      return `PostgreSQL at ${where} has no such database (${message}); create it (createdb) or fix ${setting}.`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${where} refused the login (${message}); fix the user or password in ${setting}.`;
    default:
      if (/timeout/i.test(message)) return `Cannot connect to PostgreSQL at ${where} (no answer within the connection timeout); check that the server is running and reachable.`;
      return `Cannot use PostgreSQL at ${where}: ${message}.`;
  }
}

/** Runs `fn` with a single short-lived connection. */
export async function withPostgres<T>(url: string, fn: (client: pg.Client) => Promise<T>, connectTimeoutMs = 5_000): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs });
  // A connection dropped while idle emits "error"; without a listener it would crash the process.
  client.on("error", () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Throws an Error with one clear sentence when the server cannot be used. */
export async function ensurePostgresReachable(url: string, connectTimeoutMs = 5_000, setting = "DATABASE_URL"): Promise<void> {
  try {
    await withPostgres(url, (client) => client.query("SELECT 1"), connectTimeoutMs);
  } catch (error) {
    throw new Error(postgresProblem(error, url, setting), { cause: error });
  }
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Creates an empty database on the server of `serverUrl` and returns its URL.
 * Needs the CREATEDB privilege. The name starts with `prefix` so that a
 * cleanup can find what a run created.
 */
export async function createDatabase(serverUrl: string, prefix: string, options: { icuLocale?: string } = {}): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  if (!/^[a-z0-9_]{1,63}$/.test(name)) throw new Error(`"${name}" is not a usable database name (a-z, 0-9, _; at most 63 characters).`);
  if (options.icuLocale !== undefined && !/^[A-Za-z0-9-]+$/.test(options.icuLocale)) throw new Error(`"${options.icuLocale}" is not an ICU locale name.`);
  // template0: a pristine, UTF-8 database whatever was added to template1.
  // An ICU locale (PostgreSQL 15+) gives the database that language's collation, as production servers often have.
  const locale = options.icuLocale ? ` LOCALE_PROVIDER icu ICU_LOCALE '${options.icuLocale}'` : "";
  await withPostgres(serverUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0 ENCODING 'UTF8'${locale}`));
  return { name, url: withDatabase(serverUrl, name) };
}

/** Drops databases, closing their connections first (PostgreSQL 13+). Missing ones are ignored. */
export async function dropDatabases(serverUrl: string, names: string[]): Promise<void> {
  if (names.length === 0) return;
  await withPostgres(serverUrl, async (client) => {
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  });
}

/** Names of the databases on the server that start with `prefix`. */
export async function databasesWithPrefix(serverUrl: string, prefix: string): Promise<string[]> {
  return withPostgres(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY datname", [prefix]);
    return rows.map((row) => row.datname);
  });
}

/** The server tests and `npm run db:migration` use on this kind of machine (trust auth, database `test`). */
export const defaultTestPostgresUrl = "postgresql://postgres@127.0.0.1:5432/test";

/**
 * A PostgreSQL server on which scratch databases may be created: TEST_POSTGRES_URL,
 * else DATABASE_URL when it is PostgreSQL, else the local default.
 */
export function postgresServerUrl(env: Record<string, string | undefined>): string {
  if (env.TEST_POSTGRES_URL) return env.TEST_POSTGRES_URL;
  if (env.DATABASE_URL && /^postgres(ql)?:\/\//i.test(env.DATABASE_URL)) return env.DATABASE_URL;
  return defaultTestPostgresUrl;
}
