// A worker-like process for tests: starts the local engine (pocketsphinx) on the WAV file given as its
// argument and waits for it. Tests kill this process and look at what becomes of the engine.
import { createLocalTranscriber } from '../../src/adapters/transcription/local/pocketsphinx.transcriber.ts';

const [path, durationSec] = process.argv.slice(2);
const transcriber = createLocalTranscriber({ languageModel: 'default' });
process.stdout.write('started\n');
await transcriber.transcribe({ callId: 'engine-parent', tracks: [{ path: path!, durationSec: Number(durationSec), speaker: null }], vocabulary: [], language: null });
