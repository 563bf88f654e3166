"use client";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { classNameLimits } from "@/lib/classes/validation";
import { createClassAction, type ClassFormState } from "./actions";
import { Status } from "./status";
import { input, primaryButton } from "./styles";

function Submit() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" aria-disabled={pending} className={primaryButton}>
      {pending ? "Creating…" : "Create class"}
    </button>
  );
}

/** Posts to a server action, so it works before (and without) JavaScript. */
export function CreateClassForm() {
  const [state, action] = useActionState<ClassFormState, FormData>(createClassAction, {});
  return (
    <form action={action} noValidate className="space-y-3" data-testid="create-class-form">
      <Status state={state.ok === false ? state : {}} />
      <div className="space-y-1">
        <label htmlFor="class-name" className="block font-medium">
          Class name
        </label>
        <p id="class-name-hint" className="text-sm text-muted">
          What you and your students call it, for example “Year 9 History, set 2”.
        </p>
        <div className="flex flex-wrap gap-3">
          <input
            id="class-name"
            name="name"
            required
            maxLength={classNameLimits.max}
            defaultValue={state.value}
            aria-invalid={state.fieldError ? true : undefined}
            aria-describedby={["class-name-hint", state.fieldError ? "class-name-error" : null].filter(Boolean).join(" ")}
            className={`${input} max-w-md flex-1 ${state.fieldError ? "border-bad" : "border-line"}`}
          />
          <Submit />
        </div>
        {state.fieldError && (
          <p id="class-name-error" className="text-sm font-medium text-bad">
            {state.fieldError}
          </p>
        )}
      </div>
    </form>
  );
}
