/**
 * Writes a file so that it either appears complete or not at all: the bytes go to a temporary file
 * beside the target, which is renamed over it only once fully written. A failed or interrupted run
 * never leaves a half-written workbook (or clobbers a good one).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

export function writeFileAtomic(path: string, data: Uint8Array): void {
  const target = resolve(path);
  const dir = dirname(target);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
