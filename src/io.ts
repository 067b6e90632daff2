// File output helpers: every file the tool writes goes through a temp file and a rename, so a
// crash or a bad input never leaves a partial or corrupt output behind.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * mkdir -p, one level at a time: Node's own recursive mkdir spins for ever on a path under /proc
 * (it keeps retrying ENOENT); here the first level that cannot be made fails with its error.
 */
export function mkdirp(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) mkdirp(parent);
  try {
    mkdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirp(dirname(path));
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
