"use client";
import { useState } from "react";

/** Copies `text`; says so in a live region (and what to do when the browser refuses). */
export function CopyButton({ text, label, className }: { text: string; label: string; className: string }) {
  const [said, setSaid] = useState("");
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={className}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setSaid("Copied.");
          } catch {
            setSaid("Copying is blocked here: select the text and copy it.");
          }
        }}
      >
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-muted">
        {said}
      </span>
    </span>
  );
}
