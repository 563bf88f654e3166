import { z } from "zod";
import { itemAnalysisCsv } from "@/lib/assignments/csv";
import { loadItemAnalysis, ResultsError } from "@/lib/server/assignments/results";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { jsonError } from "@/lib/server/study/http";
import { csvResponse, fileSlug } from "../../../../attempts/format";

const paramsSchema = z.object({ classId: z.string().min(1).max(100), assignmentId: z.string().min(1).max(100) });

/** The assignment's item analysis as CSV. Teachers only; another teacher's class or assignment is 404. */
export async function GET(request: Request, { params }: { params: Promise<{ classId: string; assignmentId: string }> }) {
  const { user, response } = await requireApiUser(request, { role: "teacher" });
  if (!user) return response;
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return jsonError("Invalid class or assignment id.", 400);
  try {
    const { assignment, analysis } = await loadItemAnalysis(db(), user.id, parsed.data.classId, parsed.data.assignmentId);
    return csvResponse(itemAnalysisCsv(analysis), `${fileSlug(assignment.title)}-item-analysis.csv`);
  } catch (error) {
    if (error instanceof ResultsError) return jsonError(error.message, error.status);
    throw error;
  }
}
