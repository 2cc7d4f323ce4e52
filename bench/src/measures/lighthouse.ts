/**
 * Lighthouse (12.2.3, the version the targets name) performance and accessibility scores in Debian's Chromium.
 * Scores move by ±15 points between runs on a shared 2-core machine: each page is audited `runs` times and the
 * median of each figure is reported.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { median } from '../stats';

export interface LighthouseScore {
  page: string;
  performance: number;
  accessibility: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
}

export async function measureLighthouse(pages: { page: string; url: string }[], runs = 3): Promise<LighthouseScore[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const scores: LighthouseScore[] = [];
    for (const { page, url } of pages) {
      const samples: Omit<LighthouseScore, 'page'>[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
        if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
        const { categories, audits } = result.lhr;
        samples.push({
          performance: Math.round((categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
          largestContentfulPaintMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
          totalBlockingTimeMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
        });
      }
      const of = (key: keyof Omit<LighthouseScore, 'page'>) => median(samples.map((sample) => sample[key]));
      scores.push({
        page,
        performance: of('performance'),
        accessibility: of('accessibility'),
        largestContentfulPaintMs: of('largestContentfulPaintMs'),
        totalBlockingTimeMs: of('totalBlockingTimeMs'),
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
