import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { normaliseJoinCode } from "@/lib/classes/join-code";
import { CodeForm } from "./code-form";

export const metadata: Metadata = { title: "Join a class" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Anyone may type a code; /join/<code> decides what they see (sign up on the spot, confirm, or why not). */
export default async function JoinPage({ searchParams }: Props) {
  const { code: raw } = await searchParams;
  const typed = typeof raw === "string" ? raw.slice(0, 100) : undefined;
  const normalised = typed === undefined ? null : normaliseJoinCode(typed);
  if (normalised?.ok) redirect(`/join/${normalised.code}`);
  return (
    <div className="mx-auto max-w-md space-y-6 rounded-lg border border-line-soft bg-surface p-5 shadow-sm sm:p-8">
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Join a class</h1>
        <p className="text-muted">Type the code your teacher gave you. You can create an account on the next page if you have none.</p>
      </div>
      <CodeForm value={typed} error={normalised && !normalised.ok ? normalised.message : undefined} />
    </div>
  );
}
