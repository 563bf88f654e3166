/**
 * Item analysis of an assignment, as in Moodle's quiz statistics report, from stored answers.
 *
 * - Which attempts: each student's FIRST submitted attempt (Moodle's default): later attempts
 *   are practice with the same questions and would make every item look easier. `basis` can
 *   ask for the best or the last submitted attempt instead.
 * - Facility: the share of the attempts given the question that answered it correctly (an
 *   unanswered question counts as wrong, as in Moodle, where it scores 0).
 * - Discrimination index: Moodle's — the Pearson correlation between the item's mark (0/1) and
 *   the mark on the REST of the attempt (the other live questions, as a share of their number,
 *   so drawn attempts of different lengths compare). Range −1..1; null when either side has no
 *   spread (everyone right, or everyone's rest mark the same). Moodle prints it ×100.
 * - Choices: for choice and true/false questions, how many picked each option (the wrong ones
 *   are the distractors); for typed, ordering and matching questions, the most common wrong
 *   answers (typed ones grouped by the checker's normalisation).
 * - Flags: with at least MIN_RESPONSES attempts, facility above 0.9 ("too easy"), below 0.3
 *   ("too hard") or discrimination below 0.1 ("does not separate strong from weak students")
 *   mark a question that may be broken; with fewer, "too few answers" and nothing else.
 * One pass over the answers to total each attempt, one more to sum per question: O(answers).
 */
import type { Question, UserAnswer } from "../questions";
import { normalise } from "../questions/text/normalise";

export const MIN_RESPONSES = 5;
export const EASY_ABOVE = 0.9;
export const HARD_BELOW = 0.3;
export const DISCRIMINATION_BELOW = 0.1;
/** Typed/ordering/matching: how many of the most common wrong answers to list. */
export const TOP_WRONG = 5;

export type AttemptBasis = "first" | "best" | "last";

export interface AnalysedQuestion {
  /** AssignmentQuestion id (what attempts' questionOrder and answers refer to). */
  id: string;
  position: number;
  question: Question;
  withdrawn: boolean;
}

export interface AnalysedAnswer {
  assignmentQuestionId: string;
  answer: UserAnswer;
  correct: boolean;
}

export interface AnalysedAttempt {
  id: string;
  userId: string;
  number: number;
  submittedAt: Date | null;
  questionOrder: readonly string[];
  answers: readonly AnalysedAnswer[];
}

export interface ChoiceCount {
  /** What the student chose, in words. */
  label: string;
  /** This is the key (for choice and true/false questions). */
  key: boolean;
  count: number;
  /** count / responses. */
  share: number;
}

export type FlagKind = "few" | "easy" | "hard" | "weak";

export interface Flag {
  kind: FlagKind;
  reason: string;
}

export interface ItemStats {
  assignmentQuestionId: string;
  position: number;
  questionId: string;
  prompt: string;
  format: Question["format"];
  factIds: string[];
  withdrawn: boolean;
  /** Attempts (of the basis) that were given this question. */
  responses: number;
  answered: number;
  correct: number;
  facility: number | null;
  discrimination: number | null;
  /** Choice/true-false: every option with its count; others: the most common wrong answers. */
  choices: ChoiceCount[];
  /** "options" when `choices` lists every option, "wrong" when it lists the most common wrong answers. */
  choiceKind: "options" | "wrong";
  unanswered: number;
  flags: Flag[];
  /** A flag other than "few": the question looks broken. */
  suspect: boolean;
}

export interface ItemAnalysis {
  basis: AttemptBasis;
  /** Submitted attempts analysed (one per student). */
  attempts: number;
  items: ItemStats[];
  /** Each analysed attempt's mark as a share of its live questions (for the score distribution). */
  shares: number[];
}

const shareOf = (correct: number, total: number) => (total === 0 ? 0 : correct / total);

/** One submitted attempt per student: the first, the best (highest share, earliest on ties) or the last. */
export function pickAttempts<A extends { userId: string; number: number; submittedAt: Date | null }>(attempts: readonly A[], basis: AttemptBasis, shareOfAttempt: (attempt: A) => number): A[] {
  const chosen = new Map<string, A>();
  for (const attempt of attempts) {
    if (!attempt.submittedAt) continue;
    const current = chosen.get(attempt.userId);
    if (!current) {
      chosen.set(attempt.userId, attempt);
      continue;
    }
    const better =
      basis === "first" ? attempt.number < current.number : basis === "last" ? attempt.number > current.number : shareOfAttempt(attempt) > shareOfAttempt(current) || (shareOfAttempt(attempt) === shareOfAttempt(current) && attempt.number < current.number);
    if (better) chosen.set(attempt.userId, attempt);
  }
  return [...chosen.values()];
}

/** The answer in words, for listing wrong answers (typed answers as typed, trimmed). */
export function answerLabel(question: Question, answer: UserAnswer): string {
  const text = (options: { id: string; text: string }[] | undefined, id: string) => options?.find((option) => option.id === id)?.text ?? id;
  if (typeof answer === "boolean") return answer ? "True" : "False";
  if (typeof answer === "string") {
    if (question.format === "choice") return text(question.options, answer);
    if (question.format === "trueFalse") return answer === "true" ? "True" : answer === "false" ? "False" : answer;
    return answer.trim();
  }
  if (Array.isArray(answer)) return answer.map((id) => text(question.options, id)).join(" → ");
  if (answer && typeof answer === "object") return (question.matching?.left ?? []).map((item) => `${item.text}: ${answer[item.id] ? text(question.matching?.right, answer[item.id]!) : "?"}`).join("; ");
  return String(answer);
}

/** The key of a wrong answer for grouping: typed answers by the checker's normalisation. */
function groupKey(question: Question, answer: UserAnswer): string {
  if (typeof answer === "string" && (question.format === "shortAnswer" || question.format === "number" || question.format === "date")) return normalise(answer);
  return JSON.stringify(answer);
}

/** Choice answers are option ids; true/false ones true/false or the options' ids "true"/"false". */
const optionIdOf = (answer: UserAnswer): string => String(answer);

function keyOptionId(question: Question): string | null {
  if (question.answer.kind === "choice") return question.answer.optionId;
  if (question.answer.kind === "boolean") return String(question.answer.value);
  return null;
}

interface Sums {
  n: number;
  /** Attempts in the correlation: those with at least one other live question. */
  m: number;
  answered: number;
  correct: number;
  sx: number;
  sy: number;
  sxx: number;
  syy: number;
  sxy: number;
  /** option id or wrong-answer group → count and label. */
  chosen: Map<string, { label: string; count: number }>;
}

/** Pearson correlation from running sums; null when either variable has no spread. */
export function correlation(n: number, sx: number, sy: number, sxx: number, syy: number, sxy: number): number | null {
  if (n < 2) return null;
  const vx = n * sxx - sx * sx;
  const vy = n * syy - sy * sy;
  // Sums of 0/1 and shares: anything this small is rounding, not spread.
  if (vx <= 1e-9 || vy <= 1e-9) return null;
  return (n * sxy - sx * sy) / Math.sqrt(vx * vy);
}

export function flagsFor(responses: number, facility: number | null, discrimination: number | null): Flag[] {
  if (responses < MIN_RESPONSES) return [{ kind: "few", reason: `Too few answers to judge (${responses} of the ${MIN_RESPONSES} needed).` }];
  const flags: Flag[] = [];
  if (facility !== null && facility > EASY_ABOVE) flags.push({ kind: "easy", reason: `Facility ${Math.round(facility * 100)}% is above ${EASY_ABOVE * 100}%: almost everyone got it, it may give the answer away.` });
  if (facility !== null && facility < HARD_BELOW) flags.push({ kind: "hard", reason: `Facility ${Math.round(facility * 100)}% is below ${HARD_BELOW * 100}%: the key or the wording may be wrong.` });
  if (discrimination !== null && discrimination < DISCRIMINATION_BELOW)
    flags.push({ kind: "weak", reason: `Discrimination ${discrimination.toFixed(2)} is below ${DISCRIMINATION_BELOW}: strong students do no better on it than weak ones.` });
  return flags;
}

export function analyseItems(questions: readonly AnalysedQuestion[], attempts: readonly AnalysedAttempt[], basis: AttemptBasis = "first"): ItemAnalysis {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const withdrawn = new Set(questions.filter((q) => q.withdrawn).map((q) => q.id));

  // Pass 1: each attempt's correct answers among its live questions.
  const totals = new Map<AnalysedAttempt, { correct: number; live: number; answers: Map<string, AnalysedAnswer> }>();
  for (const attempt of attempts) {
    if (!attempt.submittedAt) continue;
    const answers = new Map<string, AnalysedAnswer>();
    for (const answer of attempt.answers) answers.set(answer.assignmentQuestionId, answer);
    let correct = 0;
    let live = 0;
    for (const id of attempt.questionOrder) {
      if (withdrawn.has(id) || !byId.has(id)) continue;
      live++;
      if (answers.get(id)?.correct) correct++;
    }
    totals.set(attempt, { correct, live, answers });
  }
  const picked = pickAttempts(attempts, basis, (attempt) => {
    const total = totals.get(attempt)!;
    return shareOf(total.correct, total.live);
  });

  // Pass 2: per question, the sums for facility and the item–rest correlation, and the choices.
  const sums = new Map<string, Sums>(questions.map((q) => [q.id, { n: 0, m: 0, answered: 0, correct: 0, sx: 0, sy: 0, sxx: 0, syy: 0, sxy: 0, chosen: new Map() }]));
  const shares: number[] = [];
  for (const attempt of picked) {
    const total = totals.get(attempt)!;
    shares.push(shareOf(total.correct, total.live));
    for (const id of attempt.questionOrder) {
      const q = byId.get(id);
      const s = sums.get(id);
      if (!q || !s) continue;
      const answer = total.answers.get(id);
      const x = answer?.correct ? 1 : 0;
      // The rest of the attempt: its other live questions (a withdrawn item was never in the total).
      const own = withdrawn.has(id) ? 0 : 1;
      const restCount = total.live - own;
      s.n++;
      s.correct += x;
      if (answer) {
        s.answered++;
        const choice = q.question.format === "choice" || q.question.format === "trueFalse";
        if (choice || !answer.correct) {
          const key = choice ? optionIdOf(answer.answer) : groupKey(q.question, answer.answer);
          const entry = s.chosen.get(key);
          if (entry) entry.count++;
          else s.chosen.set(key, { label: answerLabel(q.question, answer.answer), count: 1 });
        }
      }
      if (restCount > 0) {
        const y = (total.correct - x * own) / restCount;
        s.m++;
        s.sx += x;
        s.sy += y;
        s.sxx += x * x;
        s.syy += y * y;
        s.sxy += x * y;
      }
    }
  }

  const items = [...questions]
    .sort((a, b) => a.position - b.position)
    .map((q): ItemStats => {
      const s = sums.get(q.id)!;
      const facility = s.n ? s.correct / s.n : null;
      const discrimination = correlation(s.m, s.sx, s.sy, s.sxx, s.syy, s.sxy);
      const isChoice = q.question.format === "choice" || q.question.format === "trueFalse";
      let choices: ChoiceCount[];
      if (isChoice) {
        const key = keyOptionId(q.question);
        const options = q.question.format === "trueFalse" && !q.question.options?.length ? [{ id: "true", text: "True" }, { id: "false", text: "False" }] : (q.question.options ?? []);
        choices = options.map((option) => {
          const count = s.chosen.get(option.id)?.count ?? 0;
          return { label: option.text, key: option.id === key, count, share: s.n ? count / s.n : 0 };
        });
      } else {
        choices = [...s.chosen.values()]
          .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
          .slice(0, TOP_WRONG)
          .map((entry) => ({ label: entry.label, key: false, count: entry.count, share: s.n ? entry.count / s.n : 0 }));
      }
      const flags = flagsFor(s.n, facility, discrimination);
      return {
        assignmentQuestionId: q.id,
        position: q.position,
        questionId: q.question.id,
        prompt: q.question.prompt,
        format: q.question.format,
        factIds: q.question.factIds,
        withdrawn: q.withdrawn,
        responses: s.n,
        answered: s.answered,
        correct: s.correct,
        facility,
        discrimination,
        choices,
        choiceKind: isChoice ? "options" : "wrong",
        unanswered: s.n - s.answered,
        flags,
        suspect: !q.withdrawn && flags.some((flag) => flag.kind !== "few"),
      };
    });
  return { basis, attempts: picked.length, items, shares };
}

export interface DistributionBin {
  /** "0–9%", …, "90–100%". */
  label: string;
  from: number;
  to: number;
  count: number;
}

/** Marks (shares 0..1) in ten bins of ten percentage points; 100% falls in the last. */
export function scoreDistribution(shares: readonly number[]): DistributionBin[] {
  const bins: DistributionBin[] = Array.from({ length: 10 }, (_, i) => ({ label: i === 9 ? "90–100%" : `${i * 10}–${i * 10 + 9}%`, from: i / 10, to: (i + 1) / 10, count: 0 }));
  for (const share of shares) bins[Math.min(9, Math.max(0, Math.floor(share * 10 + 1e-9)))]!.count++;
  return bins;
}

export interface FactResult {
  factId: string;
  /** Answers (of the analysed attempts) to live questions asking this fact. */
  answers: number;
  correct: number;
  /** Students with at least one such answer, and those who got all of theirs right. */
  students: number;
  studentsAllCorrect: number;
  /** correct / answers, or null without answers. */
  share: number | null;
}

/**
 * Per fact, how the class did on the questions that ask it (the analysed attempts, withdrawn
 * questions left out): the share of those answers that were right, and how many students got
 * every one of theirs right. A fact's mastery in the class, as shown by this assignment.
 */
export function factResults(questions: readonly AnalysedQuestion[], attempts: readonly AnalysedAttempt[], basis: AttemptBasis = "first"): FactResult[] {
  const byId = new Map(questions.filter((q) => !q.withdrawn).map((q) => [q.id, q]));
  const picked = pickAttempts(attempts, basis, (attempt) => {
    const live = attempt.questionOrder.filter((id) => byId.has(id));
    const right = new Set(attempt.answers.filter((a) => a.correct).map((a) => a.assignmentQuestionId));
    return shareOf(live.filter((id) => right.has(id)).length, live.length);
  });
  const facts = new Map<string, { answers: number; correct: number; students: Map<string, boolean> }>();
  for (const attempt of picked) {
    const answers = new Map(attempt.answers.map((a) => [a.assignmentQuestionId, a]));
    for (const id of attempt.questionOrder) {
      const q = byId.get(id);
      if (!q) continue;
      const right = answers.get(id)?.correct === true;
      for (const factId of new Set(q.question.factIds)) {
        let f = facts.get(factId);
        if (!f) facts.set(factId, (f = { answers: 0, correct: 0, students: new Map() }));
        f.answers++;
        if (right) f.correct++;
        f.students.set(attempt.userId, (f.students.get(attempt.userId) ?? true) && right);
      }
    }
  }
  return [...facts]
    .map(([factId, f]) => ({
      factId,
      answers: f.answers,
      correct: f.correct,
      students: f.students.size,
      studentsAllCorrect: [...f.students.values()].filter(Boolean).length,
      share: f.answers ? f.correct / f.answers : null,
    }))
    .sort((a, b) => (a.share ?? 2) - (b.share ?? 2) || a.factId.localeCompare(b.factId));
}
