import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Call } from '../../src/domain/call.ts';
import { Insights } from '../../src/domain/insights.ts';
import { startHubSpotFake, type HubSpotFake } from '../helpers/fakes/hubspot.fake.ts';
import { startOpenAiFake, type OpenAiFake } from '../helpers/fakes/openai.fake.ts';
import { fixtureCall } from '../helpers/fixtures.ts';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// `callscribe process` writing to a server that speaks HubSpot's documented API (the local fake), with the
// speech faked by the OpenAI fake (it "recognises" each channel as the script) and the rules extractor.
describe('callscribe process with CRM=hubspot', () => {
  const f = fixtureCall('proposal-approved-northwind');
  let openai: OpenAiFake;
  let hubspot: HubSpotFake;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let ids: { contacts: string[]; deals: string[] };

  beforeEach(async () => {
    temp = await makeTempDir();
    openai = await startOpenAiFake({
      transcribe: (req) => {
        const speaker = req.fileName.replace(/\.wav$/, '');
        const segments = f.goldTranscript.segments.filter((s) => s.speaker === speaker).map((s) => ({ start: s.startSec, end: s.endSec, text: s.text }));
        return { text: segments.map((s) => s.text).join(' '), segments };
      },
    });
    hubspot = await startHubSpotFake();
    ids = hubspot.seed({
      owners: [{ id: '7001', email: f.meta.rep!.email!, firstName: 'Tom', lastName: 'Fletcher' }],
      contacts: [
        { firstname: 'Aisha', lastname: 'Khan', phone: '+44 20 7946 0123', email: f.meta.customer!.email!, company: 'Northwind Logistics' },
        { firstname: 'Other', lastname: 'Person', phone: '+1 212 555 0199' },
      ],
    });
    ids.deals = hubspot.seed({ deals: [{ dealname: 'Northwind — new business', dealstage: 'presentationscheduled', contactIds: [ids.contacts[0]!] }] }).deals;
  });
  afterEach(async () => {
    await openai.close();
    await hubspot.close();
    await temp.cleanup();
  });

  const process = async (dataDir: string) => {
    // The CRM ids in the fixture meta belong to the local CRM: here the contact is found by phone and the deal as its open deal.
    const meta = join(temp.dir, 'meta.json');
    await writeFile(meta, JSON.stringify({ ...f.meta, crm: { currentStage: 'presentationscheduled' } }));
    return runCli(['process', f.audio, '--meta', meta], {
      DATA_DIR: dataDir,
      TRANSCRIBER: 'openai',
      EXTRACTOR: 'rules',
      OPENAI_BASE_URL: openai.baseURL,
      OPENAI_API_KEY: openai.apiKey,
      CRM: 'hubspot',
      HUBSPOT_BASE_URL: hubspot.baseUrl,
      HUBSPOT_ACCESS_TOKEN: hubspot.accessToken,
      STAGE_POLICY: 'auto',
      LOG_LEVEL: 'warn',
    });
  };

  it('logs the call with its associations, one task per action item with the rep as owner, and moves the deal; twice is once', async () => {
    const res = await process(join(temp.dir, 'first'));
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as { call: unknown; insights: unknown };
    const call = Call.parse(out.call);
    const insights = Insights.parse(out.insights);
    expect(call).toMatchObject({ status: 'done', engines: { crm: 'hubspot' } });
    expect(insights.dealStage.proposed).toBe('contractsent');

    const calls = hubspot.objects('calls');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.properties).toMatchObject({ hs_call_direction: 'INBOUND', hs_call_status: 'COMPLETED' });
    expect(calls[0]!.properties.hs_call_body).toContain(insights.actionItems[0]!.text);
    expect(Number(calls[0]!.properties.hs_call_duration)).toBeGreaterThan(40_000);
    expect(calls[0]!.associations).toMatchObject({ contacts: [ids.contacts[0]], deals: [ids.deals[0]] });

    const tasks = hubspot.objects('tasks');
    expect(tasks.map((t) => t.properties.hs_task_subject).sort()).toEqual(insights.actionItems.map((a) => a.text).sort());
    const repTask = tasks.find((t) => t.properties.hs_task_subject === insights.actionItems.find((a) => a.owner === 'rep')!.text)!;
    expect(repTask.properties.hubspot_owner_id).toBe('7001');
    expect(hubspot.objects('deals')[0]!.properties.dealstage).toBe('contractsent');

    // The same recording again, from a machine with no local record of the first run: HubSpot holds the keys.
    const again = await process(join(temp.dir, 'second'));
    expect(again.code).toBe(0);
    expect(hubspot.objects('calls')).toHaveLength(1);
    expect(hubspot.objects('tasks')).toHaveLength(tasks.length);
  });
});
