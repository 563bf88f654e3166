import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/accounts/return-path";
import { currentUser } from "@/lib/server/auth/session";
import { StudentSignUpForm } from "../forms";

export const metadata: Metadata = { title: "Sign up" };

export default async function StudentSignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { next: rawNext } = await searchParams;
  const next = safeReturnPath(typeof rawNext === "string" ? rawNext : undefined);
  if (await currentUser()) redirect(next);
  const query = next === safeReturnPath(undefined) ? "" : `?next=${encodeURIComponent(next)}`;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Sign up</h1>
        <p className="text-muted">A student account keeps your flashcards, practice rounds and progress. Choose a username, give your email, or both.</p>
      </div>
      <StudentSignUpForm next={next} />
      <div className="space-y-1 border-t border-line-soft pt-4 text-sm">
        <p>
          Already have an account?{" "}
          <Link href={`/sign-in${query}`} className="font-medium text-accent underline underline-offset-4">
            Sign in
          </Link>
          .
        </p>
        <p>
          A teacher?{" "}
          <Link href={`/sign-up/teacher${query}`} className="font-medium text-accent underline underline-offset-4">
            Create a teacher account
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
