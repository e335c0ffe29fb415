import { execFile } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalCrm } from '../../src/adapters/crm/local/local.crm.ts';
import { REPO_ROOT } from '../helpers/fixtures.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const run = promisify(execFile);
const WRITER = join(REPO_ROOT, 'test', 'helpers', 'local-crm-writer.ts');

interface Answers {
  contact: { id: string; created: boolean }[];
  callLog: { id: string; created: boolean }[];
  tasks: { id: string; created: boolean }[];
}

// The API and every worker replica of a compose deployment write the one local CRM file on the shared volume.
describe('the local CRM written by several processes at once', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
    await mkdir(join(temp.dir, 'writers'));
  });
  afterEach(() => temp.cleanup());

  it('keeps every write and creates a record once per idempotency key', async () => {
    const writers = ['a', 'b', 'c'];
    const count = 60;
    const outputs = await Promise.all(writers.map((name) => run(process.execPath, [WRITER, temp.dir, name, String(writers.length), String(count)], { cwd: REPO_ROOT })));
    const answers = outputs.map((o) => JSON.parse(o.stdout) as Answers);

    const data = await createLocalCrm({ dataDir: temp.dir }).snapshot();
    expect(data.tasks).toHaveLength(writers.length * count);
    expect(new Set(data.tasks.map((t) => t.id)).size).toBe(writers.length * count);
    expect(new Set(data.tasks.map((t) => t.idempotencyKey))).toEqual(new Set(writers.flatMap((w) => Array.from({ length: count }, (_, i) => `${w}:task:${i}`))));
    expect(data.contacts).toHaveLength(1);
    expect(data.callLogs).toHaveLength(1);
    // Exactly one write created each shared record; every other one found it and answered its id.
    const contacts = answers.flatMap((a) => a.contact);
    const logs = answers.flatMap((a) => a.callLog);
    expect(contacts.filter((c) => c.created)).toHaveLength(1);
    expect(new Set(contacts.map((c) => c.id))).toEqual(new Set([data.contacts[0]!.id]));
    expect(logs.filter((c) => c.created)).toHaveLength(1);
    expect(new Set(logs.map((c) => c.id))).toEqual(new Set([data.callLogs[0]!.id]));
    // Contacts' personal data: the owner's alone.
    expect((await stat(join(temp.dir, 'crm', 'local-crm.json'))).mode & 0o777).toBe(0o600);
  });
});
