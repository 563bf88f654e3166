import { Notice } from "./_components/notice";

export default function Forbidden() {
  return (
    <Notice tone="warning" title="Not for your account" link={{ href: "/account", label: "Go to your account" }}>
      This page belongs to another kind of account (for example, teachers only).
    </Notice>
  );
}
