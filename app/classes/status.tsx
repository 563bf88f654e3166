/** A form's answer: always rendered, so screen readers announce it when it changes. */
export function Status({ state, id }: { state: { ok?: boolean; message?: string; at?: number }; id?: string }) {
  const tone = state.ok === false ? "border-bad bg-bad-soft" : "border-good bg-good-soft";
  return (
    <div id={id} role={state.ok === false ? "alert" : "status"} aria-live="polite" className={state.message ? `rounded-md border border-l-4 p-3 font-medium ${tone}` : ""}>
      {state.message}
    </div>
  );
}
