// One worker process of the pipeline bench (pipeline-bench.ts starts one or two): every step's BullMQ
// workers of the lanes WORKER_LANES names, built from the environment the way `callscribe work` builds them (OpenAI engines pointed at the
// bench's OpenAI fake), with the bench's CRM in place of a real one. Its CRM waits go to the parent over IPC.
// Answers "cpu" with its CPU time so far; stops (running jobs finish) on "stop".
import { STEP_NAMES } from '../../src/domain/call.ts';
import { loadConfig } from '../../src/config/env.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { createIndexNotifier } from '../../src/queues/index-queue.ts';
import { buildPorts } from '../../src/runtime/build-ports.ts';
import { redisOptionsFromUrl } from '../../src/runtime/redis-connection.ts';
import { lowerPriorityForLanes } from '../../src/runtime/run-workers.ts';
import { s3FromConfig } from '../../src/runtime/s3-from-config.ts';
import { startQueueRuntime } from '../../src/runtime/workers-runtime.ts';
import { createBenchCrm } from './bench-crm.ts';
import { processCpuMs } from './proc-cpu.ts';

const config = loadConfig(process.env);
// As `work` does: a process of bulk jobs alone runs at a lower CPU priority.
lowerPriorityForLanes(config, silentLogger);
const blobs = s3FromConfig(config, { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! });
const crm = createBenchCrm(Number(process.env.BENCH_CRM_LATENCY_MS), (wait) => process.send!({ crmWait: wait }));
// As `work` does: each change of a call is told to the index owner through its queue. (The owner, the API
// process, is not run here: the refreshes are queued and not made.)
const notifier = createIndexNotifier(redisOptionsFromUrl(config.redisUrl!), process.env.BENCH_PREFIX!);
const ports = { ...(await buildPorts(config, blobs, silentLogger)), crm, onCallChanged: notifier.notify };
const runtime = startQueueRuntime(STEP_NAMES, ports, silentLogger, {
  connection: redisOptionsFromUrl(config.redisUrl!),
  prefix: process.env.BENCH_PREFIX!,
  concurrency: config.workerConcurrency,
  bulkConcurrency: config.workerBulkConcurrency,
  lanes: config.workerLanes,
});
await Promise.all(runtime.workers.map((w) => w.waitUntilReady()));
process.send!({ ready: true });
process.on('message', async (msg: { stop?: boolean; cpu?: boolean }) => {
  if (msg.cpu) process.send!({ cpuMs: processCpuMs() });
  if (!msg.stop) return;
  await runtime.close();
  await notifier.close();
  process.exit(0);
});
