// Where the project's own files are, whatever the working directory.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The default corpus: the five seed articles. */
export const SEEDS_DIR = join(PROJECT_ROOT, 'seeds');
