import { describe, expect, it } from 'vitest';
import { clientNetwork, createAttemptLimiter } from '../../../src/http/attempt-limiter.ts';

describe('the wrong-key limiter', () => {
  const limiter = () => createAttemptLimiter({ max: 3, windowMs: 60_000, clock: () => new Date('2026-12-05T10:00:00Z') });

  it('counts an IPv6 client by its /64 network, so a host cannot step around it by changing its own address', () => {
    const l = limiter();
    for (const host of ['2001:db8:5:7::1', '2001:db8:5:7::2', '2001:0db8:0005:0007:aaaa:bbbb:cccc:dddd']) l.fail(host);
    expect(l.retryAfter('2001:db8:5:7:1234::9')).toBeGreaterThan(0);
    // The next /64 is another network.
    expect(l.retryAfter('2001:db8:5:8::1')).toBe(0);
  });

  it('counts an IPv4 client by its address, written plainly or IPv4-mapped', () => {
    const l = limiter();
    for (const address of ['203.0.113.7', '::ffff:203.0.113.7', '203.0.113.7']) l.fail(address);
    expect(l.retryAfter('203.0.113.7')).toBeGreaterThan(0);
    expect(l.retryAfter('203.0.113.8')).toBe(0);
  });

  it('writes each address’s network the same however the address is written', () => {
    expect(clientNetwork('2001:db8::1')).toBe(clientNetwork('2001:0DB8:0000:0000:0:0:0:2'));
    expect(clientNetwork('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientNetwork('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(clientNetwork('192.0.2.1')).toBe('192.0.2.1');
  });

  it('reads an IPv4-mapped address written out, in hex or with a zone as its IPv4 address, not as the network all of them share', () => {
    for (const mapped of ['0:0:0:0:0:ffff:192.0.2.1', '::FFFF:c000:201', '0:0:0:0:0:FFFF:C000:0201', '::ffff:192.0.2.1%eth0']) expect(clientNetwork(mapped), mapped).toBe('192.0.2.1');
  });

  it('counts each IPv4 client behind a NAT64 gateway (the well-known prefix) by its own address, not by the gateway’s one /64', () => {
    expect(clientNetwork('64:ff9b::198.51.100.7')).toBe('198.51.100.7');
    expect(clientNetwork('64:FF9B:0:0:0:0:c633:6408')).toBe('198.51.100.8');
    // Another prefix, or the well-known one with bits set in the middle, is an IPv6 network like any other.
    expect(clientNetwork('64:ff9b:1::198.51.100.7')).toBe('64:ff9b:1:0::/64');
  });

  it('counts an IPv4 address written in the last 32 bits of an IPv6 one as two groups', () => {
    // Written with "::" before the groups of its /64, a dotted quad counted as one group shifted them.
    expect(clientNetwork('1::2:3:4:5:1.2.3.4')).toBe(clientNetwork('1:0:2:3:4:5:102:304'));
    expect(clientNetwork('1::2:3:4:5:1.2.3.4')).toBe('1:0:2:3::/64');
  });
});
