// Listening problems as configuration errors. Kept apart from the HTTP stack so a taken port is reported before
// the heavy modules (Apollo, TypeORM) load and before the database starts.
import { createServer } from 'node:net';
import { ConfigError, type Config } from './config';

/**
 * Fails fast when PORT is taken, before the database is started and migrated (seconds saved, nothing to undo).
 * The real listen still reports a port taken in between.
 */
export async function assertPortAvailable(config: Pick<Config, 'port' | 'host'>): Promise<void> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, config)));
    probe.listen(config.port, config.host, () => probe.close(() => resolve()));
  });
}

/** EADDRINUSE and friends as a ConfigError naming PORT or HOST. */
export function listenError(error: NodeJS.ErrnoException, config: Pick<Config, 'port' | 'host'>): Error {
  switch (error.code ?? '') {
    case 'EADDRINUSE':
      return new ConfigError('PORT', `${config.port} is already in use on ${config.host}`);
    case 'EACCES':
      return new ConfigError('PORT', `${config.port} needs privileges this process does not have`);
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new ConfigError('HOST', `${config.host} is not an address of this machine`);
    default:
      return error;
  }
}
