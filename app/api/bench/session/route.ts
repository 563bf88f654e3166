import { benchRoutesEnabled } from "@/lib/env";
import { requireApiUser } from "@/lib/server/auth/session";
import { parseBody, reviewBodySchema } from "@/lib/server/study/http";

/**
 * The floor of `npm run bench`'s review throughput: everything POST /api/study/reviews does but the
 * database — the session check, the body's validation and an answer of the same size. Exists only
 * on a server started with MUSTER_BENCH=1.
 */
export async function POST(request: Request) {
  if (!benchRoutesEnabled()) return Response.json({ error: "Not found." }, { status: 404 });
  const { user, response } = await requireApiUser(request);
  if (!user) return response;
  const body = await parseBody(request, reviewBodySchema);
  if (!body.ok) return body.response;
  const due = new Date().toISOString();
  const state = { due, stability: 2.3, difficulty: 2.1, elapsedDays: 0, scheduledDays: 2, learningSteps: 0, reps: 1, lapses: 0, phase: "review", lastReview: due };
  return Response.json({ reviewId: "c".repeat(25), cardStateId: "c".repeat(25), revision: 1, state, duplicate: false }, { status: 201 });
}
