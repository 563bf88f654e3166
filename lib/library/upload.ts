/**
 * What a teacher may add to the library: one plain-text article, UTF-8, at most 1 MB. Checked
 * before the parser sees it, so a wrong file gets a message about the file, not about battles.
 */
import { z } from "zod";

export const MAX_ARTICLE_BYTES = 1024 * 1024;

export class UploadError extends Error {
  override name = "UploadError";
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 | 413 | 415 = 400,
  ) {
    super(message);
  }
}

/** A file name the teacher chose: shown back to them, never used as a path. */
export const uploadNameSchema = z
  .string()
  .trim()
  .max(200)
  .transform((name) => name.replace(/[\u0000-\u001f/\\]/g, ""));

/** Refuses what is not a UTF-8 text article of a sensible size; returns the article's bytes. */
export function checkArticleBytes(bytes: Uint8Array, name: string | null): Buffer {
  const label = name ? `"${name}"` : "The article";
  if (name !== null && !/\.txt$/i.test(name)) throw new UploadError(`${label} is not a .txt file. Save the article as plain text (.txt, UTF-8) and upload that.`, 415);
  if (bytes.byteLength > MAX_ARTICLE_BYTES) throw new UploadError(`${label} is ${megabytes(bytes.byteLength)}; an article can be at most 1 MB.`, 413);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    throw new UploadError(`${label} is not UTF-8 text${looksBinary(buffer) ? " (it looks like a binary file)" : ""}. Save it as plain text in UTF-8 and try again.`, 415);
  }
  if (looksBinary(buffer)) throw new UploadError(`${label} looks like a binary file, not plain text.`, 415);
  if (text.replace(/^\uFEFF/, "").trim() === "") throw new UploadError(`${label} is empty.`);
  return buffer;
}

/** NUL bytes or a run of control characters: no article has those. */
function looksBinary(buffer: Buffer): boolean {
  const sample = buffer.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > 8;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The corpus file name of an upload: readable, unique by its id, never a content/ name. */
export function uploadFileName(title: string, id: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${UPLOAD_PREFIX}${slug || "article"}-${id}.txt`;
}

/** Uploaded articles live under this folder name in the corpus. */
export const UPLOAD_PREFIX = "uploads/";
