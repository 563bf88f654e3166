/**
 * Decoding: a file's bytes to text and lines (UTF-8 only; binary files are refused with the line
 * of the first bad byte).
 */
export type Decoded =
  | { ok: true; text: string }
  | { ok: false; line: number; message: string };

const fatalDecoder = new TextDecoder("utf-8", { fatal: true });

/** Decodes bytes as UTF-8 text; NUL bytes or invalid sequences mean a binary file. */
export function decodeText(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, line: lineOfOffset(bytes, nul), message: `binary file: NUL byte at offset ${nul}; expected UTF-8 text` };
  }
  let text: string;
  try {
    text = fatalDecoder.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { ok: false, line: lineOfOffset(bytes, bad), message: `binary or non-UTF-8 file: invalid UTF-8 byte sequence at offset ${bad}` };
  }
  // A BOM is an encoding artefact, not title text.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

export type DecodedLines =
  | { ok: true; lines: string[] }
  | { ok: false; line: number; message: string };

/** Keeps a U+FEFF inside the text: only a leading one is an encoding artefact, dropped below. */
const fatalLineDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes bytes as UTF-8 lines: the same as `splitLines(decodeText(bytes).text)`, with the same
 * errors. Each line is decoded on its own, so a line of plain ASCII is a one-byte string even
 * when another line of the file has an en dash or a native-script name: every value sliced from
 * it stays compact, and patterns, keys and hashes run faster over it.
 */
export function decodeLines(bytes: Uint8Array): DecodedLines {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, line: lineOfOffset(bytes, nul), message: `binary file: NUL byte at offset ${nul}; expected UTF-8 text` };
  }
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = buf.length;
  // A BOM is an encoding artefact, not title text (the decoder's and a second one, as decodeText).
  let i = 0;
  for (let k = 0; k < 2 && i + 2 < n && buf[i] === 0xef && buf[i + 1] === 0xbb && buf[i + 2] === 0xbf; k++) i += 3;
  const lines: string[] = [];
  // The bytes read as Latin-1 (one native call): an ASCII line is a slice of it.
  const latin1 = buf.toString("latin1");
  for (;;) {
    let j = i;
    let ascii = true;
    for (; j < n; j++) {
      const b = buf[j]!;
      if (b === 10 || b === 13) break;
      if (b >= 0x80) ascii = false;
    }
    if (ascii) lines.push(latin1.slice(i, j));
    else {
      try {
        lines.push(fatalLineDecoder.decode(buf.subarray(i, j)));
      } catch {
        const bad = firstInvalidUtf8(bytes);
        return { ok: false, line: lineOfOffset(bytes, bad), message: `binary or non-UTF-8 file: invalid UTF-8 byte sequence at offset ${bad}` };
      }
    }
    if (j >= n) break;
    i = buf[j] === 13 && buf[j + 1] === 10 ? j + 2 : j + 1;
  }
  // A final newline does not start a new line.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return { ok: true, lines };
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8; only called after the fast decoder failed. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    if (i + n >= b.length && n > 0) return i;
    for (let k = 1; k <= n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return Math.max(0, b.length - 1);
}

/** Splits text into lines without their terminators (\n, \r\n or \r). */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  // A final newline does not start a new line.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
