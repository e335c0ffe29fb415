import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

export interface Asset {
  body: Buffer;
  type: string;
  /** A strong ETag from the content hash. */
  etag: string;
}

function load(name: string, type: string): Asset {
  const body = readFileSync(new URL(`./assets/${name}`, import.meta.url));
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
  return { body, type, etag: `"${hash}"` };
}

/** The review UI's static files, read once at start. */
export const ASSETS: Readonly<Record<string, Asset>> = Object.freeze({
  'app.css': load('app.css', 'text/css; charset=utf-8'),
  'app.js': load('app.js', 'text/javascript; charset=utf-8'),
  'call-watch.js': load('call-watch.js', 'text/javascript; charset=utf-8'),
  'favicon.svg': load('favicon.svg', 'image/svg+xml'),
});

/** `GET /assets/:name`: the files above (304 on a matching If-None-Match), 404 for any other name. */
export function registerAssetRoutes(app: FastifyInstance): void {
  app.get<{ Params: { name: string } }>('/assets/:name', async (request, reply) => {
    const asset = Object.hasOwn(ASSETS, request.params.name) ? ASSETS[request.params.name] : undefined;
    if (!asset) return reply.code(404).send({ error: { code: 'ASSET_NOT_FOUND', message: `No asset named ${request.params.name}.` } });
    reply.header('cache-control', 'public, max-age=3600').header('etag', asset.etag).header('x-content-type-options', 'nosniff');
    const match = request.headers['if-none-match'];
    if (match && match.split(',').some((t) => t.trim() === asset.etag)) return reply.code(304).send();
    return reply.type(asset.type).send(asset.body);
  });
}
