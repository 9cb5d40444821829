// Live connections whose peer vanished without closing them (a laptop lid shut, a mobile network gone, a
// proxy that dropped the connection silently): TCP alone does not notice for hours, and each keeps its
// subscriptions (a listener registration, a buffer) alive. Every WebSocket is pinged; one that has not answered
// the previous ping is terminated, so a vanished subscriber is let go within two intervals. Browsers and the
// `ws` client answer pings by themselves; a client that comes back resumes with its cursor.
import type { WebSocket, WebSocketServer } from 'ws';
import { ConfigError } from '../../app/config';
import type { Logger } from '../../common/logger';

export const DEFAULT_WS_PING_INTERVAL_MS = 30_000;
const MIN_MS = 100;
const MAX_MS = 600_000;

let intervalMs = DEFAULT_WS_PING_INTERVAL_MS;

/**
 * WS_PING_INTERVAL: how often live connections are pinged, e.g. 30s (the default), 15s or 500ms (tests).
 * Read by main.ts at start, so a bad value stops the start like every other setting.
 */
export function configureWebSocketPing(env: NodeJS.ProcessEnv): number {
  const raw = env['WS_PING_INTERVAL']?.trim();
  if (raw === undefined || raw === '') {
    intervalMs = DEFAULT_WS_PING_INTERVAL_MS;
    return intervalMs;
  }
  const match = /^(\d+)\s*(ms|s)?$/.exec(raw);
  const ms = match ? Number(match[1]) * (match[2] === 'ms' ? 1 : 1_000) : NaN;
  if (!Number.isFinite(ms) || ms < MIN_MS || ms > MAX_MS) {
    throw new ConfigError('WS_PING_INTERVAL', 'must be a duration like 30s or 500ms, from 100ms to 600s');
  }
  intervalMs = ms;
  return ms;
}

/** Pings every connection of `wsServer` until it closes; returns the function that stops it. */
export function watchWebSocketPeers(wsServer: WebSocketServer, logger: Logger): () => void {
  const answered = new WeakMap<WebSocket, boolean>();
  wsServer.on('connection', (socket) => {
    answered.set(socket, true);
    socket.on('pong', () => answered.set(socket, true));
  });
  const timer = setInterval(() => {
    for (const socket of wsServer.clients) {
      if (socket.readyState !== socket.OPEN) continue;
      if (answered.get(socket) === false) {
        logger.info('live connection did not answer a ping; closing it');
        socket.terminate();
        continue;
      }
      answered.set(socket, false);
      socket.ping();
    }
  }, intervalMs);
  timer.unref();
  const stop = (): void => clearInterval(timer);
  wsServer.once('close', stop);
  return stop;
}
