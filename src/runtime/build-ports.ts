import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createCrm, extractors, transcribers } from '../adapters/registry.ts';
import { loadTelephonySources } from '../adapters/telephony/registry.ts';
import type { LocalCrmSeed } from '../adapters/crm/local/local-crm.store.ts';
import type { Config } from '../config/env.ts';
import type { Logger } from '../logging/logger.ts';
import type { PipelinePorts } from '../pipeline/pipeline-ports.ts';
import type { BlobStore } from '../ports/blob-store.ts';

/** The local CRM starts with the demo's contacts and deals (fixtures/crm/seed.json). */
export const DEMO_CRM_SEED = fileURLToPath(new URL('../../fixtures/crm/seed.json', import.meta.url));

export async function loadDemoSeed(): Promise<LocalCrmSeed> {
  return JSON.parse(await readFile(DEMO_CRM_SEED, 'utf8')) as LocalCrmSeed;
}

/** Wires the engines and CRM chosen by the configuration around a blob store. */
export async function buildPorts(config: Config, blobs: BlobStore, logger: Logger, env: Record<string, string | undefined> = process.env): Promise<PipelinePorts> {
  const clock = () => new Date();
  return {
    blobs,
    transcriber: transcribers[config.transcriber](config, { logger }),
    extractor: extractors[config.extractor](config, { logger }),
    crm: createCrm(config, config.crm === 'local' ? await loadDemoSeed() : undefined),
    logger,
    clock,
    telephony: loadTelephonySources(env, { publicBaseUrl: config.http.publicBaseUrl, clock }),
    tmpDir: tmpdir(),
    publicBaseUrl: config.http.publicBaseUrl?.replace(/\/+$/, '') ?? null,
    policy: {
      dealStage: config.stagePolicy,
      autoMinConfidence: config.stageAutoMinConfidence,
      maxDurationSec: 4 * 3600,
      maxBytes: config.http.maxUploadBytes,
      unknownContact: config.unknownContact,
      autoClose: config.stageAutoClose,
      quality: config.quality,
    },
  };
}
