import { crmModules } from '../adapters/registry.ts';
import { STORAGE_EVENTS_VARIABLES } from '../adapters/storage-events/storage-events.config.ts';
import { TELEPHONY_VARIABLES } from '../adapters/telephony/registry.ts';
import { NOTIFY_VARIABLES } from '../notify/notify-env.ts';
import { editDistance } from '../domain/text.ts';
import { CONFIG_VARIABLES } from './env.ts';

/**
 * Prefixes of callscribe's own settings. A set variable under one of them that no code reads is most
 * likely a typo (RETENTION_AUDIO_DAY): unread, it would leave the default silently in force.
 */
const OWN_PREFIXES = [
  'RETENTION_', 'STAGE_', 'STALE_', 'WORKER_', 'CRM', 'HUBSPOT_', 'SALESFORCE_', 'PIPEDRIVE_', 'TWILIO_', 'ZOOM_', 'AIRCALL_',
  'RINGCENTRAL_', 'GENERIC_', 'OPENAI_', 'TRANSCRIBE', 'TRANSCRIPT_', 'EXTRACT', 'REDACT_', 'NOTIFY_', 'S3_', 'MAX_', 'MIN_EVIDENCE',
  'TYPING_TIMES', 'SESSION_SECRET', 'PUBLIC_BASE_URL', 'TRUST_PROXY', 'METRICS_PORT', 'API_KEYS',
];

/** Read by the OpenAI SDK itself (its log level, extra headers), which the engines build. */
const SDK_VARIABLES = ['OPENAI_LOG', 'OPENAI_CUSTOM_HEADERS'];

/**
 * The variables Kubernetes gives every pod for each Service in its namespace (a Service `worker`:
 * WORKER_SERVICE_HOST, WORKER_SERVICE_PORT_METRICS, WORKER_PORT, WORKER_PORT_9464_TCP_ADDR…): never typos.
 */
const SERVICE_LINK = /_SERVICE_HOST$|_SERVICE_PORT(_|$)|_PORT$|_PORT_\d+_(TCP|UDP|SCTP)(_|$)/;

/** A variable under one of callscribe's prefixes that it does not read, and the known name it is close to. */
export interface UnknownVariable {
  name: string;
  suggestion: string;
}

/** Every variable callscribe or one of its adapters reads, whichever are turned on. */
export function knownVariables(): Set<string> {
  return new Set([
    ...CONFIG_VARIABLES,
    ...Object.values(crmModules).flatMap((module) => module.variables),
    ...TELEPHONY_VARIABLES,
    ...STORAGE_EVENTS_VARIABLES,
    ...NOTIFY_VARIABLES,
    ...SDK_VARIABLES,
  ]);
}

/**
 * The set variables that look like a misspelt setting of callscribe's (under one of its prefixes, and
 * close to a setting it reads): warned about at start, never refused. Other tools' variables under the
 * same prefixes (MAX_OLD_SPACE_SIZE, OPENAI_ORG_ID, Kubernetes service links) are not close to any, and stay quiet.
 */
export function unknownVariables(env: Record<string, string | undefined>): UnknownVariable[] {
  const known = knownVariables();
  return Object.keys(env)
    .filter((name) => env[name] !== undefined && !known.has(name) && OWN_PREFIXES.some((prefix) => name.startsWith(prefix)) && !SERVICE_LINK.test(name))
    .sort()
    .flatMap((name) => {
      const suggestion = closest(name, known);
      return suggestion ? [{ name, suggestion }] : [];
    });
}

/** The warning's text: what is ignored and, when there is one, the name probably meant. */
export const unknownVariableMessage = ({ name, suggestion }: UnknownVariable) =>
  `${name} is not a setting callscribe reads, so it is ignored (did you mean ${suggestion}?)`;

/** The known name fewest edits away, if within a quarter of the name's length (at least 2 edits), or one it begins. */
function closest(name: string, known: Set<string>): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const candidate of known) {
    // A name cut short (MAX_UPLOAD) is one edit from the setting it starts.
    const d = candidate.startsWith(name) ? 1 : editDistance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
