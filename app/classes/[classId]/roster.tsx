"use client";
/**
 * The roster with its two actions per student, each behind a confirmation:
 * remove from the class, and (students without an email) reset the password.
 * One answer region for the whole roster, so a removed student's row can go
 * while the message stays; a new password is shown once, with focus on it.
 */
import { useActionState, useEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { passwordLimits } from "@/lib/accounts/validation";
import { removeStudentAction, resetPasswordAction, type ClassFormState, type ResetState } from "../actions";
import { Status } from "../status";
import { dangerButton, input, primaryButton, quietButton } from "../styles";
import { CopyButton } from "./copy-button";

export interface RosterRow {
  userId: string;
  name: string;
  username: string | null;
  email: string | null;
  joined: string;
  canResetPassword: boolean;
}

function Submit({ label, pendingLabel, className }: { label: string; pendingLabel: string; className: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" aria-disabled={pending} className={className}>
      {pending ? pendingLabel : label}
    </button>
  );
}

type Open = { userId: string; kind: "remove" | "reset" } | null;

export function Roster({ classId, className, rows }: { classId: string; className: string; rows: RosterRow[] }) {
  const [open, setOpen] = useState<Open>(null);
  const [lastAnswer, setLastAnswer] = useState<"remove" | "reset" | null>(null);
  // Client wrappers around the server actions: they close the confirmation on success.
  const [removed, remove] = useActionState<ClassFormState, FormData>(async (previous, form) => {
    const answer = await removeStudentAction(previous, form);
    setLastAnswer("remove");
    if (answer.ok) setOpen(null);
    return answer;
  }, {});
  const [reset, resetPassword] = useActionState<ResetState, FormData>(async (previous, form) => {
    const answer = await resetPasswordAction(previous, form);
    setLastAnswer("reset");
    if (answer.ok) setOpen(null);
    return answer;
  }, {});
  const resultBox = useRef<HTMLDivElement>(null);
  const answerBox = useRef<HTMLDivElement>(null);
  const confirmFocus = useRef<HTMLElement | null>(null);
  const openers = useRef(new Map<string, HTMLButtonElement | null>());
  const [returnTo, setReturnTo] = useState<string | null>(null);

  useEffect(() => {
    if (open) confirmFocus.current?.focus();
  }, [open]);
  useEffect(() => {
    if (returnTo) openers.current.get(returnTo)?.focus();
  }, [returnTo]);
  useEffect(() => {
    // The removed student's row (and the button that had focus) is gone: focus goes to the answer.
    if (removed.ok) answerBox.current?.focus();
  }, [removed]);
  useEffect(() => {
    // A new password: focus goes to it, so it is read out and can be copied at once.
    if (reset.ok && reset.password) resultBox.current?.focus();
  }, [reset]);

  const cancel = (key: string) => {
    setOpen(null);
    setReturnTo(key);
  };
  const openPanel = (next: Open) => {
    setReturnTo(null);
    setOpen(next);
  };

  return (
    <div className="space-y-4">
      <div ref={answerBox} tabIndex={-1} data-testid="roster-answer">
        <Status state={lastAnswer === "remove" ? removed : lastAnswer === "reset" && !reset.ok ? reset : {}} />
      </div>
      <div ref={resultBox} tabIndex={-1} className={lastAnswer === "reset" && reset.ok ? "space-y-2 rounded-md border border-l-4 border-good bg-good-soft p-3" : "sr-only"} data-testid="reset-result">
        {lastAnswer === "reset" && reset.ok && reset.password && (
          <>
            <p className="font-medium">{reset.message}</p>
            <p className="flex flex-wrap items-center gap-3">
              <span>New password:</span>
              <code className="rounded bg-surface px-2 py-1 font-mono text-lg font-semibold" data-testid="new-password">
                {reset.password}
              </code>
              <CopyButton text={reset.password} label="Copy password" className={quietButton} />
            </p>
            <p className="text-sm">Shown this once: give it to {reset.studentName} now. Muster keeps only a hash of it.</p>
          </>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="text-muted">Nobody has joined yet. Give your students the join code or the link above.</p>
      ) : (
        <ul className="divide-y divide-line-soft rounded-lg border border-line-soft bg-surface" data-testid="roster">
          {rows.map((row) => {
            const removing = open?.userId === row.userId && open.kind === "remove";
            const resetting = open?.userId === row.userId && open.kind === "reset";
            return (
              <li key={row.userId} className="space-y-3 p-4" data-testid="roster-row" data-user-id={row.userId}>
                <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
                  <div className="min-w-0">
                    <p className="font-semibold">{row.name}</p>
                    <p className="text-sm break-words text-muted">
                      {[row.username && `Username: ${row.username}`, row.email && `Email: ${row.email}`].filter(Boolean).join(" · ")} · joined {row.joined}
                    </p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    {row.canResetPassword && (
                      <button
                        type="button"
                        ref={(element) => void openers.current.set(`reset:${row.userId}`, element)}
                        className={quietButton}
                        aria-expanded={resetting}
                        onClick={() => openPanel({ userId: row.userId, kind: "reset" })}
                      >
                        Reset password<span className="sr-only"> of {row.name}</span>
                      </button>
                    )}
                    <button
                      type="button"
                      ref={(element) => void openers.current.set(`remove:${row.userId}`, element)}
                      className={dangerButton}
                      aria-expanded={removing}
                      onClick={() => openPanel({ userId: row.userId, kind: "remove" })}
                    >
                      Remove<span className="sr-only"> {row.name}</span>
                    </button>
                  </div>
                </div>
                {removing && (
                  <form action={remove} className="flex flex-wrap items-center gap-3 rounded-md border border-bad bg-bad-soft p-3" aria-label={`Remove ${row.name}`}>
                    <input type="hidden" name="classId" value={classId} />
                    <input type="hidden" name="studentId" value={row.userId} />
                    <input type="hidden" name="studentName" value={row.name} />
                    <p
                      ref={(element) => {
                        confirmFocus.current = element;
                      }}
                      tabIndex={-1}
                      className="w-full font-medium"
                    >
                      Remove {row.name} from {className}? Their work is kept, and they can join again with the code.
                    </p>
                    <Submit label="Yes, remove" pendingLabel="Removing…" className={dangerButton} />
                    <button type="button" className={quietButton} onClick={() => cancel(`remove:${row.userId}`)}>
                      Cancel
                    </button>
                  </form>
                )}
                {resetting && (
                  <form action={resetPassword} noValidate className="space-y-3 rounded-md border border-line bg-paper p-3" aria-label={`Reset the password of ${row.name}`}>
                    <input type="hidden" name="classId" value={classId} />
                    <input type="hidden" name="studentId" value={row.userId} />
                    <p
                      ref={(element) => {
                        confirmFocus.current = element;
                      }}
                      tabIndex={-1}
                      className="font-medium"
                    >
                      Reset the password of {row.name}? Their old password stops working and they are signed out everywhere.
                    </p>
                    <div className="space-y-1">
                      <label htmlFor={`new-password-${row.userId}`} className="block font-medium">
                        New password (optional)
                      </label>
                      <p id={`new-password-hint-${row.userId}`} className="text-sm text-muted">
                        Leave it empty and Muster makes one up, or type one of at least {passwordLimits.min} characters.
                      </p>
                      <input
                        id={`new-password-${row.userId}`}
                        name="password"
                        type="text"
                        autoComplete="off"
                        spellCheck={false}
                        autoCapitalize="none"
                        minLength={passwordLimits.min}
                        maxLength={passwordLimits.max}
                        aria-describedby={`new-password-hint-${row.userId}`}
                        aria-invalid={lastAnswer === "reset" && reset.fieldError ? true : undefined}
                        className={`${input} max-w-sm border-line`}
                      />
                    </div>
                    <div className="flex flex-wrap gap-3">
                      <Submit label="Reset password" pendingLabel="Resetting…" className={primaryButton} />
                      <button type="button" className={quietButton} onClick={() => cancel(`reset:${row.userId}`)}>
                        Cancel
                      </button>
                    </div>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
