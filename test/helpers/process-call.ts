import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Call } from '../../src/domain/call.ts';
import { Insights } from '../../src/domain/insights.ts';
import { startOpenAiFake, type OpenAiFake } from './fakes/openai.fake.ts';
import { fixtureCall } from './fixtures.ts';
import { runCli } from './run-cli.ts';
import { goldTrackAnswer } from './fakes/gold-tracks.ts';

/**
 * Runs `callscribe process` on a fixture call with the speech faked by the OpenAI fake (each channel
 * "recognised" as the script's lines of that speaker), the rules extractor, and the CRM from `env`.
 * The fixture's CRM ids belong to the local CRM, so the meta keeps only the current stage: the contact
 * is found by phone and the deal as its open deal (`keepCrmIds` keeps them, as a person may pass them).
 * `engineRequests` counts what the speech engine was asked.
 */
export async function processFixture(
  name: string,
  dir: string,
  env: Record<string, string>,
  opts: { transcribeFailures?: { n: number; status: number; headers?: Record<string, string> }; keepCrmIds?: boolean } = {},
) {
  const f = fixtureCall(name);
  const openai: OpenAiFake = await startOpenAiFake({
    transcribe: (req) => goldTrackAnswer(f.goldTranscript, req),
  });
  if (opts.transcribeFailures) openai.failNext(opts.transcribeFailures.n, { status: opts.transcribeFailures.status, headers: opts.transcribeFailures.headers });
  try {
    const meta = join(dir, `${name}.meta.json`);
    await writeFile(meta, JSON.stringify(opts.keepCrmIds ? f.meta : { ...f.meta, crm: { currentStage: f.meta.crm?.currentStage ?? null } }));
    const res = await runCli(['process', f.audio, '--meta', meta], {
      TRANSCRIBER: 'openai',
      EXTRACTOR: 'rules',
      OPENAI_BASE_URL: openai.baseURL,
      OPENAI_API_KEY: openai.apiKey,
      LOG_LEVEL: 'warn',
      ...env,
    });
    const out = res.code === 0 ? (JSON.parse(res.stdout) as { call: unknown; insights: unknown }) : null;
    return { ...res, fixture: f, call: out && Call.parse(out.call), insights: out && Insights.parse(out.insights), engineRequests: openai.requests.length };
  } finally {
    await openai.close();
  }
}
