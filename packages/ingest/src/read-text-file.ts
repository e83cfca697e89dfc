import { readFile, stat } from 'node:fs/promises';

/** Why a file could not be read as text, and where in it when that is known. */
export interface Unreadable {
  line?: number;
  message: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a file of the corpus or the facts folder as UTF-8 text. Anything else (a folder, a
 * dangling link, a file too large, bytes that are not UTF-8, a NUL) is said in one line, with
 * the line of the first bad byte when there is one.
 */
export async function readTextFile(
  path: string,
  maxBytes: number,
): Promise<{ text: string; bytes: Buffer } | Unreadable> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { message: 'is a folder, not a file' };
    if (info.size > maxBytes)
      return { message: `${info.size} bytes is more than the ${maxBytes}-byte limit` };
    bytes = await readFile(path);
  } catch (error) {
    return { message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  const text = decodeUtf8(bytes);
  return typeof text === 'string' ? { text, bytes } : text;
}

/** Decodes UTF-8 text, or says where and why it is not. */
export function decodeUtf8(bytes: Uint8Array): string | Unreadable {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { line: lineOfFirstInvalidByte(bytes), message: 'is not valid UTF-8 text (save it as UTF-8)' };
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) return { line: lineAt(text, nul), message: 'contains a NUL character: not a text file' };
  return text;
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  // Decode line by line: the first line that fails holds the bad byte.
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        utf8.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
