import { describe, expect, it } from 'vitest';
import { runOnRecording } from '../../../src/audio/media-input.ts';
import { permanent, type AppError } from '../../../src/errors/app-error.ts';
import { until } from '../../helpers/service-process.ts';

describe('runOnRecording', () => {
  it('reports ffmpeg ended by a signal (a worker stopping kills it) as retryable, not as an unreadable recording', async () => {
    // Reads a source that never ends, until it is killed.
    const { child, exited } = runOnRecording('ffmpeg', ['-v', 'error', '-re', '-f', 'lavfi', '-i', 'anullsrc', '-f', 'null', '-'], 'generated', (line) => permanent('AUDIO_CORRUPT', line));
    await until(() => child.pid !== undefined, 'ffmpeg to start');
    child.kill('SIGKILL');
    const err = (await exited.catch((e: unknown) => e)) as AppError;
    expect({ code: err.code, retryable: err.retryable }).toEqual({ code: 'AUDIO_TOOL_STOPPED', retryable: true });
  });
});
