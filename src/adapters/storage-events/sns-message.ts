/**
 * Amazon SNS's HTTP(S) delivery envelope: its shape, the string SNS signs, and which hosts its URLs may
 * point at. Pure functions; the signature check itself is in sns-signature.ts.
 */

export type SnsMessageType = 'Notification' | 'SubscriptionConfirmation' | 'UnsubscribeConfirmation';

const MESSAGE_TYPES: readonly SnsMessageType[] = ['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation'];

/** The fields of an SNS envelope that callscribe reads; SNS sends them all as strings. */
export interface SnsMessage {
  Type: SnsMessageType;
  MessageId: string;
  TopicArn: string;
  Message: string;
  Timestamp: string;
  SignatureVersion: string;
  Signature: string;
  SigningCertURL: string;
  Subject?: string;
  /** Subscription and unsubscription confirmations only. */
  SubscribeURL?: string;
  Token?: string;
}

/** The fields signed, in the order SNS concatenates them, per message type (AWS "Verifying the signatures of Amazon SNS messages"). */
const SIGNED_FIELDS: Record<SnsMessageType, readonly (keyof SnsMessage)[]> = {
  Notification: ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
  UnsubscribeConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
};

export type SnsShapeProblem = { problem: 'not-sns' | 'signature-missing' | 'invalid'; detail: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for anything that looks like an SNS envelope (a Type and a TopicArn), valid or not. */
export function looksLikeSns(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && typeof value.Type === 'string' && typeof value.TopicArn === 'string';
}

/** Reads an SNS envelope, or says what is wrong with it. A null Subject (as Lambda shows it) counts as absent. */
export function readSnsMessage(value: unknown): SnsMessage | SnsShapeProblem {
  if (!looksLikeSns(value)) return { problem: 'not-sns', detail: 'The body is not an SNS message (no Type and TopicArn).' };
  if (!MESSAGE_TYPES.includes(value.Type as SnsMessageType)) {
    return { problem: 'invalid', detail: `SNS message type "${String(value.Type).slice(0, 40)}" is not one callscribe handles.` };
  }
  if (typeof value.Signature !== 'string' || !value.Signature || typeof value.SigningCertURL !== 'string') {
    return { problem: 'signature-missing', detail: 'The SNS message has no Signature or SigningCertURL.' };
  }
  const type = value.Type as SnsMessageType;
  const required = ['MessageId', 'Message', 'Timestamp', 'SignatureVersion', ...(type === 'Notification' ? [] : ['SubscribeURL', 'Token'])];
  const missing = required.filter((k) => typeof value[k] !== 'string');
  if (missing.length > 0) return { problem: 'invalid', detail: `The SNS ${type} lacks ${missing.join(', ')}.` };
  const optional = ['Subject', 'SubscribeURL', 'Token'].filter((k) => value[k] !== undefined && value[k] !== null && typeof value[k] !== 'string');
  if (optional.length > 0) return { problem: 'invalid', detail: `The SNS ${type} has non-text ${optional.join(', ')}.` };
  const message: SnsMessage = {
    Type: type,
    MessageId: value.MessageId as string,
    TopicArn: value.TopicArn as string,
    Message: value.Message as string,
    Timestamp: value.Timestamp as string,
    SignatureVersion: value.SignatureVersion as string,
    Signature: value.Signature,
    SigningCertURL: value.SigningCertURL,
  };
  for (const k of ['Subject', 'SubscribeURL', 'Token'] as const) if (typeof value[k] === 'string') message[k] = value[k];
  return message;
}

export const isSnsProblem = (m: SnsMessage | SnsShapeProblem): m is SnsShapeProblem => 'problem' in m;

/** The string SNS signs: `name\nvalue\n` for each of the type's fields that is present, in order. */
export function snsStringToSign(message: SnsMessage): string {
  return SIGNED_FIELDS[message.Type]
    .filter((k) => typeof message[k] === 'string')
    .map((k) => `${k}\n${message[k]}\n`)
    .join('');
}

const SNS_HOST = /^sns\.[a-z]{2}(-[a-z]+)+-\d{1,2}\.amazonaws\.com(\.cn)?$/;

function snsUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const clean = url.protocol === 'https:' && url.port === '' && url.username === '' && url.password === '';
  return clean && SNS_HOST.test(url.hostname) ? url : null;
}

/** An SNS signing certificate's URL: https, on an `sns.<region>.amazonaws.com(.cn)` host, a `.pem` path. */
export function isTrustedCertificateUrl(raw: string): boolean {
  const url = snsUrl(raw);
  return url !== null && url.pathname.endsWith('.pem');
}

/**
 * The URL to visit to confirm an SNS subscription, for a verified SubscriptionConfirmation whose
 * SubscribeURL is an SNS `ConfirmSubscription` call; null for anything else. Visit it only after
 * `verifyStorageEvent` accepted the message, and never log it (its token is a capability).
 */
export function subscriptionToConfirm(message: unknown): string | null {
  const m = readSnsMessage(message);
  if (isSnsProblem(m) || m.Type !== 'SubscriptionConfirmation' || !m.SubscribeURL) return null;
  const url = snsUrl(m.SubscribeURL);
  return url && url.searchParams.get('Action') === 'ConfirmSubscription' ? url.href : null;
}
