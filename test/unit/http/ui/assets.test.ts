import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { ASSETS, registerAssetRoutes } from '../../../../src/http/ui/assets.ts';

describe('asset routes', () => {
  it('serves app.css, app.js and call-watch.js with their type, an ETag and an hour of caching; 304 when unchanged; 404 otherwise', async () => {
    const app = Fastify();
    registerAssetRoutes(app);
    try {
      const css = await app.inject({ url: '/assets/app.css' });
      expect(css.statusCode).toBe(200);
      expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
      expect(css.headers['cache-control']).toBe('public, max-age=3600');
      expect(css.headers.etag).toBe(ASSETS['app.css']!.etag);
      expect(css.body).toContain(':focus-visible');
      const js = await app.inject({ url: '/assets/app.js' });
      expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(js.body).toContain('data-seek');
      expect((await app.inject({ url: '/assets/app.js', headers: { 'if-none-match': ASSETS['app.js']!.etag } })).statusCode).toBe(304);
      const watch = await app.inject({ url: '/assets/call-watch.js' });
      expect(watch.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(watch.body).toContain('data-watch');
      for (const name of ['nope.js', 'toString', '__proto__', '..%2Fhtml.ts']) expect((await app.inject({ url: `/assets/${name}` })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});
