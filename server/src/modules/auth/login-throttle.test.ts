import { describe, expect, it } from 'vitest';
import { addressKey } from './login-throttle';

describe('addressKey', () => {
  it('should count an IPv4 address as itself', () => {
    expect(addressKey('10.1.2.3')).toBe('10.1.2.3');
    expect(addressKey('unknown')).toBe('unknown');
  });

  it('should count every address of an IPv6 /64 as one network', () => {
    expect(addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:0:0:0:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('should keep an IPv4 address written in IPv6 form as one address', () => {
    expect(addressKey('::ffff:10.1.2.3')).toBe('::ffff:10.1.2.3');
  });
});
