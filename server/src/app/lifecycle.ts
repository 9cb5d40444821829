// What has been started, so shutdown (or a failed start) stops it in reverse order exactly once.
import type { Logger } from '../common/logger';
import { errorFields } from '../common/logger';

export class Lifecycle {
  private readonly stops: Array<{ name: string; stop: () => Promise<void> }> = [];

  onStop(name: string, stop: () => Promise<void>): void {
    this.stops.push({ name, stop });
  }

  /** Runs every registered stop, newest first; one failing does not skip the others. False if any failed. */
  async stopAll(logger: Logger): Promise<boolean> {
    let ok = true;
    for (let entry = this.stops.pop(); entry; entry = this.stops.pop()) {
      try {
        await entry.stop();
      } catch (error) {
        ok = false;
        logger.error(`stopping ${entry.name} failed`, errorFields(error));
      }
    }
    return ok;
  }
}
