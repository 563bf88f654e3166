/**
 * A `Db` that, inside `inOneTransaction`, runs every query in that one transaction, and whose own
 * `$transaction` joins it instead of opening another. It lets a caller compose data functions that
 * open their own transaction (submitReview) into a larger one (a practice answer with its reviews)
 * without a second copy of them. The view is one stable object per client, so per-client caches
 * keyed on it (the card catalogue) are built once, not once per transaction.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { providerOf, type Db } from "../db/client";
import { sqlIn, sqlOf, type SqlClient } from "../db/sql";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const active = new AsyncLocalStorage<{ client: Db; tx: Tx }>();
const views = new WeakMap<Db, Db>();

export function transactionView(database: Db): Db {
  let view = views.get(database);
  if (view) return view;
  view = new Proxy(database, {
    get(target, property) {
      const current = active.getStore();
      const inside = current?.client === target ? current.tx : undefined;
      if (property === "$transaction" && inside) {
        // Joining: a callback runs in the open transaction; a batch runs its queries in order there.
        return (arg: unknown) => (typeof arg === "function" ? arg(inside) : Promise.all(arg as Promise<unknown>[]));
      }
      const source: object = inside ?? target;
      const value: unknown = Reflect.get(source, property, source);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(source) : value;
    },
  });
  views.set(database, view);
  return view;
}

/**
 * Plain SQL (../db/sql.ts) where `database` queries: inside `inOneTransaction` the view's
 * statements run in that transaction (and `transaction` joins it), else on the client's connection.
 */
export function sqlFor(database: Db): SqlClient {
  const current = active.getStore();
  if (!current || views.get(current.client) !== database) return sqlOf(database);
  const inside = sqlIn(current.tx, providerOf(current.client));
  return { ...inside, transaction: (work) => work(inside) };
}

/** Runs `work` in one transaction of `database`; `view` (transactionView(database)) queries inside it. */
export function inOneTransaction<T>(database: Db, work: (view: Db) => Promise<T>): Promise<T> {
  const view = transactionView(database);
  return database.$transaction((tx) => active.run({ client: database, tx: tx as Tx }, () => work(view)), { maxWait: 10_000, timeout: 20_000 });
}
