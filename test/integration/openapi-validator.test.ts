import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../src/http/openapi/build-document.ts';

/**
 * The document /docs/openapi.json serves (openapi.test.ts checks it is exactly buildOpenApiDocument()),
 * checked against the OpenAPI 3.1 JSON Schema by an independent validator, not by our own reading of the spec.
 */
describe('the OpenAPI document, by an OpenAPI validator', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const served = JSON.parse(JSON.stringify(buildOpenApiDocument())) as Record<string, unknown>;
    const result = await validator.validate(served);
    expect(validator.version).toBe('3.1');
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('finds a broken document invalid, so a pass means something', async () => {
    const broken = { ...JSON.parse(JSON.stringify(buildOpenApiDocument())), info: { title: 'callscribe' } };
    const result = await new Validator().validate(broken);
    expect(result.valid).toBe(false);
  });
});
