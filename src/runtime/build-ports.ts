import { tmpdir } from 'node:os';
import { createCrm, extractors, transcribers } from '../adapters/registry.ts';
import { loadTelephonySources } from '../adapters/telephony/registry.ts';
import type { LocalCrmSeed } from '../adapters/crm/local/local-crm.store.ts';
import type { Config } from '../config/env.ts';
import type { Logger } from '../logging/logger.ts';
import { crmReadRetryHook, telephonyWarningHook } from '../observability/instrument-ports.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { PipelinePorts } from '../pipeline/pipeline-ports.ts';
import type { BlobStore } from '../ports/blob-store.ts';

export interface BuildPortsOptions {
  /** Where telephony providers read their variables (default process.env). */
  env?: Record<string, string | undefined>;
  /**
   * What a local CRM that has no file yet starts with. Only `demo` passes one (its fixtures'
   * contacts and deals); everything else starts an empty local CRM.
   */
  crmSeed?: LocalCrmSeed;
  /** Where the CRM client's retried reads are counted (the same metrics the runtime counts the ports in). */
  metrics?: Metrics;
}

/** Wires the engines and CRM chosen by the configuration around a blob store. */
export async function buildPorts(config: Config, blobs: BlobStore, logger: Logger, opts: BuildPortsOptions = {}): Promise<PipelinePorts> {
  const env = opts.env ?? process.env;
  const clock = () => new Date();
  return {
    blobs,
    transcriber: transcribers[config.transcriber](config, { logger }),
    extractor: extractors[config.extractor](config, { logger }),
    crm: createCrm(config, { seed: opts.crmSeed, onReadRetry: crmReadRetryHook(config.crm, logger, opts.metrics), logger }),
    logger,
    clock,
    telephony: loadTelephonySources(env, { publicBaseUrl: config.http.publicBaseUrl, clock, warn: telephonyWarningHook(logger, opts.metrics) }),
    tmpDir: tmpdir(),
    publicBaseUrl: config.http.publicBaseUrl?.replace(/\/+$/, '') ?? null,
    policy: {
      dealStage: config.stagePolicy,
      autoMinConfidence: config.stageAutoMinConfidence,
      ...(config.staleDealDays ? { staleDealDays: config.staleDealDays } : {}),
      maxDurationSec: config.maxAudioSeconds,
      maxBytes: config.http.maxUploadBytes,
      unknownContact: config.unknownContact,
      autoClose: config.stageAutoClose,
      quality: config.quality,
      consentRequired: config.recordingConsentRequired,
    },
  };
}
