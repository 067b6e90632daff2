// All-or-nothing output folders. A build writes its whole set of files into a new folder beside the
// output (.NAME.kg/g-…) and switches it in with one rename of a symlink: NAME → .NAME.kg/g-…, so a
// kill -9 at any moment leaves either the old set or the new one. A lock file keeps two builds out.
import {
  closeSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  symlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { KgError } from './errors';
import { mkdirp } from './io';

/** Files whose presence marks a folder as a build from before output folders were symlinks. */
const BUILD_MARKERS = ['graph.json', 'documents.jsonl', 'relations.jsonl'];

export interface OutputDir {
  /** The folder the user named (a symlink to the current build once one is committed). */
  path: string;
  /** Where the builds and the lock live: .NAME.kg beside it. */
  store: string;
}

export function outputDir(out: string): OutputDir {
  const path = resolve(out);
  return { path, store: join(dirname(path), `.${basename(path)}.kg`) };
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function mkdirOrExplain(dir: string, what: string): void {
  try {
    mkdirp(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new KgError(
      'build',
      `cannot create ${dir} (${code}) for ${what}; choose a writable folder with --out`,
    );
  }
}

/** Takes the output folder's lock; a lock left by a process that is gone is taken over. */
export function lockOutputDir(out: string): () => void {
  const { path, store } = outputDir(out);
  mkdirOrExplain(store, path);
  const lock = join(store, 'lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(lock, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pidAlive(pid))
        throw new KgError(
          'build',
          `another kg build (pid ${pid}) is writing ${path}; wait for it to finish, or delete ${lock} if no build is running`,
        );
      rmSync(lock, { force: true });
      continue;
    }
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return () => rmSync(lock, { force: true });
  }
  throw new KgError('build', `cannot take the lock ${lock}; delete it if no build is running`);
}

export interface Staged {
  /** The new, empty folder to write the whole set of files into. */
  dir: string;
  /** Switches the output folder to the staged one in one rename and drops older builds. */
  commit(): void;
  /** Throws the staged folder away; the output folder is left as it was. */
  abort(): void;
}

/**
 * A folder from before output folders were symlinks is moved into the store once (its only
 * non-atomic moment); an empty folder is removed; anything else is not ours to replace.
 */
function adoptPlainFolder(od: OutputDir): void {
  let st: ReturnType<typeof lstatSync>;
  try {
    st = lstatSync(od.path);
  } catch {
    return;
  }
  if (st.isSymbolicLink()) return;
  if (!st.isDirectory())
    throw new KgError('build', `${od.path} is a file, not an output folder; choose another --out`);
  const entries = readdirSync(od.path);
  if (entries.length === 0) {
    rmdirSync(od.path);
    return;
  }
  if (!entries.some((e) => BUILD_MARKERS.includes(e)))
    throw new KgError(
      'build',
      `${od.path} holds files that are not a kg build; choose another --out, or empty the folder`,
    );
  const gen = `g-adopted-${Date.now()}-${process.pid}`;
  renameSync(od.path, join(od.store, gen));
  linkTo(od, gen);
}

/** Points the output folder at store/gen with one rename of a fresh symlink over it. */
function linkTo(od: OutputDir, gen: string): void {
  const link = join(od.store, `link-${process.pid}`);
  rmSync(link, { force: true });
  const target = join(basename(od.store), gen);
  if (process.platform === 'win32') symlinkSync(join(od.store, gen), link, 'junction');
  else symlinkSync(target, link, 'dir');
  renameSync(link, od.path);
}

/** A new folder for the next build of out; call under lockOutputDir. */
export function stageOutputDir(out: string): Staged {
  const od = outputDir(out);
  mkdirOrExplain(od.store, od.path);
  adoptPlainFolder(od);
  const gen = `g-${Date.now()}-${process.pid}`;
  const dir = join(od.store, gen);
  mkdirOrExplain(dir, od.path);
  return {
    dir,
    commit() {
      linkTo(od, gen);
      // Older builds and the leftovers of killed ones; only builds hold the lock, so none is in use.
      for (const e of readdirSync(od.store))
        if (e !== gen && (e.startsWith('g-') || e.startsWith('link-')))
          rmSync(join(od.store, e), { recursive: true, force: true });
    },
    abort() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
