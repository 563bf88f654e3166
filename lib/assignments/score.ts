/**
 * An attempt's mark: one point per correct answer among the questions it was given that the
 * teacher has not withdrawn. An unanswered question scores nothing; a withdrawn one counts for
 * no one (it leaves the maximum too), so withdrawing a broken question never lowers a mark.
 */
export interface ScoredAnswer {
  assignmentQuestionId: string;
  correct: boolean;
}

export interface AttemptScore {
  score: number;
  maxScore: number;
}

export function scoreAttempt(questionOrder: readonly string[], answers: readonly ScoredAnswer[], withdrawn: ReadonlySet<string>): AttemptScore {
  const live = questionOrder.filter((id) => !withdrawn.has(id));
  const correct = new Set(answers.filter((answer) => answer.correct).map((answer) => answer.assignmentQuestionId));
  return { score: live.filter((id) => correct.has(id)).length, maxScore: live.length };
}

/** A mark as a share of the maximum (0..1), or null when nothing counts. */
export function scoreShare({ score, maxScore }: AttemptScore): number | null {
  return maxScore === 0 ? null : score / maxScore;
}
