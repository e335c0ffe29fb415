/**
 * A process that writes to the local CRM under DATA_DIR, for the tests of several processes sharing one file
 * (the API and the workers of a compose deployment). Usage: node local-crm-writer.ts DATA_DIR NAME PEERS COUNT.
 * It marks itself ready, waits until PEERS writers are ready (so their writes overlap), then creates the
 * contact and the call log every writer shares an idempotency key for, and COUNT tasks of its own, one write
 * at a time. It prints what each write answered, as JSON.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLocalCrm } from '../../src/adapters/crm/local/local.crm.ts';
import { callLogInput, taskInputFor } from './crm-inputs.ts';

const [dataDir, name, peers, count] = process.argv.slice(2);
if (!dataDir || !name || !peers || !count) throw new Error('usage: local-crm-writer.ts DATA_DIR NAME PEERS COUNT');
const barrier = join(dataDir, 'writers');
await writeFile(join(barrier, name), '');
while ((await readdir(barrier)).length < Number(peers)) await sleep(5);

const crm = createLocalCrm({ dataDir });
const answers: { contact: unknown[]; callLog: unknown[]; tasks: unknown[] } = { contact: [], callLog: [], tasks: [] };
for (let i = 0; i < Number(count); i++) {
  answers.tasks.push(await crm.createTask(taskInputFor('contact-1', null, { idempotencyKey: `${name}:task:${i}` })));
  if (i % 10 === 0) {
    answers.contact.push(await crm.createContact!({ name: 'Elena Novak', phone: '+442079460321' }, 'shared:contact'));
    answers.callLog.push(await crm.logCall(callLogInput('contact-1', null, { idempotencyKey: 'shared:call' })));
  }
}
process.stdout.write(`${JSON.stringify(answers)}\n`);
