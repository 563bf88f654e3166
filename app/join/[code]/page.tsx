import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { signInPath } from "@/lib/accounts/return-path";
import { formatJoinCode, normaliseJoinCode } from "@/lib/classes/join-code";
import { currentUser } from "@/lib/server/auth/session";
import { classMessages, findClassByCode, isMemberOfClass } from "@/lib/server/classes";
import { db } from "@/lib/server/db/client";
import { Notice } from "../../_components/notice";
import { CodeForm } from "../code-form";
import { JoinConfirmForm, SignUpAndJoinForm } from "../forms";

export const metadata: Metadata = { title: "Join a class" };

type Props = { params: Promise<{ code: string }> };

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const link = "font-medium text-accent underline underline-offset-4 hover:decoration-2";

function Panel({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto max-w-md space-y-6 rounded-lg border border-line-soft bg-surface p-5 shadow-sm sm:p-8">{children}</div>;
}

/**
 * The join link. A signed-in student confirms; a visitor creates a username
 * account here (or signs in and comes back); a teacher is told this is for
 * students. A code that is no class, or an archived one, says so.
 */
export default async function JoinCodePage({ params }: Props) {
  const { code: raw } = await params;
  const typed = safeDecode(raw).slice(0, 100);
  const normalised = normaliseJoinCode(typed);
  if (normalised.ok && normalised.code !== raw) redirect(`/join/${normalised.code}`);
  const classroom = normalised.ok ? await findClassByCode(db(), normalised.code) : null;
  if (!normalised.ok || !classroom) {
    return (
      <Panel>
        <h1 className="font-serif text-3xl font-bold">Join a class</h1>
        <CodeForm value={typed} error={normalised.ok ? classMessages.codeNotFound : normalised.message} />
      </Panel>
    );
  }
  const code = classroom.joinCode;
  const title = `${classroom.name} (${classroom.teacherName})`;
  const user = await currentUser();

  if (user?.role === "teacher") {
    return (
      <Panel>
        <h1 className="font-serif text-3xl font-bold">Join {title}</h1>
        <Notice tone="warning" title="This link is for students" link={{ href: "/classes", label: "Go to your classes" }}>
          You are signed in with a teacher account, and teachers do not join classes. To see this class as a student would, sign out and open the link again.
        </Notice>
      </Panel>
    );
  }

  if (classroom.archived && !(user && (await isMemberOfClass(db(), user.id, classroom.id)))) {
    return (
      <Panel>
        <h1 className="font-serif text-3xl font-bold">Join {title}</h1>
        <Notice tone="warning" title="This class takes no new students">
          {classMessages.archived(classroom.name)}
        </Notice>
      </Panel>
    );
  }

  if (user) {
    const member = await isMemberOfClass(db(), user.id, classroom.id);
    return (
      <Panel>
        <div className="space-y-2">
          <h1 className="font-serif text-3xl font-bold break-words">{member ? classroom.name : `Join ${title}`}</h1>
          <p className="text-muted">
            Teacher: {classroom.teacherName} · code <span className="font-mono">{formatJoinCode(code)}</span>
          </p>
        </div>
        {member ? (
          <p role="status" className="rounded-md border border-l-4 border-good bg-good-soft p-3 font-medium">
            You are already in this class.{" "}
            <Link href={`/classes/${classroom.id}`} className={link}>
              Open it
            </Link>
          </p>
        ) : (
          <>
            <p>
              You are signed in as <span className="font-semibold">{user.name}</span>. Your teacher will see your name and your work for this class.
            </p>
            <JoinConfirmForm code={code} label={`Join ${classroom.name}`} />
          </>
        )}
      </Panel>
    );
  }

  return (
    <Panel>
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-bold break-words">Join {title}</h1>
        <p className="text-muted">Create a student account with a username, and you are in the class. No email needed.</p>
      </div>
      <SignUpAndJoinForm code={code} className={classroom.name} />
      <div className="space-y-1 border-t border-line-soft pt-4 text-sm">
        <p>
          Already have an account?{" "}
          <Link href={signInPath(`/join/${code}`)} className={link}>
            Sign in
          </Link>{" "}
          and you come back here to join.
        </p>
      </div>
    </Panel>
  );
}
