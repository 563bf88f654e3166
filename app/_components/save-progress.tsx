"use client";
/** On the practice pages, an anonymous visitor learns that an account keeps their progress. */
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { signInPath } from "@/lib/accounts/return-path";

export function SaveProgressBanner() {
  const pathname = usePathname();
  const search = useSearchParams();
  if (pathname !== "/practice" && !pathname.startsWith("/practice/")) return null;
  const query = search.toString();
  return (
    <p className="mx-auto -mb-5 max-w-5xl px-4 pt-3 text-sm" data-testid="save-progress">
      <Link href={signInPath(query ? `${pathname}?${query}` : pathname)} className="font-medium text-accent underline underline-offset-4 hover:decoration-2">
        Sign in to save your progress
      </Link>
      <span className="hidden text-muted sm:inline"> — practice stays open without an account.</span>
    </p>
  );
}
