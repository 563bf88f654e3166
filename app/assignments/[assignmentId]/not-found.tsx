import { Notice } from "../../_components/notice";

export default function AssignmentNotFound() {
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Assignment</h1>
      <Notice tone="error" title="There is no such assignment" link={{ href: "/assignments", label: "See your assignments" }}>
        <p>This link does not lead to an assignment of one of your classes. Check that you are signed in with the account you joined the class with.</p>
      </Notice>
    </div>
  );
}
