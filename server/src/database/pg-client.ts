// The pool's connection class: node-postgres's Client, except that a query that hit the client-side
// query_timeout takes its connection down with it. node-postgres reports the timeout but keeps the connection,
// whose query is still in flight on a socket that went silent; back in the pool, it would make every later
// query on it wait out the same timeout again. Destroyed, it is dropped by the pool, and the next query gets a
// fresh connection (or, while the network is still silent, fails after the connect timeout).
import { Client, type ClientConfig } from 'pg';

const READ_TIMEOUT = 'Query read timeout';

function timedOut(error: unknown): boolean {
  return error instanceof Error && error.message === READ_TIMEOUT;
}

export class SilentSocketSafeClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    const destroy = (): void => {
      // The same as node-postgres itself does for a timed-out pipelined query.
      (this as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    };
    Object.defineProperty(this, 'query', {
      configurable: true,
      writable: true,
      value: (...args: unknown[]): unknown => {
        const last = args[args.length - 1];
        if (typeof last === 'function') {
          const callback = last as (error: unknown, ...rest: unknown[]) => void;
          args[args.length - 1] = (error: unknown, ...rest: unknown[]) => {
            if (timedOut(error)) destroy();
            callback(error, ...rest);
          };
          return query(...args);
        }
        const result = query(...args);
        if (result instanceof Promise) {
          // A side branch: the caller still gets the rejection.
          result.then(undefined, (error: unknown) => {
            if (timedOut(error)) destroy();
          });
        }
        return result;
      },
    });
  }
}
