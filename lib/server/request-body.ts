/**
 * Reads a JSON request body with a size cap. The declared Content-Length is checked first, and the
 * bytes are counted while the stream is read, so a client that lies about the length (or sends a
 * chunked body) is cut off at the cap instead of being buffered and parsed.
 */
export const MAX_BODY_BYTES = 64 * 1024;

export class BodyError extends Error {
  override name = "BodyError";
  constructor(
    message: string,
    readonly status: 400 | 413,
  ) {
    super(message);
  }
}

const tooLarge = (limit: number) => new BodyError(`The request body is larger than ${Math.round(limit / 1024)} KB; an answer is never that long.`, 413);

/**
 * The body's bytes, refused past `limit`: first by the declared Content-Length, then while the
 * stream is read. `tooLarge` makes the error to throw (each route says it its own way).
 */
export async function readBodyBytes(request: Request, limit: number, tooLargeError: () => Error): Promise<Buffer> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) throw tooLargeError();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        throw tooLargeError();
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks);
}

export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const text = new TextDecoder().decode(await readBodyBytes(request, limit, () => tooLarge(limit)));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError("The request body must be JSON.", 400);
  }
}
