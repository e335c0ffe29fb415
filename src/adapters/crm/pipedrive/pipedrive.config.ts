import { z } from 'zod';
import { ConfigError } from '../../../config/config-error.ts';
import { apiBaseUrl, defaultPhoneRegion, onReadRetry, readTries, requestTimeoutMs, retrySleep } from '../config-fields.ts';

/** Canonical keys a Pipedrive *stage* can stand for; won and lost are deal statuses in Pipedrive, not stages. */
const OPEN_STAGE_KEYS = ['appointmentscheduled', 'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent'] as const;
const OpenStageKey = z.enum(OPEN_STAGE_KEYS);
const StageId = z.number().int().positive();

/** What is wrong with CRM_STAGE_MAP, in its own terms: zod's words for a record's keys and unions say little. */
const stageMapIssue = (issue: z.core.$ZodIssue) =>
  issue.code === 'unrecognized_keys' || issue.code === 'invalid_key'
    ? `CRM_STAGE_MAP for Pipedrive maps only the open stage keys (${OPEN_STAGE_KEYS.join(', ')}): closedwon and closedlost are a deal's status there, not stages`
    : `CRM_STAGE_MAP for Pipedrive gives stage_ids, numbers (e.g. {"contractsent":7}), not stage names`;

/** Settings of the Pipedrive CRM adapter; the environment maps onto them (PIPEDRIVE_API_TOKEN, PIPEDRIVE_BASE_URL, …). */
export const PipedriveCrmConfig = z.object({
  apiToken: z.string().trim().min(1, 'set PIPEDRIVE_API_TOKEN to a Pipedrive API token (Personal preferences → API)'),
  baseUrl: apiBaseUrl('https://api.pipedrive.com'),
  timeoutMs: requestTimeoutMs,
  defaultPhoneRegion,
  /**
   * Canonical key → Pipedrive stage_id (one id, or one per pipeline). Stages not listed are matched by name
   * (see `STAGE_NAMES` in the mapper). closedwon / closedlost are not stages: they set the deal's status.
   */
  stageMap: z.partialRecord(OpenStageKey, z.union([StageId, z.array(StageId).min(1)])).default({}),
  /**
   * How long Pipedrive's person search may take to show a person created or changed (it is a search service fed from the
   * writes, not the records themselves); a createContact that an earlier attempt may have sent searches again after it.
   * Pipedrive documents no figure.
   */
  searchSettleMs: z.number().int().min(0).default(10_000),
  readTries,
  onReadRetry,
  sleep: retrySleep,
  fetch: z.custom<typeof fetch>((v) => typeof v === 'function', 'fetch must be a function').optional(),
  clock: z.custom<() => Date>((v) => typeof v === 'function', 'clock must be a function').optional(),
});
export type PipedriveCrmConfig = z.input<typeof PipedriveCrmConfig>;

export type PipedriveSettings = z.output<typeof PipedriveCrmConfig>;

export function parsePipedriveConfig(config: PipedriveCrmConfig): PipedriveSettings {
  const parsed = PipedriveCrmConfig.safeParse(config);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => (i.path[0] === 'stageMap' ? stageMapIssue(i) : `${i.path.join('.') || 'config'}: ${i.message}`)).join('; ');
  throw new ConfigError(`Pipedrive CRM configuration is invalid: ${issues}`);
}
