"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { classNameLimits } from "@/lib/classes/validation";
import { renameClassAction, setArchivedAction, type ClassFormState } from "../actions";
import { Status } from "../status";
import { dangerButton, input, quietButton, secondaryButton } from "../styles";

function Submit({ label, pendingLabel, className, autoFocus }: { label: string; pendingLabel: string; className: string; autoFocus?: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" aria-disabled={pending} className={className} autoFocus={autoFocus}>
      {pending ? pendingLabel : label}
    </button>
  );
}

/** Rename the class, archive it (after a confirmation) or bring it back. */
export function ClassSettings({ classId, name, archived }: { classId: string; name: string; archived: boolean }) {
  const [renamed, rename] = useActionState<ClassFormState, FormData>(renameClassAction, {});
  const [archiveState, archive] = useActionState<ClassFormState, FormData>(setArchivedAction, {});
  const [confirming, setConfirming] = useState(false);
  const archiveButton = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  useEffect(() => {
    // Cancel puts focus back on the button that opened the confirmation.
    if (!confirming && cancelled.current) archiveButton.current?.focus();
    cancelled.current = false;
  }, [confirming]);
  return (
    <div className="space-y-6">
      <form action={rename} noValidate className="space-y-2" data-testid="rename-form">
        <input type="hidden" name="classId" value={classId} />
        <label htmlFor="rename-class" className="block font-medium">
          Class name
        </label>
        <div className="flex flex-wrap gap-3">
          <input
            id="rename-class"
            name="name"
            required
            maxLength={classNameLimits.max}
            defaultValue={renamed.value ?? name}
            aria-invalid={renamed.fieldError ? true : undefined}
            aria-describedby={renamed.fieldError ? "rename-class-error" : undefined}
            className={`${input} max-w-md flex-1 ${renamed.fieldError ? "border-bad" : "border-line"}`}
          />
          <Submit label="Rename" pendingLabel="Renaming…" className={secondaryButton} />
        </div>
        {renamed.fieldError && (
          <p id="rename-class-error" className="text-sm font-medium text-bad">
            {renamed.fieldError}
          </p>
        )}
        <Status state={renamed.fieldError ? {} : renamed} />
      </form>

      <form action={archive} className="space-y-2" data-testid="archive-form">
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="archived" value={archived ? "false" : "true"} />
        <h3 className="font-medium">{archived ? "This class is archived" : "Archive"}</h3>
        <p className="text-sm text-muted">
          {archived
            ? "Its work is kept and its join code takes no new students. Bring it back to let students join again."
            : "For a class that has finished: its work is kept, it moves to “Archived classes”, and its join code takes no new students. You can bring it back."}
        </p>
        {archived ? (
          <Submit label="Bring the class back" pendingLabel="Bringing it back…" className={secondaryButton} />
        ) : confirming ? (
          <div className="flex flex-wrap items-center gap-3" role="group" aria-label="Confirm archiving">
            <span className="font-medium">Archive “{name}”?</span>
            <Submit label="Yes, archive" pendingLabel="Archiving…" className={dangerButton} autoFocus />
            <button
              type="button"
              className={quietButton}
              onClick={() => {
                cancelled.current = true;
                setConfirming(false);
              }}
            >
              Cancel
            </button>
          </div>
        ) : (
          <button type="button" ref={archiveButton} className={dangerButton} onClick={() => setConfirming(true)}>
            Archive class…
          </button>
        )}
        <Status state={archiveState} />
      </form>
    </div>
  );
}
