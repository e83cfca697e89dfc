import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';

/** Why a file could not be read as text, and where in it when that is known. */
export interface Unreadable {
  line?: number;
  message: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a file of the corpus or the facts folder as UTF-8 text. Anything else (a folder, a
 * symbolic link, a FIFO or a device, a file too large, bytes that are not UTF-8, a NUL) is said in
 * one line, with the line of the first bad byte when there is one.
 *
 * Links are refused rather than followed: whatever the folder holds is published, so a link in it
 * would publish any file the ingest can read (`ln -s /etc/passwd corpus/passwd.txt`). The file is
 * opened without following a link and checked on the open handle, so that it cannot be swapped for
 * a link between the check and the read; O_NONBLOCK keeps the open of a FIFO from waiting for a writer.
 */
export async function readTextFile(
  path: string,
  maxBytes: number,
): Promise<{ text: string; bytes: Buffer } | Unreadable> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { message: NOT_REGULAR.link };
    return { message: `cannot be read (${code ?? String(error)})` };
  }
  let bytes: Buffer;
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { message: 'is a folder, not a file' };
    if (!info.isFile()) return { message: NOT_REGULAR.special };
    if (info.size > maxBytes)
      return { message: `${info.size} bytes is more than the ${maxBytes}-byte limit` };
    bytes = await handle.readFile();
  } catch (error) {
    return { message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  } finally {
    await handle.close();
  }
  const text = decodeUtf8(bytes);
  return typeof text === 'string' ? { text, bytes } : text;
}

const NOT_REGULAR = {
  link: 'is a symbolic link: only regular files inside the folder are read, links are refused',
  special: 'is not a regular file (a FIFO, socket or device): only regular files are read',
};

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
