import { createWriteStream, createReadStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { probeAudio } from '../audio/probe.ts';
import { toEngineWav } from '../audio/convert.ts';
import { channelRoles } from '../domain/call-meta.ts';
import { callKeys } from '../domain/call-keys.ts';
import type { Call } from '../domain/call.ts';
import { permanent } from '../errors/app-error.ts';
import { loadCall } from './call-record.ts';
import type { PipelinePorts, StepResult } from './pipeline-ports.ts';
import { withTempDir } from './temp-dir.ts';

/**
 * Probes the original recording and writes 16 kHz mono tracks for the engine: one per speaker for a
 * dual-channel call (roles from CallMeta, rep on channel 0 by default), one mixed track otherwise.
 */
export async function prepare(input: { callId: string }, ports: PipelinePorts): Promise<StepResult> {
  const call = await loadCall(ports.blobs, input.callId);
  return withTempDir(ports.tmpDir, async (dir) => {
    const original = join(dir, `original.${call.recording.key.split('.').pop()}`);
    await pipeline(await ports.blobs.getStream(call.recording.key), createWriteStream(original));
    const info = await probeAudio(original);
    if (info.durationSec > ports.policy.maxDurationSec) {
      throw permanent(
        'AUDIO_TOO_LONG',
        `The recording lasts ${Math.round(info.durationSec / 60)} min, over the ${Math.round(ports.policy.maxDurationSec / 60)} min limit. Split it or raise the limit.`,
      );
    }
    const wanted: { speaker: string; channel: number | null }[] = [];
    if (info.channels >= 2) {
      const roles = channelRoles(call.meta);
      wanted.push({ speaker: 'rep', channel: roles.rep }, { speaker: 'customer', channel: roles.customer });
    } else {
      wanted.push({ speaker: 'mixed', channel: null });
    }
    const tracks: NonNullable<Call['audio']>['tracks'] = [];
    for (const { speaker, channel } of wanted) {
      if (channel !== null && channel >= info.channels) {
        throw permanent('AUDIO_CHANNEL_MISSING', `CallMeta puts the ${speaker} on channel ${channel}, but the recording has ${info.channels} channels. Fix rep.channel / customer.channel in the meta.`);
      }
      const path = join(dir, `${speaker}.wav`);
      await toEngineWav(original, path, channel);
      const key = callKeys.track(call.id, speaker);
      await ports.blobs.put(key, createReadStream(path), { contentType: 'audio/wav' });
      tracks.push({ key, speaker, channel });
    }
    ports.logger.debug({ callId: call.id, channels: info.channels, durationSec: info.durationSec }, 'audio prepared');
    return {
      patch: {
        audio: { durationSec: info.durationSec, channels: info.channels, sampleRate: info.sampleRate, codec: info.codec, tracks },
      },
    };
  });
}
