// CLI verb of the viewer: `kg view [DIR]` serves a build output folder (filled in by the viewer issue).
import type { Command } from 'commander';

export function registerViewerCommands(_program: Command): void {}
