// Vite build of the viewer page into viewer/dist/: one classic (non-module) script and one
// stylesheet with relative paths, so the copy in a build folder also opens from disk (file://).
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { PROJECT_ROOT } from '../src/paths';

// From the project root rather than import.meta.url, which points into dist/ in the compiled CLI.
export const VIEWER_ROOT = join(PROJECT_ROOT, 'viewer');

/** Chromium refuses module scripts and CORS-mode assets from file:// pages; plain tags load fine. */
function classicScripts(): Plugin {
  return {
    name: 'kg-classic-scripts',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html
          .replace(/<script type="module" crossorigin/g, '<script defer')
          .replace(/ crossorigin(="[^"]*")?/g, ''),
    },
  };
}

export default defineConfig({
  root: VIEWER_ROOT,
  base: './',
  logLevel: 'warn',
  clearScreen: false,
  plugins: [classicScripts()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    cssCodeSplit: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2048,
    rolldownOptions: { output: { format: 'iife', codeSplitting: false } },
  },
});
