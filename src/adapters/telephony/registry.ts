import type { TelephonyDeps, TelephonyModule, TelephonySource } from '../../ports/telephony-source.ts';
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
    if (config !== null) sources.set(module.provider, module.create(config, deps));
  }
  return sources;
}

