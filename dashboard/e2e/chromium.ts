/**
 * Debian's Chromium (apt-get install chromium) as this project drives it, for the browser tests and the bench's
 * Lighthouse runs: headless, and kept off this machine's closed network (its background services would each fail).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
