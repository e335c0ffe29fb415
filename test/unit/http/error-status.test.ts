import { describe, expect, it } from 'vitest';
import { ERROR_CODES, serverFailureMessage, statusOfCode } from '../../../src/http/error-codes.ts';

describe('the status and message of an error answer', () => {
  it('a listed code answers its own status', () => {
    expect(statusOfCode('CALL_NOT_FOUND', false)).toBe(404);
    expect(statusOfCode('DEAL_NOT_FOUND', false, 'rejected')).toBe(422);
  });

  it('another service refusing what a request needed is 502, not the client\'s fault (400)', () => {
    expect(statusOfCode('HUBSPOT_AUTH', false, 'credentials')).toBe(502);
    // A refusal of the request's own value (a malformed deal id) is the request's problem.
    expect(statusOfCode('PIPEDRIVE_REJECTED', false, 'rejected')).toBe(400);
  });

  it('unlisted codes of our own: 400 when permanent, 503 when passing, whoever failed', () => {
    expect(statusOfCode('SOMETHING_ODD', false)).toBe(400);
    expect(statusOfCode('SALESFORCE_UNAVAILABLE', true, 'unavailable')).toBe(503);
  });

  it('a 5xx says nothing the failure itself said: listed codes their description, others a fixed sentence', () => {
    expect(serverFailureMessage('S3_UNAVAILABLE', 503)).toBe(ERROR_CODES.S3_UNAVAILABLE.description);
    expect(serverFailureMessage('HUBSPOT_AUTH', 502)).toMatch(/^A service callscribe depends on .* server log\.$/);
    expect(serverFailureMessage('HUBSPOT_AUTH', 500)).toBe(ERROR_CODES.INTERNAL.description);
  });
});
