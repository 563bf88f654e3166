import Link from "next/link";

const tones = {
  error: "border-bad bg-bad-soft",
  warning: "border-warn bg-warn-soft",
} as const;

/** A boxed message with a heading, what happened, and a way on (a link that looks like one). */
export function Notice({ tone, title, children, link }: { tone: keyof typeof tones; title: string; children: React.ReactNode; link?: { href: string; label: string } }) {
  return (
    <section role={tone === "error" ? "alert" : undefined} className={`space-y-2 rounded-lg border border-l-4 p-4 ${tones[tone]}`} data-testid="notice">
      <h2 className="text-lg font-semibold">{title}</h2>
      <div>{children}</div>
      {link && (
        <p>
          <Link href={link.href} className="font-medium text-accent underline underline-offset-4 hover:decoration-2">
            {link.label}
          </Link>
        </p>
      )}
    </section>
  );
}
