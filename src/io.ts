// File output helpers: every file the tool writes goes through a temp file and a rename, so a
// crash or a bad input never leaves a partial or corrupt output behind.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
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

export interface AtomicFile {
  write: (data: string) => void;
  /** Renames the temp file into place. */
  commit: () => void;
  /** Removes the temp file; the target is left as it was. */
  abort: () => void;
}

/** Pieces are gathered up to this many characters before a write: one system call per document cost more. */
const WRITE_CHUNK = 1 << 16;

/** A file written piece by piece (streamed output) into a temp file and renamed into place at the end. */
export function openAtomic(path: string): AtomicFile {
  mkdirp(dirname(path));
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  let open = true;
  let pending = '';
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: (data) => {
      pending += data;
      if (pending.length < WRITE_CHUNK) return;
      writeSync(fd, pending);
      pending = '';
    },
    commit: () => {
      if (pending !== '') writeSync(fd, pending);
      pending = '';
      close();
      renameSync(tmp, path);
    },
    abort: () => {
      close();
      rmSync(tmp, { force: true });
    },
  };
}
