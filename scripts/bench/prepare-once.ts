// Child process of the bench: ingests one recording into a directory store and runs `prepare` on it,
// then prints its own peak RSS (MB) and the prepare time (ms) as JSON on stdout.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { tmpdir } from 'node:os';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { ingest } from '../../src/pipeline/ingest.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { prepare } from '../../src/pipeline/prepare.ts';
import { storeUpload } from '../../src/pipeline/store-upload.ts';

const [file, storeDir, maxChunkSec] = process.argv.slice(2) as [string, string, string];
const blobs = createFsBlobStore(storeDir);
const ports = {
  blobs,
  transcriber: { engine: 'none', model: null, maxChunkSec: Number(maxChunkSec), transcribe: () => Promise.reject(new Error('not used')) },
  logger: silentLogger,
  clock: () => new Date(),
  tmpDir: tmpdir(),
  policy: { dealStage: 'off', autoMinConfidence: 1, maxDurationSec: 6 * 3600, maxBytes: 4e9 },
} as unknown as PipelinePorts;
const upload = await storeUpload(blobs, createReadStream(file), 4e9);
const { call } = await ingest({ ...upload, filename: basename(file), contentType: null, meta: {} }, ports);
const start = performance.now();
const result = await prepare({ callId: call.id }, ports);
const ms = performance.now() - start;
const chunks = result.patch?.audio?.tracks.reduce((n, t) => n + t.chunks.length, 0) ?? 0;
process.stdout.write(`${JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024, chunks })}\n`);
