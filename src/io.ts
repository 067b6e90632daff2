// File output helpers: every file the tool writes goes through a temp file and a rename, so a
// crash or a bad input never leaves a partial or corrupt output behind.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
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

/** A file written piece by piece (streamed output) into a temp file and renamed into place at the end. */
export function openAtomic(path: string): AtomicFile {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  let open = true;
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: (data) => {
      writeSync(fd, data);
    },
    commit: () => {
      close();
      renameSync(tmp, path);
    },
    abort: () => {
      close();
      rmSync(tmp, { force: true });
    },
  };
}
