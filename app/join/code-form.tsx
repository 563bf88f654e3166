import { joinCodeLength } from "@/lib/classes/join-code";

/** Type a code: a plain GET form, so it works without JavaScript; /join reads it and goes to /join/<code>. */
export function CodeForm({ value, error }: { value?: string; error?: string }) {
  return (
    <form action="/join" method="get" noValidate className="space-y-3" data-testid="code-form">
      <div role="alert" className={error ? "rounded-md border border-l-4 border-bad bg-bad-soft p-3 font-medium" : ""}>
        {error}
      </div>
      <div className="space-y-1">
        <label htmlFor="join-code" className="block font-medium">
          Join code
        </label>
        <p id="join-code-hint" className="text-sm text-muted">
          {joinCodeLength} letters and digits, from your teacher. Capitals, spaces and the dash do not matter.
        </p>
        <div className="flex flex-wrap gap-3">
          <input
            id="join-code"
            name="code"
            required
            defaultValue={value}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
            aria-invalid={error ? true : undefined}
            aria-describedby="join-code-hint"
            className={`block w-full max-w-xs rounded-md border bg-surface px-3 py-2 font-mono text-xl tracking-wider text-ink uppercase ${error ? "border-bad" : "border-line"}`}
          />
          <button type="submit" className="inline-flex min-h-11 items-center justify-center rounded-md bg-accent px-4 py-2.5 font-semibold text-on-accent hover:opacity-90">
            Find the class
          </button>
        </div>
      </div>
    </form>
  );
}
