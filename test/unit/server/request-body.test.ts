import { describe, expect, it } from "vitest";
import { BodyError, MAX_BODY_BYTES, readJsonBody } from "../../../lib/server/request-body";

/** A streamed body with no Content-Length, as a chunked upload arrives; counts how much was pulled. */
function streamed(chunks: string[], headers: Record<string, string> = {}): { request: Request; pulled: () => number } {
  let pulled = 0;
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[i++];
      if (chunk === undefined) return controller.close();
      pulled++;
      controller.enqueue(new TextEncoder().encode(chunk));
    },
  }, { highWaterMark: 0 });
  const request = new Request("http://x/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

async function failure(promise: Promise<unknown>): Promise<BodyError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BodyError);
  return error as BodyError;
}

describe("readJsonBody", () => {
  it("parses a small JSON body", async () => {
    await expect(readJsonBody(new Request("http://x/api", { method: "POST", body: JSON.stringify({ a: [1, "é"] }) }))).resolves.toEqual({ a: [1, "é"] });
  });

  it("refuses a declared Content-Length over the cap before reading anything", async () => {
    const { request, pulled } = streamed(['{"a":1}'], { "content-length": String(MAX_BODY_BYTES + 1) });
    const error = await failure(readJsonBody(request));
    expect(error.status).toBe(413);
    expect(pulled()).toBe(0);
  });

  it("stops reading a stream once it passes the cap, whatever the header says", async () => {
    const chunk = "x".repeat(16 * 1024);
    const { request, pulled } = streamed(['{"a":"', ...Array.from({ length: 20 }, () => chunk), '"}']);
    const error = await failure(readJsonBody(request));
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/64 KB/);
    expect(pulled()).toBeLessThan(10);
  });

  it("accepts a body of exactly the cap", async () => {
    const text = JSON.stringify("y".repeat(MAX_BODY_BYTES - 2));
    expect(Buffer.byteLength(text)).toBe(MAX_BODY_BYTES);
    await expect(readJsonBody(streamed([text]).request)).resolves.toHaveLength(MAX_BODY_BYTES - 2);
  });

  it("counts bytes, not characters", async () => {
    const text = JSON.stringify("ж".repeat(MAX_BODY_BYTES / 2));
    expect(text.length).toBeLessThan(MAX_BODY_BYTES);
    expect((await failure(readJsonBody(streamed([text]).request))).status).toBe(413);
  });

  it("answers 400 for a body that is not JSON, or empty", async () => {
    expect((await failure(readJsonBody(streamed(["{nope"]).request))).status).toBe(400);
    expect((await failure(readJsonBody(new Request("http://x/api", { method: "POST" })))).status).toBe(400);
  });
});
