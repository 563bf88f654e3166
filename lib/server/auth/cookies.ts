/** Hands better-auth's Set-Cookie lines to Next.js, from a server action. */
import { cookies } from "next/headers";

type SameSite = "lax" | "strict" | "none";

export async function applySetCookies(lines: string[]): Promise<void> {
  const jar = await cookies();
  for (const line of lines) {
    const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
    const equals = pair.indexOf("=");
    if (equals <= 0) continue;
    const name = pair.slice(0, equals);
    const value = decodeURIComponent(pair.slice(equals + 1));
    const options: { path?: string; maxAge?: number; expires?: Date; httpOnly?: boolean; secure?: boolean; sameSite?: SameSite; domain?: string } = {};
    for (const attribute of attributes) {
      const [key = "", ...rest] = attribute.split("=");
      const raw = rest.join("=");
      switch (key.toLowerCase()) {
        case "path":
          options.path = raw;
          break;
        case "max-age":
          options.maxAge = Number(raw);
          break;
        case "expires":
          options.expires = new Date(raw);
          break;
        case "httponly":
          options.httpOnly = true;
          break;
        case "secure":
          options.secure = true;
          break;
        case "samesite":
          options.sameSite = raw.toLowerCase() as SameSite;
          break;
        case "domain":
          options.domain = raw;
          break;
      }
    }
    jar.set(name, value, options);
  }
}
