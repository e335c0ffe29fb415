import { X509Certificate, createVerify } from 'node:crypto';
import { AppError, retryable } from '../../errors/app-error.ts';
import type { Verdict } from '../../ports/telephony-source.ts';
import type { CertificateFetcher } from './sns-certificates.ts';
import { isTrustedCertificateUrl, snsStringToSign, type SnsMessage } from './sns-message.ts';

/** SNS retries a delivery with the same Timestamp for at most an hour (its delivery policy's ceiling). */
export const SNS_MAX_AGE_MS = 60 * 60 * 1000;
/** Clock skew tolerated for a Timestamp in the future. */
export const SNS_MAX_SKEW_MS = 5 * 60 * 1000;

const ALGORITHM: Record<string, string> = { '1': 'RSA-SHA1', '2': 'RSA-SHA256' };

const refuse = (code: Exclude<Verdict, { ok: true }>['code'], reason: string): Verdict => ({ ok: false, code, reason });

/**
 * Checks an SNS message's signature with the certificate its SigningCertURL names (fetched only from an
 * SNS host), that its topic is one we accept, and that its Timestamp is under an hour old.
 * Rejects with a retryable AppError when the certificate cannot be fetched for a passing reason.
 */
export async function verifySnsSignature(
  message: SnsMessage,
  now: Date,
  deps: { topicArns: readonly string[]; fetchCertificate: CertificateFetcher },
): Promise<Verdict> {
  const algorithm = ALGORITHM[message.SignatureVersion];
  if (!algorithm) return refuse('WEBHOOK_SIGNATURE_INVALID', `SNS SignatureVersion ${message.SignatureVersion.slice(0, 10)} is not supported (1 or 2).`);
  if (!isTrustedCertificateUrl(message.SigningCertURL)) {
    return refuse('WEBHOOK_SIGNATURE_INVALID', 'The SNS SigningCertURL is not an https .pem URL on an sns.<region>.amazonaws.com host.');
  }
  if (!deps.topicArns.includes(message.TopicArn)) {
    return refuse('WEBHOOK_SIGNATURE_INVALID', `SNS topic ${message.TopicArn.slice(0, 300)} is not in S3_EVENTS_SNS_TOPIC_ARNS.`);
  }
  const cert = await loadCertificate(message.SigningCertURL, deps.fetchCertificate);
  if (!cert) return refuse('WEBHOOK_SIGNATURE_INVALID', 'The SNS signing certificate could not be fetched or read.');
  if (now.getTime() < Date.parse(cert.validFrom) || now.getTime() > Date.parse(cert.validTo)) {
    return refuse('WEBHOOK_SIGNATURE_INVALID', 'The SNS signing certificate is not valid at this time.');
  }
  const verifier = createVerify(algorithm).update(snsStringToSign(message), 'utf8');
  if (!verifier.verify(cert.publicKey, Buffer.from(message.Signature, 'base64'))) {
    return refuse('WEBHOOK_SIGNATURE_INVALID', 'The SNS message signature does not match its certificate.');
  }
  const sent = Date.parse(message.Timestamp);
  if (Number.isNaN(sent)) return refuse('WEBHOOK_PAYLOAD_INVALID', 'The SNS Timestamp is not a date.');
  if (now.getTime() - sent > SNS_MAX_AGE_MS || sent - now.getTime() > SNS_MAX_SKEW_MS) {
    return refuse('WEBHOOK_STALE', 'The SNS message was sent more than an hour ago (or is dated in the future).');
  }
  return { ok: true };
}

/** The certificate, or null when it is missing for good or not a certificate; passing failures are thrown. */
async function loadCertificate(url: string, fetchCertificate: CertificateFetcher): Promise<X509Certificate | null> {
  let pem: string;
  try {
    pem = await fetchCertificate(url);
  } catch (err) {
    if (err instanceof AppError && !err.retryable) return null;
    throw retryable('SNS_CERTIFICATE_UNAVAILABLE', 'The SNS signing certificate could not be fetched; SNS will retry the delivery.', err);
  }
  try {
    return new X509Certificate(pem);
  } catch {
    return null;
  }
}
