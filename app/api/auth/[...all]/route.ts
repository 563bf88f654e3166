/** better-auth's own routes (session, sign-out, sign-in…): rate limit and origin check apply here. */
import { auth } from "@/lib/server/auth/instance";

export function GET(request: Request): Promise<Response> {
  return auth().handler(request);
}

export function POST(request: Request): Promise<Response> {
  return auth().handler(request);
}
