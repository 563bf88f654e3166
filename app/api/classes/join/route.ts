import { NextResponse } from "next/server";
import { joinClassSchema } from "@/lib/classes/validation";
import { requireApiUser } from "@/lib/server/auth/session";
import { joinClass } from "@/lib/server/classes";
import { classErrorResponse, parseBody } from "@/lib/server/classes/http";
import { db } from "@/lib/server/db/client";

/** A student joins with a typed code `{ code }` (normalised): 201 joined, 200 already in it or back in; 404 no such code; 409 archived; 403 not a student. */
export async function POST(request: Request) {
  try {
    const { user, response } = await requireApiUser(request, { role: "student" });
    if (!user) return response;
    const body = await parseBody(request, joinClassSchema);
    if (!body.ok) return body.response;
    const joined = await joinClass(db(), user.id, body.data.code, new Date());
    return NextResponse.json(joined, { status: joined.outcome === "joined" ? 201 : 200 });
  } catch (error) {
    return classErrorResponse(error);
  }
}
