import { z } from "zod";
import { gradebookCsv } from "@/lib/assignments/csv";
import { loadGradebook, ResultsError } from "@/lib/server/assignments/results";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { jsonError } from "@/lib/server/study/http";
import { csvResponse, fileSlug } from "../../attempts/format";

const paramsSchema = z.object({ classId: z.string().min(1).max(100) });

/** The gradebook as CSV (the same cells as the page). Teachers only; another teacher's class is 404. */
export async function GET(request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const { user, response } = await requireApiUser(request, { role: "teacher" });
  if (!user) return response;
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return jsonError("Invalid class id.", 400);
  try {
    const { classroom, gradebook } = await loadGradebook(db(), user.id, parsed.data.classId, new Date());
    return csvResponse(gradebookCsv(gradebook), `${fileSlug(classroom.name)}-gradebook.csv`);
  } catch (error) {
    if (error instanceof ResultsError) return jsonError(error.message, error.status);
    throw error;
  }
}
