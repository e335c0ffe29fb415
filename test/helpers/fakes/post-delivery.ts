import type { WebhookRequest } from '../../../src/ports/telephony-source.ts';

/** POSTs a built delivery to its URL (for benches and end-to-end tests against a running service). */
export async function postDelivery(delivery: WebhookRequest): Promise<Response> {
  const headers = Object.fromEntries(Object.entries(delivery.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, [v].flat().join(', ')]])));
  // fetch sets the length of the body it sends.
  delete headers['content-length'];
  return fetch(delivery.url, { method: delivery.method, headers, body: delivery.method === 'POST' ? delivery.rawBody : undefined });
}
