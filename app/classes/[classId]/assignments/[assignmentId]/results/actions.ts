"use server";
/**
 * The results page's forms: accept or reject a contested answer, withdraw a reported question or
 * dismiss the report. Each parses its form with zod, checks the teacher on the server, calls one
 * data function (lib/server/assignments/contests.ts) and says what happened.
 */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { acceptContest, dismissReport, rejectContest, reportQuestionId, withdrawQuestion } from "@/lib/server/assignments/contests";
import { ResultsError } from "@/lib/server/assignments/results";
import { requireUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";

export interface ActionState {
  ok?: boolean;
  message?: string;
}

const id = z.string().min(1).max(100);
const contestForm = z.object({ classId: id, assignmentId: id, contestId: id, intent: z.enum(["accept", "reject"]) });
const reportForm = z.object({ classId: id, assignmentId: id, reportId: id, intent: z.enum(["withdraw", "dismiss"]), note: z.string().max(500).default("") });

const fields = (form: FormData) => Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string"));
const resultsPath = (data: { classId: string; assignmentId: string }) => `/classes/${data.classId}/assignments/${data.assignmentId}/results`;

async function run<T extends { classId: string; assignmentId: string }>(schema: z.ZodType<T>, form: FormData, work: (teacherId: string, data: T) => Promise<string>): Promise<ActionState> {
  const parsed = schema.safeParse(fields(form));
  if (!parsed.success) return { ok: false, message: "This form was incomplete; reload the page and try again." };
  const user = await requireUser({ role: "teacher", returnTo: resultsPath(parsed.data) });
  try {
    const message = await work(user.id, parsed.data);
    revalidatePath(resultsPath(parsed.data));
    revalidatePath(`/classes/${parsed.data.classId}/gradebook`);
    return { ok: true, message };
  } catch (error) {
    if (error instanceof ResultsError) {
      revalidatePath(resultsPath(parsed.data));
      return { ok: false, message: error.message };
    }
    throw error;
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Accept (intent=accept) or reject (intent=reject) a contested answer. */
export async function contestAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return run(contestForm, form, async (teacherId, data) => {
    if (data.intent === "reject") {
      await rejectContest(db(), teacherId, data.contestId, new Date());
      return "Rejected: the mark stays as it was.";
    }
    const outcome = await acceptContest(db(), teacherId, data.contestId, new Date());
    const others = outcome.remark.answersChanged;
    return [
      "Accepted: the answer now counts.",
      outcome.spelling ? `“${outcome.spelling}” is accepted for this fact from now on, in assignments and practice.` : "",
      others ? `${plural(others, "other answer", "other answers")} with the same spelling re-marked.` : "",
    ]
      .filter(Boolean)
      .join(" ");
  });
}

/** Withdraw the reported question for everyone (intent=withdraw) or dismiss the report (intent=dismiss). */
export async function reportAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return run(reportForm, form, async (teacherId, data) => {
    if (data.intent === "dismiss") {
      await dismissReport(db(), teacherId, data.reportId, new Date());
      return "Dismissed: the question stays in the assignment.";
    }
    const questionId = await reportQuestionId(db(), teacherId, data.reportId);
    const outcome = await withdrawQuestion(db(), teacherId, questionId, data.note, new Date());
    return `Withdrawn: the question counts for no one; ${plural(outcome.remark.scoresChanged, "attempt", "attempts")} re-marked.`;
  });
}
