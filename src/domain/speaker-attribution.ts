import type { CallMeta } from './call-meta.ts';
import type { Speaker, Transcript } from './transcript.ts';

/** Only introductions early in the call count. */
const INTRO_WINDOW_SEC = 120;

const firstName = (name: string | null | undefined) => name?.trim().split(/\s+/)[0]?.toLowerCase() || null;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const introduces = (name: string) =>
  new RegExp(`(?:^|[^\\p{L}])(?:this is|it's|it is|i'm|i am|my name is|me llamo|soy|habla|le habla)\\s+${escape(name)}(?![\\p{L}])`, 'iu');

/**
 * Per-channel roles, and whether they are only assumed: the meta gives a source's usual layout
 * (`channelsAssumed`), or places nobody, so the rep is on channel 0 by default (`channelRoles`).
 */
function byChannel(meta: CallMeta): NonNullable<Transcript['attribution']> {
  if (meta.channelsAssumed) return { method: 'channels', assumed: true, detail: `One audio channel per speaker, roles assumed. ${meta.channelsAssumed}` };
  if (meta.rep?.channel == null && meta.customer?.channel == null) {
    return { method: 'channels', assumed: true, detail: 'One audio channel per speaker, roles assumed: the call meta does not say whose channel is which, so the rep is taken to be on channel 0 (left) and the customer on 1.' };
  }
  return { method: 'channels', detail: 'One audio channel per speaker, roles from the call meta.' };
}

/**
 * Gives speakers their roles and says how. Per-channel calls already have `rep` / `customer` (`byChannel`). On a
 * mono call the engine's speakers (S1, S2…) are mapped only on clear evidence: a speaker introducing
 * themselves by the rep's or the customer's first name (from CallMeta) in the first two minutes; with
 * two speakers the other one takes the other role. Conflicting or missing evidence leaves them unknown.
 */
export function attributeSpeakers(transcript: Transcript, meta: CallMeta): Transcript {
  const ids = [...new Set(transcript.segments.map((s) => s.speaker))];
  if (transcript.speakers.some((s) => s.id === 'rep' || s.id === 'customer')) return { ...transcript, attribution: byChannel(meta) };
  const none = (detail: string): Transcript => ({ ...transcript, attribution: { method: 'none', detail } });
  if (ids.length < 2) return none('The engine did not separate speakers in this mono recording.');
  const names = { rep: firstName(meta.rep?.name), customer: firstName(meta.customer?.name) };
  const found = new Map<string, { role: 'rep' | 'customer'; at: number }>();
  for (const segment of transcript.segments) {
    if (segment.startSec > INTRO_WINDOW_SEC) break;
    for (const role of ['rep', 'customer'] as const) {
      const name = names[role];
      if (!name || !introduces(name).test(segment.text)) continue;
      const earlier = found.get(segment.speaker);
      if (earlier && earlier.role !== role) return none(`${segment.speaker} introduced themselves as both the rep and the customer; roles left unknown.`);
      found.set(segment.speaker, { role, at: segment.startSec });
    }
  }
  const roles = new Map([...found].map(([id, f]) => [id, f.role]));
  if (new Set(roles.values()).size !== roles.size) return none('Two speakers introduced themselves with the same role; roles left unknown.');
  if (roles.size === 0) return none('No speaker introduced themselves by the rep\'s or the customer\'s name; roles left unknown.');
  if (ids.length === 2 && roles.size === 1) {
    const [known] = [...roles.values()];
    roles.set(ids.find((id) => !roles.has(id))!, known === 'rep' ? 'customer' : 'rep');
  }
  const speakers: Speaker[] = ids.map((id) => ({ id, role: roles.get(id) ?? 'unknown' }));
  const detail = [...found].map(([id, f]) => `${id} introduced themselves as the ${f.role} at ${f.at.toFixed(1)}s`).join('; ');
  return { ...transcript, speakers, attribution: { method: 'introductions', detail: `${detail}${ids.length === 2 && found.size === 1 ? '; the other speaker takes the other role' : ''}.` } };
}
