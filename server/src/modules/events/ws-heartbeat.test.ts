import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../app/config';
import { configureWebSocketPing, DEFAULT_WS_PING_INTERVAL_MS } from './ws-heartbeat';

describe('WS_PING_INTERVAL', () => {
  it('should default to 30 s and read seconds or milliseconds', () => {
    expect(configureWebSocketPing({})).toBe(DEFAULT_WS_PING_INTERVAL_MS);
    expect(configureWebSocketPing({ WS_PING_INTERVAL: '15s' })).toBe(15_000);
    expect(configureWebSocketPing({ WS_PING_INTERVAL: '45' })).toBe(45_000);
    expect(configureWebSocketPing({ WS_PING_INTERVAL: '500ms' })).toBe(500);
    configureWebSocketPing({});
  });

  it.each(['0', '50ms', '601s', 'soon', '-5s'])('should refuse %s', (value) => {
    expect(() => configureWebSocketPing({ WS_PING_INTERVAL: value })).toThrow(ConfigError);
  });
});
