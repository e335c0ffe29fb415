import { describe, expect, it } from 'vitest';
import { acceptedBody } from '../../../../src/adapters/crm/http/send-json.ts';
import { AppError } from '../../../../src/errors/app-error.ts';

const crm = { name: 'ExampleCRM', code: 'EXAMPLE_UNAVAILABLE' };
const answer = (status: number) => new Response(null, { status });

describe('acceptedBody', () => {
  it('parses a JSON body and keeps the status', () => {
    expect(acceptedBody(answer(201), '{"id":"7"}', 'POST /things', crm)).toEqual({ status: 201, body: { id: '7' } });
  });

  it('gives null for an empty body (204, or a 200 with nothing)', () => {
    expect(acceptedBody(answer(204), '', 'DELETE /things/7', crm)).toEqual({ status: 204, body: null });
  });

  it('throws a retryable unavailable error, named for the CRM, for a 2xx whose body is an HTML page', () => {
    let thrown: unknown;
    try {
      acceptedBody(answer(200), '<html>Service maintenance</html>', 'GET /things/7', crm);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: 'EXAMPLE_UNAVAILABLE', retryable: true, status: 200, kind: 'unavailable' });
    expect((thrown as AppError).message).toContain('ExampleCRM answered GET /things/7 with 200');
  });

  it('gives null for an expected error status whose body is not JSON (a plain 404 page)', () => {
    expect(acceptedBody(answer(404), 'Not Found', 'GET /things/8', crm)).toEqual({ status: 404, body: null });
  });
});
