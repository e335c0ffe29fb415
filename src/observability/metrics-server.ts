import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReadinessCheck } from '../http/readiness.ts';
import type { Logger } from '../logging/logger.ts';
import type { Metrics } from './metrics.ts';
import { answerReadiness } from './worker-readiness.ts';

/**
 * A worker process's `GET /metrics` on its own port (METRICS_PORT): workers serve no API, and each
 * worker process counts its own jobs, so Prometheus scrapes each one (as it scrapes the API's `/metrics`).
 * With `readiness`, `GET /readyz` answers whether those checks pass (see `answerReadiness`).
 */
export async function startMetricsServer(metrics: Metrics, at: { host: string; port: number }, logger: Logger, readiness?: readonly ReadinessCheck[]): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = req.url?.split('?', 1)[0];
    if (req.method === 'GET' && path === '/readyz' && readiness) {
      answerReadiness(readiness, res, logger);
      return;
    }
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Only GET /metrics${readiness ? ' and GET /readyz are' : ' is'} served here.\n`);
      return;
    }
    metrics.registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' }).end(text),
      (err: unknown) => {
        logger.error({ err }, 'could not collect metrics');
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Metrics could not be collected; see the logs.\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(at.port, at.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${at.host.includes(':') ? `[${at.host}]` : at.host}:${port}/metrics`;
  logger.info({ url }, 'worker metrics served');
  return {
    url,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
