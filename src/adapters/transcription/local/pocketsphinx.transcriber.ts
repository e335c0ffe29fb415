import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { z } from 'zod';
import { sortSegments, transcriptText, type Segment, type Transcript } from '../../../domain/transcript.ts';
import { permanent, retryable } from '../../../errors/app-error.ts';
import type { Transcriber } from '../../../ports/transcriber.ts';
import { parseSphinxOutput } from './pocketsphinx-output.ts';

const run = promisify(execFile);

const LocalConfig = z.object({
  binary: z.string().default('pocketsphinx_continuous'),
  modelDir: z.string().default('/usr/share/pocketsphinx/model/en-us'),
});
export type LocalTranscriberConfig = z.input<typeof LocalConfig>;

/**
 * The offline engine: CMU pocketsphinx with its US-English acoustic model and default language model.
 * Each track is recognised separately, so dual-channel calls come out as `rep` / `customer`; a mixed
 * track is labelled `S1` (pocketsphinx does not diarize). English only.
 */
export function createLocalTranscriber(config: LocalTranscriberConfig = {}): Transcriber {
  const cfg = LocalConfig.parse(config);
  const model = `pocketsphinx-en-us`;
  return {
    engine: 'local',
    model,
    async transcribe({ tracks, language }) {
      if (language && !language.toLowerCase().startsWith('en')) {
        throw permanent('TRANSCRIBE_LANGUAGE_UNSUPPORTED', `The local engine only recognises English; this call is "${language}". Use TRANSCRIBER=openai for other languages.`);
      }
      const segments: Segment[] = [];
      // Tracks are independent recognitions: run them side by side (one pocketsphinx process each).
      const outputs = await Promise.all(tracks.map((track) => recognise(cfg, track.path)));
      for (const [i, track] of tracks.entries()) {
        const speaker = track.speaker ?? 'S1';
        for (const words of parseSphinxOutput(outputs[i]!)) {
          segments.push({
            speaker,
            startSec: round(words[0]!.startSec),
            endSec: round(words.at(-1)!.endSec),
            text: words.map((w) => w.word).join(' '),
            confidence: round(words.reduce((sum, w) => sum + w.confidence, 0) / words.length),
          });
        }
      }
      const sorted = sortSegments(segments);
      const speakerIds = [...new Set(tracks.map((t) => t.speaker ?? 'S1'))];
      const transcript: Transcript = {
        schemaVersion: 1,
        engine: 'local',
        model,
        language: 'en',
        durationSec: round(Math.max(0, ...tracks.map((t) => t.durationSec))),
        speakers: speakerIds.map((id) => ({ id, role: id === 'rep' || id === 'customer' ? id : 'unknown' })),
        segments: sorted,
        text: transcriptText(sorted),
      };
      return transcript;
    },
  };
}

async function recognise(cfg: z.infer<typeof LocalConfig>, wavPath: string): Promise<string> {
  const args = [
    '-infile', wavPath,
    '-time', 'yes',
    '-logfn', '/dev/null',
    '-hmm', `${cfg.modelDir}/en-us`,
    '-lm', `${cfg.modelDir}/en-us.lm.bin`,
    '-dict', `${cfg.modelDir}/cmudict-en-us.dict`,
  ];
  try {
    const { stdout } = await run(cfg.binary, args, { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw permanent('TRANSCRIBER_MISSING', `${cfg.binary} is not installed. Run \`npm run bootstrap\` (or apt-get install pocketsphinx pocketsphinx-en-us).`, err);
    }
    throw retryable('TRANSCRIBE_FAILED', `pocketsphinx failed on ${wavPath}: ${(err as Error).message}`, err);
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
