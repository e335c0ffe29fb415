import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { freePort } from '../helpers/free-port.ts';
import { startService, until, type ServiceProcess } from '../helpers/service-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const SECRET = `whsec_${Buffer.from('demo-no-samples-secret-0123456').toString('base64')}`;
const KEY = 'manager:lee@example.com:demo-Key-0123456789abcdef';

// `demo --no-samples`: the embedded stack alone (API, workers, Redis, S3), on PORT with API_KEYS and the
// providers configured, feeding no sample calls; a signed webhook reaches it.
describe('callscribe demo --no-samples', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let demo: ServiceProcess;
  let port: number;
  beforeAll(async () => {
    temp = await makeTempDir();
    port = await freePort();
    demo = startService(['demo', '--no-samples'], {
      DATA_DIR: temp.dir, PORT: String(port), API_KEYS: KEY,
      GENERIC_WEBHOOK_SECRET: SECRET, GENERIC_RECORDING_ORIGINS: 'https://recordings.example.com',
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, MINIO_WEBHOOK_TOKEN: 'demo-minio-token-0123456789',
    });
    await until(() => demo.output().includes('Press Ctrl-C'), 'the demo to start', 60_000);
  });
  afterAll(async () => {
    if (demo && demo.child.exitCode === null) demo.child.kill('SIGKILL');
    await temp?.cleanup();
  });

  it('serves on PORT with API_KEYS, names the webhook URL, takes a signed delivery, lists no sample calls, and stops on SIGINT', async () => {
    expect(demo.output()).toContain(`telephony: generic webhook at http://127.0.0.1:${port}/v1/webhooks/generic`);
    // The user's own keys are named, never echoed to the terminal (the demo's fresh keys are printed to be used).
    expect(demo.output()).not.toContain(KEY.split(':')[2]);
    expect(demo.output()).toContain('sign in with the manager key <your manager key from API_KEYS>');
    // API_KEYS holds no rep key: the upload line names the manager's, and the storage-event route is named.
    expect(demo.output()).toContain(`upload: curl -H 'Authorization: Bearer <your manager key from API_KEYS>'`);
    expect(demo.output()).toContain(`storage events: POST http://127.0.0.1:${port}/v1/events/s3`);
    const auth = { authorization: `Bearer ${KEY.split(':')[2]}` };
    const list = await (await fetch(`http://127.0.0.1:${port}/v1/calls`, { headers: auth })).json() as { calls: unknown[] };
    expect(list.calls).toEqual([]);

    const id = `msg_${randomUUID()}`;
    const body = JSON.stringify({ recordingUrl: 'https://recordings.example.com/a.wav', recordingId: 'demo-1', meta: {} });
    const at = new Date();
    const res = await fetch(`http://127.0.0.1:${port}/v1/webhooks/generic`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': new Webhook(SECRET).sign(id, at, body) },
      body,
    });
    expect(res.status).toBe(202);

    demo.child.kill('SIGINT');
    expect(await demo.exited).toBe(0);
  });
});
