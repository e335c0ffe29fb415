import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BOOTSTRAP = resolve(import.meta.dirname, '../../../scripts/bootstrap.sh');
// A PATH with the shell tools the script uses and none of the system packages (no apt-get either).
const bin = mkdtempSync(join(tmpdir(), 'bootstrap-path-'));
for (const tool of ['bash', 'dirname', 'sha256sum', 'cut', 'cat', 'sort', 'sed', 'id']) symlinkSync(`/usr/bin/${tool}`, join(bin, tool));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

describe('scripts/bootstrap.sh on a machine without the system packages', () => {
  it('fails naming what to install, and with --node-only checks the node modules alone', async () => {
    const env = { ...process.env, PATH: bin };
    const full = await run('/usr/bin/bash', [BOOTSTRAP], { env }).catch((e: { code: number; stderr: string }) => e);
    expect(full).toMatchObject({ code: 1, stderr: expect.stringMatching(/missing system packages: .*redis-server/) });
    const nodeOnly = await run('/usr/bin/bash', [BOOTSTRAP, '--node-only'], { env });
    expect(nodeOnly.stderr).not.toMatch(/missing system packages/);
  });
});
