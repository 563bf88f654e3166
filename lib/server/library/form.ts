/**
 * Reads the article form of the library's route handlers: multipart with a `file` (an uploaded
 * .txt) or a `text` (pasted), and an optional `sha256` of the previewed text. The body is counted
 * while it is read and cut off past the cap, whatever Content-Length says.
 */
import { z } from "zod";
import { MAX_ARTICLE_BYTES, UploadError, uploadNameSchema } from "../../library/upload";
import { readBodyBytes } from "../request-body";
import type { ArticleInput } from "./uploads";

/** The article plus the form's overhead (boundaries, the other fields). */
const MAX_FORM_BYTES = MAX_ARTICLE_BYTES + 64 * 1024;
const tooLarge = () => new UploadError("The article is larger than 1 MB; an article can be at most 1 MB.", 413);


const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export async function readArticleForm(request: Request): Promise<ArticleInput & { expectedSha256?: string }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type)) throw new UploadError("Send the article as a form: a .txt file in `file` or pasted text in `text`.", 400);
  const body = await readBodyBytes(request, MAX_FORM_BYTES, tooLarge);
  let form: FormData;
  try {
    form = await new Response(new Blob([new Uint8Array(body)]), { headers: { "content-type": type } }).formData();
  } catch {
    throw new UploadError("The form could not be read; send a .txt file in `file` or pasted text in `text`.", 400);
  }
  const file = form.get("file");
  const text = form.get("text");
  const sha = form.get("sha256");
  const expectedSha256 = typeof sha === "string" && sha !== "" ? sha256Schema.parse(sha) : undefined;
  if (file instanceof File && file.size > 0) {
    return { bytes: new Uint8Array(await file.arrayBuffer()), name: uploadNameSchema.parse(file.name || "article.txt"), ...(expectedSha256 && { expectedSha256 }) };
  }
  if (file instanceof File && file.name) throw new UploadError(`"${file.name}" is empty.`, 400);
  if (typeof text === "string") return { bytes: new TextEncoder().encode(text), name: null, ...(expectedSha256 && { expectedSha256 }) };
  throw new UploadError("Paste the article or choose a .txt file.", 400);
}
