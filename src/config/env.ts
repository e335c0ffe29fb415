import { z } from 'zod';
import { crmModules, type CrmConfig, type CrmName } from '../adapters/registry.ts';
import { readFileSync } from 'node:fs';
import { StageKey } from '../domain/insights.ts';
import { TypingTimesOverrides, typingTimesWith, type TypingTimes } from '../domain/typing-times.ts';
import { API_KEYS_HOW_TO, parseApiKeys, type ApiKey } from './api-keys.ts';
import { httpUrl, optionalVar, parseAdapterEnv } from './adapter-env.ts';
import { ConfigError } from './config-error.ts';
import { cronPatternProblem } from '../queues/cron-pattern.ts';
import { defaultBulkConcurrency, LANES, type Lane } from '../queues/lanes.ts';

// New code imports ConfigError from config-error.ts: this module imports the adapter registry (for the CRM modules).
export { ConfigError };

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const opt = optionalVar;
/** A server's base URL: http or https, path included (`http://speaches:8000/v1`). */
const baseUrl = httpUrl('http://speaches:8000/v1');
/** The CRMs the registry lists; read when parsing, not on import (some adapters import this module, so the registry may still be loading). */
const crmNames = () => Object.keys(crmModules) as [CrmName, ...CrmName[]];

function jsonText(text: string, ctx: z.RefinementCtx): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be JSON' });
    return z.NEVER;
  }
}

const EnvSchema = z.object({
  REDIS_URL: opt(z.string().regex(/^rediss?:\/\//, 'must look like redis://host:6379')),
  S3_ENDPOINT: opt(httpUrl()),
  S3_REGION: opt(z.string()),
  S3_BUCKET: opt(z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name')),
  S3_FORCE_PATH_STYLE: opt(flag),
  TRANSCRIBER: opt(z.enum(['local', 'openai'])),
  EXTRACTOR: opt(z.enum(['rules', 'openai'])),
  OPENAI_API_KEY: opt(z.string()),
  OPENAI_BASE_URL: opt(baseUrl),
  /** Each engine's own server and key (a self-hosted Whisper server, Ollama…); unset, OPENAI_BASE_URL and OPENAI_API_KEY. */
  TRANSCRIBE_BASE_URL: opt(baseUrl),
  TRANSCRIBE_API_KEY: opt(z.string()),
  EXTRACT_BASE_URL: opt(baseUrl),
  EXTRACT_API_KEY: opt(z.string()),
  TRANSCRIBE_MODEL: opt(z.string()),
  EXTRACT_MODEL: opt(z.string()),
  TRANSCRIBE_CONCURRENCY: opt(z.coerce.number().int().min(1).max(32)),
  TRANSCRIBE_AUDIO_FORMAT: opt(z.enum(['wav', 'flac'])),
  /** Each CRM's own variables (HUBSPOT_*, …) are read by its module, in loadConfig. */
  CRM: opt(z.lazy(() => z.enum(crmNames()))),
  STAGE_POLICY: opt(z.enum(['review', 'auto', 'off'])),
  CRM_UNKNOWN_CONTACT: opt(z.enum(['review', 'create'])),
  CRM_STAGE_MAP: opt(
    z
      .string()
      .transform((text, ctx) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'must be JSON' });
          return z.NEVER;
        }
      })
      .pipe(z.partialRecord(StageKey, z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()])).min(1)]))),
  ),
  /** Seconds per item of manual entry, over the defaults (src/domain/typing-times.ts): inline JSON, or a JSON file by TYPING_TIMES_FILE. */
  TYPING_TIMES: opt(z.string().transform(jsonText).pipe(TypingTimesOverrides)),
  TYPING_TIMES_FILE: opt(z.string().min(1)),
  STAGE_AUTO_CLOSE: opt(flag),
  STAGE_AUTO_MIN_CONFIDENCE: opt(z.coerce.number().min(0).max(1)),
  /** A call's deal unchanged in the CRM this many days before the call is a hygiene finding; 0 turns the check off. */
  STALE_DEAL_DAYS: opt(z.coerce.number().int().min(0).max(3650)),
  /** A word the speech engine scored below this is not evidence of anything; default: the engine's own. */
  MIN_EVIDENCE_CONFIDENCE: opt(z.coerce.number().min(0).max(1)),
  /** A transcript with a larger share of words below MIN_EVIDENCE_CONFIDENCE is not summarised; default: the engine's own. */
  TRANSCRIPT_MAX_LOW_CONFIDENCE_SHARE: opt(z.coerce.number().min(0).max(1)),
  REDACT_CONTACTS: opt(flag),
  /** Process only calls whose meta says recording consent was granted (all-party-consent places); unset: only `refused` stops a call. */
  RECORDING_CONSENT_REQUIRED: opt(flag),
  DATA_DIR: opt(z.string()),
  /** Days a call's audio is kept, counted from when it was received; unset: forever. */
  RETENTION_AUDIO_DAYS: opt(z.coerce.number().int().min(1)),
  /** Days a call is kept at all (objects and index row); unset: forever. */
  RETENTION_CALL_DAYS: opt(z.coerce.number().int().min(1)),
  /** When the retention sweep runs (cron, UTC); it also runs when workers start. */
  RETENTION_SWEEP_CRON: opt(
    z
      .string()
      .trim()
      .regex(/^\S+(\s+\S+){4,5}$/, 'must be a cron pattern of 5 (or 6, with seconds) fields')
      .superRefine((pattern, ctx) => {
        const problem = cronPatternProblem(pattern);
        if (problem) ctx.addIssue({ code: 'custom', message: `is not a cron pattern the scheduler can run: ${problem}` });
      }),
  ),
  DATABASE_URL: opt(z.string().regex(/^postgres(ql)?:\/\/[^\s]+$/, 'must be a postgres:// or postgresql:// URL')),
  PORT: opt(z.coerce.number().int().min(0).max(65535)),
  HOST: opt(z.string()),
  API_KEYS: opt(
    z.string().transform((text, ctx) => {
      const { keys, problems } = parseApiKeys(text);
      if (problems.length) {
        ctx.addIssue({ code: 'custom', message: problems.join('; ') });
        return z.NEVER;
      }
      return keys;
    }),
  ),
  /** Signs browser sessions; when unset, a secret is derived from API_KEYS (so changing the keys signs everyone out). */
  SESSION_SECRET: opt(z.string().min(32, 'must be 32+ characters; generate one with openssl rand -hex 32')),
  // Built into links and webhook URLs that others see: a user name or password in it would be published.
  PUBLIC_BASE_URL: opt(httpUrl('https://calls.example.com').refine((u) => !new URL(u).username && !new URL(u).password, 'must not carry a user name or password (user:password@)')),
  /**
   * Behind reverse proxies: how many of them to trust for X-Forwarded-For / X-Forwarded-Proto (client address,
   * https). `true` is one; the client writes every entry before the nearest proxy's, so none of those is trusted.
   */
  TRUST_PROXY: opt(z.string().regex(/^(true|false|[0-9])$/, 'must be true, false or a number of proxies (0-9)').transform((v) => (v === 'true' ? 1 : v === 'false' ? 0 : Number(v)))),
  MAX_UPLOAD_BYTES: opt(z.coerce.number().int().positive()),
  /** The longest recording accepted, in seconds; longer ones fail AUDIO_TOO_LONG. */
  MAX_AUDIO_SECONDS: opt(z.coerce.number().int().positive()),
  WORKER_CONCURRENCY: opt(z.coerce.number().int().min(1).max(64)),
  /** Bulk jobs (backfills, reprocesses, reindex) per step per process, on workers of their own; default a quarter of WORKER_CONCURRENCY. */
  WORKER_BULK_CONCURRENCY: opt(z.coerce.number().int().min(1).max(64)),
  /**
   * The lanes a `work` process takes jobs from: `interactive,bulk` (the default), `interactive` or `bulk`. A
   * process of bulk work alone runs at a lower CPU priority, so on a shared host uploads get the CPU first.
   */
  WORKER_LANES: opt(
    z
      .string()
      .transform((text) => [...new Set(text.split(',').map((l) => l.trim()).filter(Boolean))])
      .pipe(z.array(z.enum(LANES as [Lane, ...Lane[]], { error: 'each lane must be interactive or bulk' })).min(1, 'name at least one lane: interactive, bulk, or interactive,bulk')),
  ),
  WORKER_LOCK_MS: opt(z.coerce.number().int().min(1000)),
  /** On SIGTERM, how long running jobs may finish before the worker exits and leaves them to be retried. */
  WORKER_DRAIN_MS: opt(z.coerce.number().int().min(0)),
  /** `work`: serve GET /metrics on this port (the API serves its own on PORT). */
  METRICS_PORT: opt(z.coerce.number().int().min(1).max(65535)),
  LOG_LEVEL: opt(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
});

/** The variables loadConfig reads itself (the chosen CRM's are its module's). */
export const CONFIG_VARIABLES = Object.keys(EnvSchema.shape);

export interface Config {
  redisUrl: string | null;
  s3: { endpoint: string | null; region: string; bucket: string; forcePathStyle: boolean };
  transcriber: 'local' | 'openai';
  extractor: 'rules' | 'openai';
  /** Settings of the `openai` engines, each with its own server: OpenAI's API, or any OpenAI-compatible server. */
  openai: {
    transcribe: OpenAiEndpoint & {
      /** Chunk requests at a time; null: the engine's default (8 on OpenAI's API, 2 on a server of your own). */
      concurrency: number | null;
      /** TRANSCRIBE_AUDIO_FORMAT: how chunks are stored and sent; null: the engine's default (WAV). */
      audioFormat: 'wav' | 'flac' | null;
    };
    extract: OpenAiEndpoint;
  };
  crm: CrmName;
  /** The chosen CRM's own settings, as its module read them (`src/adapters/crm/<crm>/<crm>.module.ts`). */
  crmConfig: CrmConfig;
  stagePolicy: 'review' | 'auto' | 'off';
  /** A customer no CRM contact matches: park the call for review, or create the contact. */
  unknownContact: 'review' | 'create';
  /** Canonical stage key → the CRM's own stage (HubSpot stage id, Salesforce StageName, Pipedrive stage_id), for custom pipelines. */
  stageMap: Partial<Record<StageKey, string | number | (string | number)[]>>;
  /** Let STAGE_POLICY=auto close deals (won / lost) too; by default a manager confirms every close. */
  stageAutoClose: boolean;
  stageAutoMinConfidence: number;
  /** STALE_DEAL_DAYS: null when 0 (not checked). */
  staleDealDays: number | null;
  /** MIN_EVIDENCE_CONFIDENCE and TRANSCRIPT_MAX_LOW_CONFIDENCE_SHARE when set (else each engine's own). */
  quality: { minEvidenceConfidence?: number; maxLowConfidenceShare?: number };
  /** Also redact e-mail addresses and phone numbers (cards and national ids always are). */
  redactContacts: boolean;
  /**
   * RECORDING_CONSENT_REQUIRED: a call whose meta does not say `recordingConsent: "granted"` (unknown or absent)
   * is stopped like a refused one (see `enforceConsent`); false: only `refused` stops a call.
   */
  recordingConsentRequired: boolean;
  /** RETENTION_AUDIO_DAYS, RETENTION_CALL_DAYS (null: keep forever) and when the sweep runs (RETENTION_SWEEP_CRON, default 03:30 UTC daily). */
  retention: { audioDays: number | null; callDays: number | null; sweepCron: string };
  dataDir: string;
  /** Postgres server for the call index; null: PGlite under `${dataDir}/index`. */
  databaseUrl: string | null;
  http: {
    port: number;
    host: string;
    apiKeys: ApiKey[];
    maxUploadBytes: number;
    /** SESSION_SECRET, or null to derive the session secret from the API keys. */
    sessionSecret: string | null;
    /** PUBLIC_BASE_URL; when it starts with https, session cookies are always `Secure`. */
    publicBaseUrl: string | null;
    /** TRUST_PROXY: how many reverse proxies to trust for the client address and protocol (X-Forwarded-*); 0 for none. */
    trustProxy: number;
  };
  /** MAX_AUDIO_SECONDS: recordings longer than this fail with AUDIO_TOO_LONG. */
  maxAudioSeconds: number;
  workerConcurrency: number;
  workerBulkConcurrency: number;
  /** WORKER_LANES: the lanes this process's workers take jobs from (see queues/lanes.ts). */
  workerLanes: Lane[];
  /** How long a job stays locked to a worker that stopped answering before another worker takes it over. */
  workerLockMs: number;
  /** WORKER_DRAIN_MS: how long SIGTERM waits for running jobs (default 30 s). */
  workerDrainMs: number;
  /** METRICS_PORT: where a worker process (`work`) serves GET /metrics; null: it serves none. */
  metricsPort: number | null;
  /** LOG_LEVEL when set; each command has its own default (services `info`, the demo `warn`). */
  logLevel: string | null;
  /** Seconds per item of manual entry: the defaults, with TYPING_TIMES_FILE's and then TYPING_TIMES's overrides. */
  typingTimes: TypingTimes;
}

/** Where one `openai` engine sends its requests. */
export interface OpenAiEndpoint {
  /** null: no key (allowed only with a base URL: a self-hosted server that takes any key or none). */
  apiKey: string | null;
  /** null: OpenAI's API. */
  baseURL: string | null;
  model: string;
}

const FIXES: Record<string, string> = {
  REDIS_URL: 'e.g. REDIS_URL=redis://127.0.0.1:6379',
  DATABASE_URL: 'e.g. DATABASE_URL=postgres://callscribe:PASSWORD@127.0.0.1:5432/callscribe, or leave it unset to keep the call index in PGlite under DATA_DIR',
  S3_ENDPOINT: 'e.g. S3_ENDPOINT=http://127.0.0.1:9000 for MinIO; leave unset for AWS',
  TRANSCRIBER: 'use TRANSCRIBER=local (offline) or TRANSCRIBER=openai',
  EXTRACTOR: 'use EXTRACTOR=rules (offline) or EXTRACTOR=openai',
  STAGE_POLICY: 'use STAGE_POLICY=review, auto or off',
  TRANSCRIBE_AUDIO_FORMAT: 'use TRANSCRIBE_AUDIO_FORMAT=flac (lossless, a third of the bytes) if the transcription server decodes FLAC, else wav',
  API_KEYS: API_KEYS_HOW_TO,
  METRICS_PORT: 'e.g. METRICS_PORT=9464 for a worker process’s GET /metrics, or leave it unset',
  TRUST_PROXY: 'use TRUST_PROXY=true behind one reverse proxy that sets X-Forwarded-For and X-Forwarded-Proto (a number for a chain of them, e.g. 2 for a CDN and a load balancer), else false',
  RETENTION_AUDIO_DAYS: 'a whole number of days, e.g. RETENTION_AUDIO_DAYS=90; leave it unset to keep recordings forever',
  RETENTION_CALL_DAYS: 'a whole number of days, e.g. RETENTION_CALL_DAYS=365; leave it unset to keep calls forever',
  RETENTION_SWEEP_CRON: 'e.g. RETENTION_SWEEP_CRON="30 3 * * *" (daily at 03:30 UTC)',
  TYPING_TIMES: 'seconds per item as JSON, e.g. TYPING_TIMES={"word":1.2,"callLog":20}; items: callLog, callLogField, word, association, task, taskOwner, taskDueDate, stageChange, fieldFixed, edit, editedWord, rejection, review',
  CRM_STAGE_MAP: 'e.g. CRM_STAGE_MAP={"contractsent":"Negotiation/Review","closedwon":"Closed Won"} with the canonical stage keys of DESIGN.md (Pipedrive: numeric stage_ids, open stages only)',
};

/** Why an `openai` engine has nowhere to go (no key for OpenAI's API, no server of its own), or null. */
function unreachable(endpoint: OpenAiEndpoint, setting: string, prefix: string, offline: string): string | null {
  if (endpoint.apiKey || endpoint.baseURL) return null;
  return (
    `${setting} needs OpenAI credentials: set OPENAI_API_KEY (or ${prefix}_API_KEY), or point ${prefix}_BASE_URL ` +
    `at a self-hosted OpenAI-compatible server (no key needed), or use ${offline}.`
  );
}

/** Parses the environment once. Throws ConfigError naming every bad variable and how to fix it. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const crms = crmNames();
  const fixes: Record<string, string> = { ...FIXES, CRM: `use CRM=${crms.slice(0, -1).join(', ')} or ${crms.at(-1)}` };
  const e = parseAdapterEnv(EnvSchema, env, fixes);
  /**
   * An engine's own server and key, else the shared OPENAI_BASE_URL and OPENAI_API_KEY. An engine with a
   * server of its own never gets OPENAI_API_KEY: a key goes only to the server it was set for.
   */
  const endpoint = (apiKey: string | undefined, baseURL: string | undefined, model: string): OpenAiEndpoint =>
    baseURL ? { apiKey: apiKey ?? null, baseURL, model } : { apiKey: apiKey ?? e.OPENAI_API_KEY ?? null, baseURL: e.OPENAI_BASE_URL ?? null, model };
  const transcribe = endpoint(e.TRANSCRIBE_API_KEY, e.TRANSCRIBE_BASE_URL, e.TRANSCRIBE_MODEL ?? 'whisper-1');
  const extract = endpoint(e.EXTRACT_API_KEY, e.EXTRACT_BASE_URL, e.EXTRACT_MODEL ?? 'gpt-4o-mini');
  // An engine of its own server (TRANSCRIBE_BASE_URL…) or with a key is meant to be used.
  const transcriber = e.TRANSCRIBER ?? (transcribe.apiKey || e.TRANSCRIBE_BASE_URL ? 'openai' : 'local');
  const extractor = e.EXTRACTOR ?? (extract.apiKey || e.EXTRACT_BASE_URL ? 'openai' : 'rules');
  const problems = [
    transcriber === 'openai' && unreachable(transcribe, 'TRANSCRIBER=openai', 'TRANSCRIBE', 'TRANSCRIBER=local'),
    extractor === 'openai' && unreachable(extract, 'EXTRACTOR=openai', 'EXTRACT', 'EXTRACTOR=rules'),
  ].filter((p) => typeof p === 'string');
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  const typingTimes = typingTimesWith({ ...(e.TYPING_TIMES_FILE ? typingTimesFile(e.TYPING_TIMES_FILE) : {}), ...e.TYPING_TIMES });
  const crm = e.CRM ?? 'local';
  const crmConfig = crmModules[crm].configFromEnv(env);
  return {
    redisUrl: e.REDIS_URL ?? null,
    s3: {
      endpoint: e.S3_ENDPOINT ?? null,
      region: e.S3_REGION ?? 'us-east-1',
      bucket: e.S3_BUCKET ?? 'callscribe',
      forcePathStyle: e.S3_FORCE_PATH_STYLE ?? Boolean(e.S3_ENDPOINT),
    },
    transcriber,
    extractor,
    openai: { transcribe: { ...transcribe, concurrency: e.TRANSCRIBE_CONCURRENCY ?? null, audioFormat: e.TRANSCRIBE_AUDIO_FORMAT ?? null }, extract },
    crm,
    crmConfig,
    stagePolicy: e.STAGE_POLICY ?? 'review',
    unknownContact: e.CRM_UNKNOWN_CONTACT ?? 'review',
    stageMap: e.CRM_STAGE_MAP ?? {},
    stageAutoClose: e.STAGE_AUTO_CLOSE ?? false,
    stageAutoMinConfidence: e.STAGE_AUTO_MIN_CONFIDENCE ?? 0.8,
    staleDealDays: (e.STALE_DEAL_DAYS ?? 30) || null,
    quality: { minEvidenceConfidence: e.MIN_EVIDENCE_CONFIDENCE, maxLowConfidenceShare: e.TRANSCRIPT_MAX_LOW_CONFIDENCE_SHARE },
    redactContacts: e.REDACT_CONTACTS ?? false,
    recordingConsentRequired: e.RECORDING_CONSENT_REQUIRED ?? false,
    retention: { audioDays: e.RETENTION_AUDIO_DAYS ?? null, callDays: e.RETENTION_CALL_DAYS ?? null, sweepCron: e.RETENTION_SWEEP_CRON ?? '30 3 * * *' },
    dataDir: e.DATA_DIR ?? '.data',
    databaseUrl: e.DATABASE_URL ?? null,
    http: {
      port: e.PORT ?? 8080,
      host: e.HOST ?? '127.0.0.1',
      apiKeys: e.API_KEYS ?? [],
      maxUploadBytes: e.MAX_UPLOAD_BYTES ?? 500 * 1024 * 1024,
      sessionSecret: e.SESSION_SECRET ?? null,
      publicBaseUrl: e.PUBLIC_BASE_URL ?? null,
      trustProxy: e.TRUST_PROXY ?? 0,
    },
    maxAudioSeconds: e.MAX_AUDIO_SECONDS ?? 4 * 3600,
    workerConcurrency: e.WORKER_CONCURRENCY ?? 2,
    workerBulkConcurrency: e.WORKER_BULK_CONCURRENCY ?? defaultBulkConcurrency(e.WORKER_CONCURRENCY ?? 2),
    workerLanes: e.WORKER_LANES ?? [...LANES],
    workerLockMs: e.WORKER_LOCK_MS ?? 30_000,
    workerDrainMs: e.WORKER_DRAIN_MS ?? 30_000,
    metricsPort: e.METRICS_PORT ?? null,
    logLevel: e.LOG_LEVEL ?? null,
    typingTimes,
  };
}

/** TYPING_TIMES_FILE's overrides; a file that cannot be read or is not the right JSON is a ConfigError saying which. */
function typingTimesFile(path: string) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`TYPING_TIMES_FILE: ${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}); point it at a JSON file of seconds per item, or unset it.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError(`TYPING_TIMES_FILE: ${path} is not JSON; ${FIXES.TYPING_TIMES}.`);
  }
  const parsed = TypingTimesOverrides.safeParse(json);
  if (!parsed.success) throw new ConfigError(`TYPING_TIMES_FILE: ${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')}; ${FIXES.TYPING_TIMES}.`);
  return parsed.data;
}
