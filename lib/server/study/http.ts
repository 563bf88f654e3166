/** What the study route handlers share: the session check, body parsing and error answers. */
import { NextResponse } from "next/server";
import { z, ZodError } from "zod";
import { BodyError, readJsonBody } from "../request-body";
import { StudyError } from "./errors";

export function jsonError(message: string, status: number) {
  return NextResponse.json({ error: message }, { status });
}


/** POST /api/study/reviews: one grade of one card. */
export const reviewBodySchema = z.object({
  cardKey: z.string().min(1).max(100),
  rating: z.enum(["again", "hard", "good", "easy"]),
  clientId: z.string().min(8).max(100),
  shownRevision: z.number().int().min(0),
  durationMs: z.number().int().min(0).max(86_400_000).nullish(),
});

export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<{ ok: true; data: z.output<S> } | { ok: false; response: NextResponse }> {
  const parsed = schema.safeParse(await readJsonBody(request));
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, response: jsonError(describeIssue(parsed.error), 400) };
}

function describeIssue(error: ZodError): string {
  const issue = error.issues[0];
  return `Invalid request: ${issue?.path.join(".") || "body"}: ${issue?.message ?? "wrong shape"}`;
}

/** StudyError, BodyError and ZodError become their 4xx answers; anything else is our fault. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof StudyError || error instanceof BodyError) return jsonError(error.message, error.status);
  if (error instanceof ZodError) return jsonError(describeIssue(error), 400);
  throw error;
}
