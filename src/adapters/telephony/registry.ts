import type { SourceWarning, TelephonyDeps, TelephonyModule, TelephonySource } from '../../ports/telephony-source.ts';
import { aircallTelephony } from './aircall/aircall.source.ts';
import { genericTelephony } from './generic/generic.source.ts';
import { ringcentralTelephony } from './ringcentral/ringcentral.source.ts';
import { twilioTelephony } from './twilio/twilio.source.ts';
import { zoomTelephony } from './zoom/zoom.source.ts';

/** Every telephony provider callscribe can take calls from: one line each. */
const MODULES: readonly TelephonyModule<any>[] = [twilioTelephony, zoomTelephony, aircallTelephony, ringcentralTelephony, genericTelephony];

/** Every variable the providers read. */
export const TELEPHONY_VARIABLES: readonly string[] = MODULES.flatMap((module) => module.variables);

/** The providers whose variables are set, ready for the webhook route and the ingest worker. Throws ConfigError for bad variables. */
export function loadTelephonySources(env: Record<string, string | undefined>, deps: TelephonyDeps): Map<string, TelephonySource> {
  const sources = new Map<string, TelephonySource>();
  for (const module of MODULES) {
    const config = module.configFromEnv(env);
    if (config !== null) sources.set(module.provider, heard(module.create(config, deps), deps.warn));
  }
  return sources;
}

/** The source with every warning its downloads return also told to `warn` (logged and counted), in one place for every provider. */
function heard(source: TelephonySource, warn: ((warning: SourceWarning) => void) | undefined): TelephonySource {
  if (!warn) return source;
  return {
    ...source,
    async download(event, fetch) {
      const download = await source.download(event, fetch);
      for (const w of download.warnings ?? []) warn(w);
      return download;
    },
  };
}

