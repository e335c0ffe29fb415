import type { FastifyInstance } from 'fastify';
import { buildOpenApiDocument } from '../openapi/build-document.ts';
import { renderDocsPage } from '../ui/docs.page.ts';

/** `GET /docs` (the reference as a page) and `GET /docs/openapi.json` (OpenAPI 3.1); built once, open to all (no call data). */
export async function docsRoutes(app: FastifyInstance): Promise<void> {
  const document = buildOpenApiDocument();
  const json = JSON.stringify(document);
  const pageHtml = renderDocsPage(document);
  app.get('/docs/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(json));
  app.get('/docs', async (_request, reply) => reply.type('text/html; charset=utf-8').send(pageHtml));
}
