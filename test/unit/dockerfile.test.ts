import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dockerfile = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');

/** The Debian packages the image's `apt-get install` names (continuation lines joined). */
function installedPackages(text: string): string[] {
  const run = text.replace(/\\\n/g, ' ');
  const install = /apt-get install ([^&\n]+)/.exec(run);
  return (install?.[1] ?? '').split(/\s+/).filter((word) => word && !word.startsWith('-'));
}

/**
 * The programs and files a `serve` or `work` process uses at run time, and the Debian package of each. The
 * image is the only place they come from: a missing one is not an error at start, it is a quieter engine.
 */
const RUNTIME_PACKAGES: Record<string, string> = {
  ffmpeg: 'ffmpeg',
  ffprobe: 'ffmpeg',
  pocketsphinx_continuous: 'pocketsphinx',
  '/usr/share/pocketsphinx/model/en-us': 'pocketsphinx-en-us',
  // The local engine pronounces the call's names (rep, customer, company) that cmudict lacks with it; without
  // it those names are never recognised, with no error.
  'espeak-ng': 'espeak-ng',
};

describe('Dockerfile', () => {
  it('installs the package of every program the service runs, the local engine’s name pronouncer among them', () => {
    const packages = installedPackages(dockerfile);
    for (const [program, pkg] of Object.entries(RUNTIME_PACKAGES)) expect(packages, `${program} (${pkg})`).toContain(pkg);
  });
});
