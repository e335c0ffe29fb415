import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import { timeSaved } from '../../src/domain/time-saved.ts';
import { DEFAULT_TYPING_TIMES } from '../../src/domain/typing-times.ts';
import { countWork } from '../../src/pipeline/count-work.ts';
import { DEMO_CRM_SEED } from '../../src/runtime/demo-seed.ts';
import { processFixture } from '../helpers/process-call.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// A demo call through `callscribe process` into the demo's seeded local CRM: the log carries the hand-off, and the call's work counts.
describe('a demo call logged with its hand-off block', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('writes what each side promised into the CRM call log, and counts the call’s manual entry saved', async () => {
    const dataDir = join(temp.dir, 'data');
    await mkdir(join(dataDir, 'crm'), { recursive: true });
    await copyFile(DEMO_CRM_SEED, join(dataDir, 'crm', 'local-crm.json'));
    const res = await processFixture('both-sides-actions-tamarack', temp.dir, { CRM: 'local', DATA_DIR: dataDir });
    expect([res.code, res.stderr]).toEqual([0, '']);
    const crm = CrmRecord.parse(JSON.parse(res.stdout).crm);
    const stored = JSON.parse(await readFile(join(dataDir, 'crm', 'local-crm.json'), 'utf8')) as { callLogs: { id: string; body: string }[] };
    const body = stored.callLogs.find((l) => l.id === crm.callLog?.id)!.body;
    const customer = res.fixture.meta.customer!.name!;
    expect(body).toContain(`For the next person to call ${customer}:`);
    expect(body).toMatch(/\nWe promised \([^)]+\):\n- .+, (by \d{4}-\d{2}-\d{2}|no date given) \(at \d+:\d{2}\)/);
    expect(body).toContain(`${customer} promised:\n- `);
    for (const item of res.insights!.actionItems) expect(body).toContain(`- ${item.text}, `);

    const work = countWork({ call: res.call!, insights: res.insights, crm, decisions: crm.review.decisions, audit: crm.review.audit });
    expect(work.written).toMatchObject({ callLog: 1, task: res.insights!.actionItems.length, taskDueDate: res.insights!.actionItems.filter((a) => a.dueDate).length });
    const saved = timeSaved(work, DEFAULT_TYPING_TIMES);
    expect(saved.netMinutesSaved).toBe(saved.minutesWritten);
    expect(saved.netMinutesSaved).toBeGreaterThan(5);
  });
});
