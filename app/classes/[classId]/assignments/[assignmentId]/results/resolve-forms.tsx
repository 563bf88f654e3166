"use client";
/** Accept/Reject and Withdraw/Dismiss; the outcome is announced in a live region that stays after the buttons go. */
import { useActionState, useEffect, useRef } from "react";
import { contestAction, reportAction, type ActionState } from "./actions";

const initial: ActionState = {};
const primary = "inline-flex min-h-11 items-center rounded-md bg-accent px-4 py-2 font-semibold text-on-accent hover:opacity-90 disabled:opacity-60";
const secondary = "inline-flex min-h-11 items-center rounded-md border border-accent px-4 py-2 font-medium text-accent hover:bg-accent-soft disabled:opacity-60";

/** Announces the outcome and takes the focus once it is known (the buttons that had it are gone when the item is resolved). */
function Outcome({ state, pending, testId }: { state: ActionState; pending: boolean; testId: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.message) ref.current?.focus();
  }, [state]);
  return (
    <p ref={ref} tabIndex={-1} role="status" aria-live="polite" className={`text-sm ${state.ok === false && !pending ? "font-medium text-bad" : ""}`} data-testid={testId}>
      {pending ? "Saving…" : (state.message ?? "")}
    </p>
  );
}

export function ContestActions({ classId, assignmentId, contestId, open, label }: { classId: string; assignmentId: string; contestId: string; open: boolean; label: string }) {
  const [state, action, pending] = useActionState(contestAction, initial);
  return (
    <div className="space-y-2">
      {open && (
        <form action={action} className="flex flex-wrap gap-2">
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <input type="hidden" name="contestId" value={contestId} />
          <button type="submit" name="intent" value="accept" className={primary} disabled={pending} aria-label={`Accept ${label}`}>
            Accept
          </button>
          <button type="submit" name="intent" value="reject" className={secondary} disabled={pending} aria-label={`Reject ${label}`}>
            Reject
          </button>
        </form>
      )}
      <Outcome state={state} pending={pending} testId="contest-outcome" />
    </div>
  );
}

export function ReportActions({ classId, assignmentId, reportId, open, label }: { classId: string; assignmentId: string; reportId: string; open: boolean; label: string }) {
  const [state, action, pending] = useActionState(reportAction, initial);
  return (
    <div className="space-y-2">
      {open && (
        <form action={action} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <input type="hidden" name="reportId" value={reportId} />
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">Note for the record (optional)</span>
            <input name="note" maxLength={500} className="min-h-11 rounded-md border border-line bg-surface px-3 py-2 text-base" />
          </label>
          <button type="submit" name="intent" value="withdraw" className={primary} disabled={pending} aria-label={`Withdraw ${label} for everyone`}>
            Withdraw question
          </button>
          <button type="submit" name="intent" value="dismiss" className={secondary} disabled={pending} aria-label={`Dismiss the report on ${label}`}>
            Dismiss
          </button>
        </form>
      )}
      <Outcome state={state} pending={pending} testId="report-outcome" />
    </div>
  );
}
