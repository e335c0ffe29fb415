import { createHash } from 'node:crypto';
import { stringify as legacyStringify, parse as legacyParse } from 'node:querystring';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { twilioBodyMatches, twilioSignature, twilioSignatureMatches, type TwilioParams } from '../../../../src/adapters/telephony/twilio/twilio.signature.ts';
import { mulberry32 } from '../../../helpers/fakes/fake-server.ts';

// Fixed vectors from twilio-python, tests/unit/test_request_validator.py.
const TOKEN = '12345';
const URL_ = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const PARAMS = { CallSid: 'CA1234567890ABCDE', Digits: '1234', From: '+14158675309', To: '+18005551212', Caller: '+14158675309' };
const BODY = '{"property": "value", "boolean": true}';
const BODY_HASH = '0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620';

describe('Twilio signature: the official vectors', () => {
  it('computes the signature of the URL and its sorted parameters', () => {
    expect(twilioSignature(TOKEN, URL_, PARAMS)).toBe('RSOYDt4T1cUTdK1PDd93/VVr8B8=');
    expect(twilioSignatureMatches(TOKEN, 'RSOYDt4T1cUTdK1PDd93/VVr8B8=', URL_, PARAMS)).toBe(true);
  });

  it('deduplicates and sorts the values of a repeated parameter', () => {
    const params = { Sid: 'CA123', SidAccount: 'AC123', Digits: ['5678', '1234'] };
    expect(twilioSignature(TOKEN, URL_, params)).toBe('IK+Dwps556ElfBT0I3Rgjkr1wJU=');
    expect(twilioSignature(TOKEN, URL_, { ...params, Digits: ['1234', '5678', '1234'] })).toBe('IK+Dwps556ElfBT0I3Rgjkr1wJU=');
  });

  it('accepts a URL received with a port Twilio did not sign, and one signed with the default port', () => {
    expect(twilioSignatureMatches(TOKEN, 'RSOYDt4T1cUTdK1PDd93/VVr8B8=', URL_.replace('.com', '.com:1234'), PARAMS)).toBe(true);
    expect(twilioSignatureMatches(TOKEN, 'Zmvh+3yNM1Phv2jhDCwEM3q5ebU=', URL_.replace('.com', '.com:1234').replace('https', 'http'), PARAMS)).toBe(true);
    expect(twilioSignatureMatches(TOKEN, 'kvajT1Ptam85bY51eRf/AJRuM3w=', URL_, PARAMS)).toBe(true);
    expect(twilioSignatureMatches(TOKEN, '0ZXoZLH/DfblKGATFgpif+LLRf4=', URL_.replace('https', 'http'), PARAMS)).toBe(true);
  });

  it('checks a JSON body against the bodySHA256 of the signed URL', () => {
    const url = `${URL_}&bodySHA256=${BODY_HASH}`;
    expect(twilioSignatureMatches(TOKEN, 'a9nBmqA0ju/hNViExpshrM61xv4=', url, {})).toBe(true);
    expect(twilioBodyMatches(Buffer.from(BODY), url)).toBe(true);
    expect(twilioBodyMatches(Buffer.from(BODY.replace('true', 'false')), url)).toBe(false);
  });

  it('refuses a wrong token, a changed parameter, a changed URL and an empty signature', () => {
    const good = 'RSOYDt4T1cUTdK1PDd93/VVr8B8=';
    expect(twilioSignatureMatches('54321', good, URL_, PARAMS)).toBe(false);
    expect(twilioSignatureMatches(TOKEN, good, URL_, { ...PARAMS, Digits: '1235' })).toBe(false);
    expect(twilioSignatureMatches(TOKEN, good, URL_.replace('foo=1', 'foo=2'), PARAMS)).toBe(false);
    expect(twilioSignatureMatches(TOKEN, good, URL_.replace('https', 'http'), PARAMS)).toBe(false);
    expect(twilioSignatureMatches(TOKEN, '', URL_, PARAMS)).toBe(false);
  });
});

/** Random URLs and parameters in the shapes that trip signature checks: ports, IPv6, characters `new URL` re-encodes. */
function generator(seed: number) {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chars = ["a", "Z", "0", "'", ' ', '%20', '%27', '+', 'é', '~', '*', '!', '(', ')', '/', '-', '_', '.', '%2F', '"', '😀'];
  const word = (max = 6) => Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(chars)).join('');
  const url = () => {
    const scheme = pick(['https://', 'http://', 'HTTPS://']);
    const host = pick(['example.com', 'hooks.example.org', '127.0.0.1', '[::1]', 'user:pw@example.com']);
    const port = pick(['', '', ':443', ':80', ':8443']);
    const path = '/' + Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => word()).join('/');
    const query = pick(['', '?', `?a=${word()}`, `?a=${word()}&b=${word()}&a=${word()}`, `?x=${word()}&bodySHA256=0`]);
    return scheme + host + port + path + query;
  };
  const params = (): TwilioParams => {
    const out: TwilioParams = {};
    for (let i = Math.floor(rnd() * 5); i > 0; i--) {
      const key = pick(['CallSid', 'From', 'To', 'Digits', 'b', 'B', 'a_b', 'Ä', word(3)]);
      out[key] = rnd() < 0.3 ? Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(['1', '2', word(3)])) : word(8);
    }
    return out;
  };
  /** The URL as some back end may have signed it: as received, with or without a port, normalised, legacy-encoded, or another URL. */
  const signedForm = (u: string) => {
    const normalized = new URL(u).toString();
    const legacy = (s: string) => (s.includes('?') ? s.slice(0, s.indexOf('?')) + '?' + legacyStringify(legacyParse(s.slice(s.indexOf('?') + 1))) : s);
    return pick([u, u.replace(/:(443|80|8443)(?=\/)/, ''), u.replace(/(\/\/[^/]+?)(?=\/)/, '$1:443'), normalized, legacy(normalized), url()]);
  };
  return { rnd, pick, url, params, signedForm, word };
}

describe('Twilio signature agrees with twilio.validateRequest (the oracle)', () => {
  it('on form parameters over many URL forms', () => {
    const g = generator(20250304);
    let valid = 0;
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const url = g.url();
      const params = g.params();
      const token = g.pick(['12345', 'another-token']);
      const signature = g.rnd() < 0.1 ? g.pick(['', 'AAAA', 'not base64']) : twilio.getExpectedTwilioSignature(g.pick(['12345', 'another-token']), g.signedForm(url), g.rnd() < 0.9 ? params : g.params());
      const expected = twilio.validateRequest(token, signature, url, params);
      expect(twilioSignatureMatches(token, signature, url, params), `${url} ${JSON.stringify(params)}`).toBe(expected);
      if (expected) valid++;
      else refused++;
    }
    expect(valid).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(500);
  });

  it('on JSON bodies checked with bodySHA256', () => {
    const g = generator(7);
    let valid = 0;
    for (let i = 0; i < 1000; i++) {
      const body = JSON.stringify({ RecordingSid: g.word(8), n: Math.floor(g.rnd() * 1000) });
      const sent = g.rnd() < 0.8 ? body : body + ' ';
      const base = g.url().replace(/\?.*$/, '');
      const url = `${base}?bodySHA256=${createHash('sha256').update(body).digest('hex')}`;
      const signature = twilio.getExpectedTwilioSignature(g.pick(['12345', 'other']), g.signedForm(url), {});
      const expected = twilio.validateRequestWithBody('12345', signature, url, sent);
      expect(twilioSignatureMatches('12345', signature, url, {}) && twilioBodyMatches(Buffer.from(sent), url), url).toBe(expected);
      if (expected) valid++;
    }
    expect(valid).toBeGreaterThan(100);
    expect(valid).toBeLessThan(900);
  });
});
