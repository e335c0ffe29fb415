import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LocalCrm } from '../../adapters/crm/local/local.crm.ts';
import type { Config } from '../../config/env.ts';
import { CallMeta } from '../../domain/call-meta.ts';
import type { Call } from '../../domain/call.ts';
import { callKeys } from '../../domain/call-keys.ts';
import { CrmRecord } from '../../domain/crm-record.ts';
import { Insights } from '../../domain/insights.ts';
import type { Logger } from '../../logging/logger.ts';
import { getJson } from '../../ports/blob-store.ts';
import { loadDemoCrmSeed } from '../../runtime/demo-seed.ts';
import { fixturesDir, startStack, submitFile, waitForCalls, type Stack } from '../../runtime/embedded-stack.ts';
import { UsageError } from '../cli-error.ts';
import { shiftSamplesBeforeNow } from '../demo-dates.ts';
import { addWorkCounts, emptyWorkCounts, timeSaved } from '../../domain/time-saved.ts';
import type { TypingTimes } from '../../domain/typing-times.ts';
import { countWork } from '../../pipeline/count-work.ts';
import { renderTable } from '../render-table.ts';

export interface FixtureCall {
  name: string;
  audio: string;
  meta: CallMeta;
  /** A meeting tool's transcript sent with the recording (`transcript.vtt`), or null. */
  transcript: string | null;
}

/**
 * The demo's calls: every `fixtures/calls/<name>/` with a `call.*` recording and a `meta.json`; a
 * `transcript.vtt` beside them is sent with the recording, as a meeting tool's transcript would be.
 */
export async function listFixtureCalls(dir = fixturesDir()): Promise<FixtureCall[]> {
  const names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const calls: FixtureCall[] = [];
  for (const name of names) {
    const files = await readdir(join(dir, name));
    const audio = files.find((f) => /^call\.(ogg|opus|mp3|wav|flac|m4a)$/.test(f));
    if (!audio || !files.includes('meta.json')) continue;
    const meta = CallMeta.parse(JSON.parse(await readFile(join(dir, name, 'meta.json'), 'utf8')));
    calls.push({ name, audio: join(dir, name, audio), meta, transcript: files.includes('transcript.vtt') ? join(dir, name, 'transcript.vtt') : null });
  }
  return calls;
}

/**
 * `demo [--once]`: the whole pipeline on the embedded stack over the fixture calls. With `--once` it
 * exits when every call has ended, printing a table (0 when all reached done / needs_review, else 1);
 * otherwise it keeps the API up until Ctrl-C.
 */
export async function demoCommand(opts: { once: boolean; samples?: boolean }, config: Config, logger: Logger, out: (text: string) => void): Promise<number> {
  if (opts.samples === false) {
    if (opts.once) throw new UsageError('`demo --no-samples` feeds no calls, so it has nothing to wait for with --once.');
    return stackOnly(config, logger, out);
  }
  // Dated relative to this run, so they show as recent calls, in the time-saved report's default range too.
  const fixtures = shiftSamplesBeforeNow(await listFixtureCalls(), new Date());
  if (fixtures.length === 0) throw new UsageError('No fixture calls found under fixtures/calls; run `npm run fixtures`.');
  const repEmail = busiestRep(fixtures.map((f) => f.meta));
  // Ctrl-C at any moment stops the stack it started (its Redis and S3 too), also while the samples are processed.
  const stopAsked = stopSignal();
  const stack = await startStack({ config, logger, listen: { host: config.http.host, port: opts.once ? 0 : config.http.port }, crmSeed: await loadDemoCrmSeed(), ...(repEmail && { repEmail }) });
  try {
    if (stopAsked.asked()) return INTERRUPTED;
    out(`callscribe demo: ${fixtures.length} calls, transcriber=${config.transcriber}, extractor=${config.extractor}, crm=${config.crm}, stage policy=${config.stagePolicy}`);
    const keyOf = printableKey(stack.apiKeys, config);
    out(`storage ${stack.ports.blobs.describe}; call index ${stack.index.describe}; API ${stack.url}`);
    const rep = config.http.apiKeys.length === 0 && repEmail ? `the rep ${repEmail}, who sees their own calls` : 'a rep';
    out(`review UI ${stack.url}/ : sign in with the manager key ${keyOf('manager')} (${rep}: ${keyOf('rep')})`);
    const since = new Date();
    const byId = new Map<string, string>();
    for (const f of fixtures) {
      if (stopAsked.asked()) break; // the rest are not sent: the demo is stopping
      byId.set(await submitFile(stack, f.audio, f.meta, config.http.maxUploadBytes, true, f.transcript), f.name);
    }
    const calls = await Promise.race([
      waitForCalls(stack, [...byId.keys()], {
        since,
        timeoutMs: 30 * 60_000,
        onChange: (call) => out(`  ${byId.get(call.id)!.padEnd(28)} ${call.status}${call.error ? ` (${call.error.code})` : ''}`),
        signal: stopAsked.signal,
      }).catch((err: unknown) => {
        if (stopAsked.asked()) return null;
        throw err;
      }),
      stopAsked.promise.then(() => null),
    ]);
    if (!calls) {
      out('Stopped before every call ended; the calls and what they reached stay in DATA_DIR.');
      return INTERRUPTED;
    }
    out('');
    out(await resultsTable(stack, calls, byId, config.typingTimes));
    out('');
    out(await crmReport(stack, config));
    const ok = [...calls.values()].every((c) => c.status === 'done' || c.status === 'needs_review');
    if (!opts.once) {
      const waiting = [...calls.values()].filter((c) => c.status === 'needs_review').length;
      out(`\nReview UI at ${stack.url}/ : sign in with the manager key ${keyOf('manager')}; ${waiting} call(s) await review there.`);
      out(`API: curl -H 'Authorization: Bearer ${keyOf('manager')}' '${stack.url}/v1/calls?review=pending'   (reference: ${stack.url}/docs)`);
      out('Press Ctrl-C to stop.');
      await stopAsked.promise;
    }
    return ok ? 0 : 1;
  } finally {
    stopAsked.dispose();
    await stack.stop();
  }
}

/** The exit code of a demo stopped by Ctrl-C (or SIGTERM) before it was done: 128 + SIGINT. */
const INTERRUPTED = 130;

/** SIGINT or SIGTERM from now on: `promise` settles and `signal` aborts at the first, `asked()` says whether one came; `dispose` stops listening. */
function stopSignal() {
  let asked = false;
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  // Aborted at the first signal too: polling the calls stops before the stack it reads is stopped.
  const aborted = new AbortController();
  const onSignal = () => {
    asked = true;
    aborted.abort();
    resolve();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    promise,
    signal: aborted.signal,
    asked: () => asked,
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/**
 * `demo --no-samples`: the embedded stack (API, workers, Redis, S3) with no calls fed, on PORT, with
 * API_KEYS (or fresh demo keys) and the telephony providers configured, until Ctrl-C: for pointing a
 * provider, a script or curl at it.
 */
async function stackOnly(config: Config, logger: Logger, out: (text: string) => void): Promise<number> {
  const stopAsked = stopSignal();
  const stack = await startStack({ config, logger, listen: { host: config.http.host, port: config.http.port }, crmSeed: await loadDemoCrmSeed() });
  try {
    const keyOf = printableKey(stack.apiKeys, config);
    const base = (config.http.publicBaseUrl ?? stack.url ?? '').replace(/\/+$/, '');
    out(`callscribe demo (no samples): API ${stack.url}; storage ${stack.ports.blobs.describe}; call index ${stack.index.describe}`);
    out(`review UI ${stack.url}/ : sign in with the manager key ${keyOf('manager')} (a rep: ${keyOf('rep')})`);
    // A manager may upload too: the upload line names the manager key when API_KEYS holds no rep key.
    const uploader = stack.apiKeys.some((k) => k.role === 'rep') ? 'rep' : 'manager';
    out(`upload: curl -H 'Authorization: Bearer ${keyOf(uploader)}' -F meta=@meta.json -F file=@call.wav ${stack.url}/v1/calls`);
    const providers = [...(stack.ports.telephony?.keys() ?? [])];
    if (providers.length === 0) out('telephony: no provider configured (see the README, "Telephony providers")');
    for (const p of providers) out(`telephony: ${p} webhook at ${base}/v1/webhooks/${p}`);
    if (providers.length && !config.http.publicBaseUrl) out('  (set PUBLIC_BASE_URL to the address providers reach: signatures are over that URL)');
    if (stack.storageEvents) out(`storage events: POST ${base}/v1/events/s3 (see the README, "Storage events")`);
    out('Press Ctrl-C to stop.');
    await stopAsked.promise;
    return 0;
  } finally {
    stopAsked.dispose();
    await stack.stop();
  }
}

async function resultsTable(stack: Stack, calls: Map<string, Call>, names: Map<string, string>, times: TypingTimes): Promise<string> {
  const rows: string[][] = [];
  const total = emptyWorkCounts();
  for (const [id, call] of calls) {
    const insights = await getJson(stack.ports.blobs, callKeys.insights(id), (raw) => Insights.parse(raw));
    const crm = await getJson(stack.ports.blobs, callKeys.crm(id), (raw) => CrmRecord.parse(raw));
    const findings = crm?.review.decisions.flatMap((d) => (d.finding ? [d.finding.type.replace(/_/g, ' ')] : [])) ?? [];
    const work = crm ? countWork({ call, insights, crm, decisions: crm.review.decisions, audit: crm.review.audit }) : null;
    if (work) addWorkCounts(total, work);
    const ok = (step: string) => call.steps.findLast((r) => r.step === step && r.outcome === 'ok');
    const ms = (step: string) => {
      const run = ok(step);
      // Chunks are transcribed by child jobs before the transcribe job merges them: count from the end of prepare.
      const prepared = step === 'transcribe' ? ok('prepare')?.finishedAt : null;
      if (run?.finishedAt && prepared) return String(Date.parse(run.finishedAt) - Date.parse(prepared));
      return run?.durationMs != null ? String(run.durationMs) : '-';
    };
    rows.push([
      names.get(id) ?? id,
      // A call held for review says why (its reason's code, e.g. TRANSCRIPT_UNRELIABLE), as a failed one says its error.
      [call.status, call.error?.code ?? /^[A-Z][A-Z0-9_]+(?=:)/.exec(call.review?.reason ?? '')?.[0]].filter(Boolean).join(' '),
      call.disposition ?? '-',
      call.providedTranscript ? 'sent with it' : (call.engines.transcriber?.engine ?? '-'),
      ms('prepare'),
      ms('transcribe'),
      ms('extract'),
      ms('sync'),
      String(insights?.actionItems.length ?? '-'),
      insights?.dealStage.proposed ?? '-',
      work ? timeSaved(work, times).netMinutesSaved.toFixed(1) : '-',
      findings.join(', ') || '-',
    ]);
  }
  const saved = timeSaved(total, times);
  const table = renderTable(['call', 'status', 'recording', 'transcript', 'prepare ms', 'transcribe ms*', 'extract ms', 'sync ms', 'actions', 'proposed stage', 'min saved', 'hygiene findings'], rows);
  const footnote = '* from the end of prepare to the transcript: chunks waiting for a free engine (the calls share it) included.';
  return `${table}\n${footnote}\n\nManual entry saved so far: ${saved.itemsWritten} items written to the CRM (${saved.minutesWritten} min of typing), ` +
    `${saved.corrections} corrections and ${saved.reviews} approvals (${saved.minutesCorrecting} min): ${saved.netMinutesSaved} min net. Review changes it; see the README, "Manual entry saved".`;
}

async function crmReport(stack: Stack, config: Config): Promise<string> {
  const crm = stack.ports.crm as Partial<LocalCrm>;
  if (!crm.snapshot) return `CRM: ${stack.ports.crm.kind}`;
  const data = await crm.snapshot();
  return `Local CRM: ${data.callLogs.length} call logs, ${data.tasks.length} tasks, ${data.stageChanges.length} stage changes (${join(config.dataDir, 'crm', 'local-crm.json')})`;
}

/** The rep e-mail the most calls name (the first of them on a tie), so the demo's rep key has calls to see; null when none names one. */
export function busiestRep(metas: readonly CallMeta[]): string | null {
  const counts = new Map<string, number>();
  for (const m of metas) {
    const email = m.rep?.email?.trim().toLowerCase();
    if (email) counts.set(email, (counts.get(email) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [email, n] of counts) if (best === null || n > counts.get(best)!) best = email;
  return best;
}

/**
 * The key to show for a role: the demo's own fresh keys are printed so they can be used; keys the user set
 * in API_KEYS are theirs and are never echoed to a terminal or a log (they are named, not shown).
 */
function printableKey(keys: readonly { role: string; key: string }[], config: Config): (role: string) => string {
  const own = config.http.apiKeys.length > 0;
  return (role) => {
    const key = keys.find((k) => k.role === role)?.key;
    if (!key) return `(no ${role} key in API_KEYS)`;
    return own ? `<your ${role} key from API_KEYS>` : key;
  };
}
