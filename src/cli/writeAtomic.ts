/**
 * Writes a file so that it either appears complete or not at all: the bytes go to a temporary file
 * beside the target, which is renamed over it only once fully written. A failed or interrupted run
 * never leaves a half-written workbook (or clobbers a good one).
 *
 * `--out` may name a new path or an existing regular file. An existing file keeps its permission
 * bits (a 0600 file stays 0600) and, where allowed, its owner; a symlink is written through: the
 * bytes land in (a temp file beside) its final target and the link itself stays a link. Anything
 * else (a directory, a device such as /dev/null, a FIFO, a socket) is refused before any work.
 */
import {
  chmodSync,
  createWriteStream,
  chownSync,
  lstatSync,
  mkdirSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Writable } from "node:stream";

/** A path --out must not be written to; the message is one line. */
export class OutPathRefused extends Error {}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return "a directory";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

export interface OutTarget {
  /** the path the bytes are renamed onto (a symlink's final target) */
  path: string;
  /** permission bits and owner of the existing file, if any */
  existing?: { mode: number; uid: number; gid: number };
}

/** Where `path` really writes to; throws OutPathRefused for anything but a regular file or a new path. */
export function resolveOutTarget(path: string): OutTarget {
  const given = resolve(path);
  let link: Stats;
  try {
    link = lstatSync(given);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { path: given };
    throw e;
  }
  let target = given;
  if (link.isSymbolicLink()) {
    try {
      target = realpathSync(given);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      // A dangling link: write the file it names (one hop), the link stays as it is.
      const next = resolve(dirname(given), readlinkSync(given));
      if (lstatSync(next, { throwIfNoEntry: false }) !== undefined) {
        throw new OutPathRefused(`"${path}" is a symlink whose target cannot be resolved`);
      }
      return { path: next };
    }
  }
  const st = statSync(target);
  if (!st.isFile()) {
    throw new OutPathRefused(`"${path}" is ${kindOf(st)}, not a regular file; give a file path, or - for stdout`);
  }
  return { path: target, existing: { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid } };
}

/** A temporary file beside `target`, named so that concurrent runs cannot collide. */
function tempBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
}

/** The existing file's owner and bits on the finished temp file, then the rename over the target. */
function finish(temp: string, target: string, existing: OutTarget["existing"]): void {
  if (existing !== undefined) {
    try {
      chownSync(temp, existing.uid, existing.gid);
    } catch {
      // Only root may give a file away; the owner then becomes the writer, as with any editor.
    }
    chmodSync(temp, existing.mode);
  }
  renameSync(temp, target);
}

export function writeFileAtomic(path: string, data: Uint8Array): void {
  const { path: target, existing } = resolveOutTarget(path);
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempBeside(target);
  try {
    // A new file gets the usual 0666 less the umask; an existing one gets its own bits back (chmod
    // after chown, which may clear set-id bits, and unaffected by the umask).
    writeFileSync(temp, data, { mode: existing?.mode ?? 0o666, flag: "wx" });
    finish(temp, target, existing);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/**
 * writeFileAtomic for bytes that are produced as a stream (the streamed workbook): `write` writes
 * them to the temporary file's stream and resolves once it has handed over the last byte; the file
 * is closed, then renamed over the target. A failed `write` leaves the target as it was.
 */
export async function writeStreamAtomic(path: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const { path: target, existing } = resolveOutTarget(path);
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempBeside(target);
  try {
    const out = createWriteStream(temp, { mode: existing?.mode ?? 0o666, flags: "wx" });
    const closed = new Promise<void>((resolve, reject) => {
      out.on("close", resolve);
      out.on("error", reject);
    });
    closed.catch(() => undefined); // awaited below; when `write` fails first, its error is the one reported
    try {
      await write(out);
    } finally {
      out.end();
    }
    await closed;
    finish(temp, target, existing);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
