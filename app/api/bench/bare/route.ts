import { benchRoutesEnabled } from "@/lib/env";
import { readJsonBody } from "@/lib/server/request-body";

/**
 * The baseline of `npm run bench`'s review throughput: a route handler that reads a JSON body and
 * answers, with no session and no database. Exists only on a server started with MUSTER_BENCH=1.
 */
export async function POST(request: Request) {
  if (!benchRoutesEnabled()) return Response.json({ error: "Not found." }, { status: 404 });
  const body = await readJsonBody(request);
  return Response.json({ ok: true, received: typeof body }, { status: 201 });
}
