import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Call } from '../../src/domain/call.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import { Insights } from '../../src/domain/insights.ts';
import { Transcript } from '../../src/domain/transcript.ts';
import { startOpenAiFake, type OpenAiFake } from '../helpers/fakes/openai.fake.ts';
import { fixtureCall } from '../helpers/fixtures.ts';
import { writeDemoLocalCrm } from '../helpers/local-crm.ts';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { goldTrackAnswer } from '../helpers/fakes/gold-tracks.ts';

// `callscribe process` with both OpenAI engines against a local server that follows the OpenAI contract:
// the fake "recognises" each channel as the script's lines for that speaker, and its chat model answers
// with items quoting the call plus one invented item that must be dropped.
describe('callscribe process with TRANSCRIBER=openai EXTRACTOR=openai', () => {
  const f = fixtureCall('contract-signed-acme');
  let fake: OpenAiFake;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;

  beforeEach(async () => {
    temp = await makeTempDir();
    // Sofia Alvarez and her deal, for the sync to find: `process` starts an empty local CRM of its own.
    await writeDemoLocalCrm(temp.dir);
    fake = await startOpenAiFake({
      transcribe: (req) => goldTrackAnswer(f.goldTranscript, req),
      chat: () => ({
        content: JSON.stringify({
          summary: 'Sofia signed the contract; onboarding starts with a kickoff next Wednesday.',
          keyPoints: ['Contract signed this morning'],
          actionItems: [
            { text: 'Send the onboarding guide', owner: 'rep', dueDate: '2026-11-10', quotes: ["I'll send you the onboarding guide today"] },
            { text: 'Send the list of users', owner: 'customer', dueDate: null, quotes: ['I will send you the list of users by Monday'] },
            { text: 'Offer a 30% discount', owner: 'rep', dueDate: null, quotes: ['we will give you thirty percent off'] },
          ],
          dealStage: { proposed: 'closedwon', confidence: 0.95, rationale: 'The customer signed.', quotes: ['I signed the contract this morning'] },
          followUpEmail: { subject: 'Welcome aboard', body: 'Hi Sofia, thank you for signing.' },
        }),
      }),
    });
    fake.failNext(1, { status: 429, headers: { 'retry-after-ms': '20' } });
  });

  afterEach(async () => {
    await fake.close();
    await temp.cleanup();
  });

  it('uploads each channel as multipart audio, asks for a strict json_schema, grounds the answer and syncs it', async () => {
    const res = await runCli(['process', f.audio, '--meta', f.metaPath], {
      DATA_DIR: temp.dir,
      TRANSCRIBER: 'openai',
      EXTRACTOR: 'openai',
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_API_KEY: fake.apiKey,
      LOG_LEVEL: 'warn',
    });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as Record<string, unknown>;
    const call = Call.parse(out.call);
    const transcript = Transcript.parse(out.transcript);
    const insights = Insights.parse(out.insights);
    const crm = CrmRecord.parse(out.crm);

    const audioRequests = fake.requests.filter((r) => r.path === '/v1/audio/transcriptions');
    expect(audioRequests).toHaveLength(3); // one 429 answered with retry-after-ms, then one per channel
    for (const r of audioRequests) {
      expect(r.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
      expect(r.fields).toMatchObject({ model: 'whisper-1', response_format: 'verbose_json' });
      expect(r.file).toMatchObject({ type: 'audio/wav' });
      expect(r.fields!.prompt).toContain('Sofia Alvarez');
    }
    // Channels go up in parallel, so which one met the 429 (and was sent twice) varies.
    expect(new Set(audioRequests.map((r) => r.file!.name))).toEqual(new Set(['customer.wav', 'rep.wav']));

    const chat = fake.requests.filter((r) => r.path === '/v1/chat/completions');
    expect(chat).toHaveLength(1);
    expect((chat[0]!.body as { response_format: unknown }).response_format).toMatchObject({ type: 'json_schema', json_schema: { strict: true } });

    expect(call).toMatchObject({ status: 'needs_review', engines: { transcriber: { engine: 'openai', model: 'whisper-1' }, extractor: { engine: 'openai', promptVersion: 'extract-call.v2' } } });
    expect(call.cost.estimatedUsd).toBeGreaterThan(0);
    expect(transcript.segments.map((s) => s.text)).toEqual(f.goldTranscript.segments.map((s) => s.text));
    expect(insights.actionItems.map((a) => a.text)).toEqual(['Send the onboarding guide', 'Send the list of users']);
    expect(insights.actionItems[1]!.evidence[0]).toMatchObject({ speaker: 'customer', startSec: f.goldTranscript.segments[5]!.startSec });
    expect(insights.warnings.join(" ")).toMatch(/Dropped action item "Offer a 30% discount"/);
    expect(insights.dealStage).toMatchObject({ proposed: 'closedwon', evidence: [{ speaker: 'customer' }] });
    expect(crm).toMatchObject({ callLog: { id: expect.any(String) } });
    // The stage proposal waits for a manager; an item written without a date asks its owner for one.
    expect(crm.review.decisions.map((d: { kind: string; state: string; proposed: unknown; finding?: { type: string } }) => [d.kind, d.state, d.kind === 'crm_hygiene' ? d.finding?.type : d.proposed])).toEqual([
      ['deal_stage', 'pending', 'closedwon'],
      ['crm_hygiene', 'pending', 'due_date_missing'],
    ]);
    expect(crm.tasks).toHaveLength(2);
  });
});
