"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Withdraws the teacher's article after a confirmation; its facts retire, students' history stays. */
export function WithdrawButton({ articleId, title }: { articleId: string; title: string }) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "confirm" | "busy">("idle");
  const [error, setError] = useState<string | null>(null);

  async function withdraw() {
    setState("busy");
    setError(null);
    const response = await fetch(`/api/library/articles/${encodeURIComponent(articleId)}/withdraw`, { method: "POST" }).catch(() => null);
    if (!response?.ok) {
      const body = (await response?.json().catch(() => null)) as { error?: string } | null;
      setError(body?.error ?? "The article could not be withdrawn; check your connection and try again.");
      setState("confirm");
      return;
    }
    router.refresh();
  }

  if (state === "idle")
    return (
      <button type="button" onClick={() => setState("confirm")} className="min-h-11 rounded-md border border-line px-4 font-medium hover:bg-accent-soft">
        Withdraw
      </button>
    );
  return (
    <div className="space-y-2" role="group" aria-label={`Withdraw ${title}`}>
      <p className="text-sm">Its questions leave practice and new assignments; students keep their history.</p>
      <div className="flex gap-2">
        <button type="button" onClick={withdraw} disabled={state === "busy"} className="min-h-11 rounded-md border border-bad bg-bad-soft px-4 font-medium text-bad disabled:opacity-60">
          {state === "busy" ? "Withdrawing…" : "Withdraw it"}
        </button>
        <button type="button" onClick={() => setState("idle")} className="min-h-11 rounded-md border border-line px-4 font-medium">
          Keep it
        </button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-bad">
          {error}
        </p>
      )}
    </div>
  );
}
