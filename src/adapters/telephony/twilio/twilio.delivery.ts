import { permanent } from '../../../errors/app-error.ts';
import type { WebhookRequest } from '../../../ports/telephony-source.ts';
import { parseJsonBody } from '../webhook-utils.ts';
import type { TwilioParams } from './twilio.signature.ts';

/**
 * The three ways Twilio delivers a callback:
 * - `form`: a form-encoded POST; the signature covers the URL and the body's parameters;
 * - `query`: a GET with the parameters in the query; the signature covers the URL alone;
 * - `json`: a JSON body with `bodySHA256` in the URL; the signature covers the URL alone and the
 *   body must hash to `bodySHA256`.
 */
export type DeliveryForm = 'form' | 'query' | 'json';

export function deliveryForm(request: WebhookRequest): DeliveryForm {
  if (request.method !== 'POST') return 'query';
  return hasBodyHash(request.url) ? 'json' : 'form';
}

function hasBodyHash(url: string): boolean {
  try {
    return new URL(url).searchParams.has('bodySHA256');
  } catch {
    return false;
  }
}

/** A form body's parameters as Twilio signed them: a repeated key keeps all its values. */
export function formParams(rawBody: Buffer): TwilioParams {
  const params: TwilioParams = Object.create(null);
  for (const [key, value] of new URLSearchParams(rawBody.toString('utf8'))) {
    const seen = params[key];
    params[key] = seen === undefined ? value : [...[seen].flat(), value];
  }
  return params;
}

/** The callback's fields (the first value of each), from the body or the query as the form says. */
export function deliveryFields(request: WebhookRequest): Record<string, string> {
  const fields: Record<string, string> = Object.create(null);
  const form = deliveryForm(request);
  if (form === 'json') {
    const body = parseJsonBody(request.rawBody, 'Twilio');
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      throw permanent('WEBHOOK_PAYLOAD_INVALID', 'The Twilio delivery\'s JSON body is not an object of callback fields.');
    }
    for (const [key, value] of Object.entries(body)) {
      if (typeof value === 'string' || typeof value === 'number') fields[key] = String(value);
    }
    return fields;
  }
  const source = form === 'form' ? new URLSearchParams(request.rawBody.toString('utf8')) : queryOf(request.url);
  for (const [key, value] of source) if (!(key in fields)) fields[key] = value;
  return fields;
}

function queryOf(url: string): URLSearchParams {
  try {
    return new URL(url).searchParams;
  } catch {
    return new URLSearchParams();
  }
}
