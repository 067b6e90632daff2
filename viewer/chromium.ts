// Headless Debian chromium for the browser tests and the bench, driven by playwright-core.
// A missing browser is an error with the install command, never a reason to skip.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
  // Sigma needs WebGL; without a GPU, chromium provides it through SwiftShader only when asked.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `kg/viewer: no chromium at ${CHROMIUM_PATH}; install it with \`apt-get install -y chromium\` ` +
        '(or set KG_CHROMIUM to a chromium binary).',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}
