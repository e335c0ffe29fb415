import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createFsBlobStore } from '../../adapters/storage/fs/fs.blob-store.ts';
import type { Config } from '../../config/env.ts';
import { callKeys } from '../../domain/call-keys.ts';
import { Transcript } from '../../domain/transcript.ts';
import { toAppError } from '../../errors/app-error.ts';
import type { Logger } from '../../logging/logger.ts';
import { getJson } from '../../ports/blob-store.ts';
import type { CrmAdapter } from '../../ports/crm.ts';
import { gatedExtract } from '../../pipeline/extract.ts';
import { runInProcess, type InProcessRetry } from '../../pipeline/run-in-process.ts';
import { buildPorts } from '../../runtime/build-ports.ts';
import { UsageError } from '../cli-error.ts';
import { readMeta, safeJson } from '../read-meta.ts';

interface Io {
  stdout: (text: string) => void;
  /** Progress a person watches while the command waits (retries); never the command's output. */
  stderr?: (text: string) => void;
}

/** One line per wait, e.g. "sync: HUBSPOT_RATE_LIMITED (429); retrying in 2 s (attempt 2 of 5)". */
function retryProgress(io: Io): InProcessRetry {
  return {
    onWait: ({ step, attempt, attempts, delayMs, error }) =>
      io.stderr?.(`${step}: ${error.code}${error.status ? ` (${error.status})` : ''}; retrying in ${delayMs < 1000 ? `${delayMs} ms` : `${Math.round(delayMs / 1000)} s`} (attempt ${attempt + 1} of ${attempts})`),
  };
}

/**
 * The file a command reads, or a UsageError a person can act on: no path given, no such file, a
 * directory, or a file that cannot be read.
 */
async function requireFile(path: string | undefined, what: string, command: string): Promise<string> {
  const usage = `callscribe ${command} ${what} [--meta META.json]`;
  if (!path) throw new UsageError(`\`${command}\` needs ${what}: ${usage}.`);
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' || code === 'ENOTDIR' ? `${what} ${path} does not exist; check the path.` : `Cannot read ${what} ${path} (${code}); check its permissions.`);
  }
  if (info.isDirectory()) throw new UsageError(`${what} ${path} is a directory; give one file: ${usage}.`);
  if (!info.isFile()) throw new UsageError(`${what} ${path} is not a regular file; give one file: ${usage}.`);
  await access(path, constants.R_OK).catch((err: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read ${what} ${path} (${err.code}); check its permissions.`);
  });
  return path;
}

/**
 * A one-shot run checks the CRM's credentials before any work, with the adapter's `ping`: sync alone may never
 * ask the CRM (a contact or deal id in the meta that cannot name one of its records is "not found" without a
 * request, and the call would wait for review), and the engines would be paid for a call that cannot be synced.
 * Only refused credentials stop the run here; a CRM that does not answer is left to sync's retries.
 */
async function requireCrmCredentials(crm: CrmAdapter): Promise<void> {
  if (!crm.ping) return;
  try {
    await crm.ping();
  } catch (err) {
    const error = toAppError(err);
    if (error.kind === 'credentials') throw error;
  }
}

/** `process AUDIO [--meta META.json]`: the whole pipeline in-process, artifacts under DATA_DIR. */
export async function processCommand(args: { file?: string; meta?: string }, config: Config, logger: Logger, io: Io): Promise<void> {
  const file = await requireFile(args.file, 'AUDIO', 'process');
  const meta = await readMeta(args.meta);
  const blobs = createFsBlobStore(config.dataDir);
  const ports = await buildPorts(config, blobs, logger);
  await requireCrmCredentials(ports.crm);
  const call = await runInProcess(file, meta, ports, { maxUploadBytes: config.http.maxUploadBytes, retry: retryProgress(io) });
  const read = (key: string) => getJson(blobs, key, (raw) => raw);
  io.stdout(
    JSON.stringify(
      { call, transcript: await read(callKeys.transcript(call.id)), insights: await read(callKeys.insights(call.id)), crm: await read(callKeys.crm(call.id)) },
      null,
      2,
    ),
  );
}

/** `transcribe AUDIO [--meta META.json]`: prepare + transcribe; prints the Transcript. */
export async function transcribeCommand(args: { file?: string; meta?: string }, config: Config, logger: Logger, io: Io): Promise<void> {
  const file = await requireFile(args.file, 'AUDIO', 'transcribe');
  const meta = await readMeta(args.meta);
  const blobs = createFsBlobStore(config.dataDir);
  const ports = await buildPorts(config, blobs, logger);
  const call = await runInProcess(file, meta, ports, { until: 'transcribe', maxUploadBytes: config.http.maxUploadBytes, retry: retryProgress(io) });
  io.stdout(JSON.stringify(await getJson(blobs, callKeys.transcript(call.id), (raw) => raw), null, 2));
}

/** `extract TRANSCRIPT.json [--meta META.json]`: extraction only; prints Insights. */
export async function extractCommand(args: { file?: string; meta?: string }, config: Config, logger: Logger, io: Io): Promise<void> {
  const file = await requireFile(args.file, 'TRANSCRIPT.json', 'extract');
  const parsed = Transcript.safeParse(safeJson(await readFile(file, 'utf8'), file));
  if (!parsed.success) throw new UsageError(`${file} is not a Transcript: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const meta = await readMeta(args.meta);
  const ports = await buildPorts(config, createFsBlobStore(join(config.dataDir)), logger);
  // Through the same quality gate as the pipeline: an unreliable transcript is not summarised, unsure words are masked.
  const insights = await gatedExtract(parsed.data, meta, ports);
  io.stdout(JSON.stringify(insights, null, 2));
}
