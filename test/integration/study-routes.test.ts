/**
 * The study route handlers as Next.js calls them (Request in, Response out) on a real database:
 * 401 without a session, 400 for wrong shapes, 201/200 for a review and its retry, 409 stale,
 * 404 for another student's card and review.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { importContentFromDisk } from "../../lib/server/import/run";
import { freshDatabase, testProvider, type TestDatabase } from "./support/databases";
import { cookieOf, routeEnvironment } from "./support/routes";

const contentDir = path.resolve(import.meta.dirname, "../../content");
const base = "http://localhost:3000";

type Routes = {
  reviews: typeof import("../../app/api/study/reviews/route");
  undo: typeof import("../../app/api/study/undo/route");
  card: typeof import("../../app/api/study/cards/[id]/route");
  back: typeof import("../../app/api/study/back/route");
  queue: typeof import("../../app/api/study/queue/route");
  settings: typeof import("../../app/api/study/settings/route");
};

describe(`study routes (${testProvider})`, () => {
  let target: TestDatabase;
  let routes: Routes;
  let cookies: string[];
  let cardKey: string;
  let disconnect: () => Promise<void>;

  const post = (cookie: string | null, body: unknown) =>
    new Request(`${base}/api/study/reviews`, { method: "POST", headers: { "content-type": "application/json", ...(cookie && { cookie }) }, body: typeof body === "string" ? body : JSON.stringify(body) });

  const environment = routeEnvironment();

  beforeAll(async () => {
    target = await freshDatabase("studyroutes");
    await migrateDatabase(target.database);
    await importContentFromDisk({ contentDir, database: target.database }, { now: new Date("2026-01-01T00:00:00Z") });
    // The handlers use the process-wide client and auth instance, configured from the environment.
    environment.use(target.database);
    routes = {
      reviews: await import("../../app/api/study/reviews/route"),
      undo: await import("../../app/api/study/undo/route"),
      card: await import("../../app/api/study/cards/[id]/route"),
      back: await import("../../app/api/study/back/route"),
      queue: await import("../../app/api/study/queue/route"),
      settings: await import("../../app/api/study/settings/route"),
    };
    const { auth } = await import("../../lib/server/auth/instance");
    const { db } = await import("../../lib/server/db/client");
    disconnect = () => db().$disconnect();
    cookies = [];
    for (const name of ["ada", "bea"]) {
      const { headers } = await auth().api.signUpEmail({ body: { name, email: `${name}-${Date.now()}@example.org`, password: "a long enough password" }, returnHeaders: true });
      cookies.push(cookieOf(headers));
    }
    const queue = await routes.queue.GET(new Request(`${base}/api/study/queue`, { headers: { cookie: cookies[0]! } }));
    expect(queue.status).toBe(200);
    const body = (await queue.json()) as { cards: { cardKey: string; revision: number }[] };
    cardKey = body.cards[0]!.cardKey;
    expect(JSON.stringify(body)).not.toContain('"back"');
  });
  afterAll(async () => {
    await disconnect?.();
    await target?.drop();
    environment.restore();
  });

  it("answers 401 without a session", async () => {
    const response = await routes.reviews.POST(post(null, { cardKey: "x", rating: "good", clientId: "client-0001", shownRevision: 0 }));
    expect(response.status).toBe(401);
    expect((await routes.queue.GET(new Request(`${base}/api/study/queue`))).status).toBe(401);
  });

  it("answers 400 for wrong shapes, with the field named", async () => {
    for (const body of ["not json", { cardKey, rating: "perfect", clientId: "client-0002", shownRevision: 0 }, { cardKey, rating: "good", clientId: "c", shownRevision: 0 }, { cardKey, rating: "good", clientId: "client-0003", shownRevision: -1 }]) {
      const response = await routes.reviews.POST(post(cookies[0]!, body));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/JSON|rating|clientId|shownRevision/);
    }
    const settings = await routes.settings.PUT(new Request(`${base}/api/study/settings`, { method: "PUT", headers: { cookie: cookies[0]!, "content-type": "application/json" }, body: JSON.stringify({ desiredRetention: 1.5, newCardsPerDay: 20, timeZone: "UTC" }) }));
    expect(settings.status).toBe(400);
    expect(((await settings.json()) as { error: string }).error).toMatch(/retention/i);
  });

  it("records a review once per client id, refuses a stale one, and hides it from another student", async () => {
    const input = { cardKey, rating: "good", clientId: "client-route-1", shownRevision: 0, durationMs: 2500 };
    const first = await routes.reviews.POST(post(cookies[0]!, input));
    expect(first.status).toBe(201);
    const review = (await first.json()) as { reviewId: string; cardStateId: string; revision: number };
    const retry = await routes.reviews.POST(post(cookies[0]!, input));
    expect(retry.status).toBe(200);
    expect(((await retry.json()) as { reviewId: string }).reviewId).toBe(review.reviewId);

    const stale = await routes.reviews.POST(post(cookies[0]!, { ...input, clientId: "client-route-2" }));
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: string }).error).toMatch(/changed since it was shown/);

    const params = (id: string) => ({ params: Promise.resolve({ id }) });
    expect((await routes.card.GET(new Request(`${base}/api/study/cards/${review.cardStateId}`, { headers: { cookie: cookies[0]! } }), params(review.cardStateId))).status).toBe(200);
    expect((await routes.card.GET(new Request(`${base}/api/study/cards/${review.cardStateId}`, { headers: { cookie: cookies[1]! } }), params(review.cardStateId))).status).toBe(404);
    const undoOther = await routes.undo.POST(new Request(`${base}/api/study/undo`, { method: "POST", headers: { cookie: cookies[1]!, "content-type": "application/json" }, body: JSON.stringify({ reviewId: review.reviewId, clientId: "client-undo-1" }) }));
    expect(undoOther.status).toBe(404);
    const undo = await routes.undo.POST(new Request(`${base}/api/study/undo`, { method: "POST", headers: { cookie: cookies[0]!, "content-type": "application/json" }, body: JSON.stringify({ reviewId: review.reviewId, clientId: "client-undo-2" }) }));
    expect(undo.status).toBe(200);
    expect(((await undo.json()) as { state: unknown }).state).toBeNull();
  });

  it("refuses a session at once after sign-out and after it expires, though route handlers keep it briefly", async () => {
    const { auth } = await import("../../lib/server/auth/instance");
    const { signOut } = await import("../../lib/server/auth/flows");
    const { db } = await import("../../lib/server/db/client");
    const signUp = async (name: string) => {
      const { headers } = await auth().api.signUpEmail({ body: { name, email: `${name}-${Date.now()}@example.org`, password: "a long enough password" }, returnHeaders: true });
      return cookieOf(headers);
    };
    const queue = (cookie: string) => routes.queue.GET(new Request(`${base}/api/study/queue`, { headers: { cookie } }));
    // Signed in: accepted twice in a row (the second from the short cache), then signed out: 401 at once.
    const cookie = await signUp("cleo");
    expect((await queue(cookie)).status).toBe(200);
    expect((await queue(cookie)).status).toBe(200);
    const out = await signOut(auth(), new Headers({ origin: base, cookie }));
    expect(out.ok).toBe(true);
    expect((await queue(cookie)).status).toBe(401);
    const review = await routes.reviews.POST(post(cookie, { cardKey, rating: "good", clientId: "client-signed-out", shownRevision: 0 }));
    expect(review.status).toBe(401);
    // A session row removed behind better-auth's back (no hook ran) is refused within the cache's 2 s;
    // while the row is there, the cache keeps believing it after those 2 s, on seeing the row.
    const { sessionCacheMs, cachedSession, rememberSession } = await import("../../lib/server/auth/session-cache");
    const other = await signUp("dov");
    expect((await queue(other)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, sessionCacheMs + 100));
    expect((await queue(other)).status).toBe(200);
    const [row] = await db().session.findMany({ where: { user: { name: "dov" } } });
    await db().session.delete({ where: { id: row!.id } });
    await new Promise((resolve) => setTimeout(resolve, sessionCacheMs + 100));
    expect((await queue(other)).status).toBe(401);
    // Never believed past the session's own expiry.
    const user = { id: "u", name: "U", role: "student" as const, username: null, email: null };
    const instance = {};
    rememberSession(instance, "cookie-value", { user, token: "t", expiresAt: new Date(Date.now() + 50) });
    expect(cachedSession(instance, "cookie-value")).toEqual({ user, token: "t", needsRowCheck: false });
    expect(cachedSession(instance, "cookie-value", Date.now() + 60)).toBeNull();
    // Past the first 2 s, an entry is believed only once its row is seen again.
    rememberSession(instance, "cookie-2", { user, token: "t2", expiresAt: new Date(Date.now() + 3_600_000) });
    expect(cachedSession(instance, "cookie-2", Date.now() + sessionCacheMs + 10)).toMatchObject({ needsRowCheck: true });
  });

  it("serves a card's back on request, 404 for an unknown card", async () => {
    const ok = await routes.back.GET(new Request(`${base}/api/study/back?cardKey=${cardKey}`, { headers: { cookie: cookies[0]! } }));
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { sources: { file: string; line: number }[] }).sources[0]).toMatchObject({ file: expect.stringMatching(/\.txt$/), line: expect.any(Number) });
    expect((await routes.back.GET(new Request(`${base}/api/study/back?cardKey=c_nope`, { headers: { cookie: cookies[0]! } }))).status).toBe(404);
  });
});
