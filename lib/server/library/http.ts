/** The library routes' error answers: a refused upload says why, with its status. */
import { NextResponse } from "next/server";
import { UploadError } from "../../library/upload";
import { errorResponse } from "../study/http";

export function libraryErrorResponse(error: unknown): NextResponse {
  if (error instanceof UploadError) return NextResponse.json({ error: error.message }, { status: error.status });
  return errorResponse(error);
}
