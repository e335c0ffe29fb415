import { crmModules } from '../adapters/registry.ts';
import { STORAGE_EVENTS_VARIABLES } from '../adapters/storage-events/storage-events.config.ts';
import { TELEPHONY_VARIABLES } from '../adapters/telephony/registry.ts';
import { NOTIFY_VARIABLES } from '../notify/notify-env.ts';
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

/** A variable under one of callscribe's prefixes that it does not read, and the known name closest to it. */
export interface UnknownVariable {
  name: string;
  /** null when no known name is close enough to be the one meant. */
  suggestion: string | null;
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

/** The set variables that look like callscribe's own but are not read: warned about at start, never refused. */
export function unknownVariables(env: Record<string, string | undefined>): UnknownVariable[] {
  const known = knownVariables();
  return Object.keys(env)
    .filter((name) => env[name] !== undefined && !known.has(name) && OWN_PREFIXES.some((prefix) => name.startsWith(prefix)))
    .sort()
    .map((name) => ({ name, suggestion: closest(name, known) }));
}

/** The warning's text: what is ignored and, when there is one, the name probably meant. */
export const unknownVariableMessage = ({ name, suggestion }: UnknownVariable) =>
  `${name} is not a setting callscribe reads, so it is ignored${suggestion ? ` (did you mean ${suggestion}?)` : ''}`;

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

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
