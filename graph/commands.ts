// CLI verbs of the graph layer: `kg build` and `kg neo4j push` (filled in by the graph issue).
import type { Command } from 'commander';

export function registerGraphCommands(_program: Command): void {}
