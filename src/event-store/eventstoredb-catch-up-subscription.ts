import { AccessDeniedError, START, excludeSystemEvents, type AllStreamSubscription } from '@eventstore/db-client';
import type { EventHandler } from './event-store.port';
import { atPortPosition, isOurs, toRecorded, type EventStoreDbClientLike } from './eventstoredb-records';

const RESUBSCRIBE_MIN_MS = 250;
const RESUBSCRIBE_MAX_MS = 30_000;

/**
 * Delivers $all from a checkpoint, one event at a time: the next event is not taken from the
 * stream until the handler's promise settles (for-await on the client's Readable gives that
 * backpressure). A handler error stops it and is reported; a dropped connection is resubscribed
 * from the last delivered position, so nothing is skipped or delivered twice.
 */
export class EventStoreDbCatchUpSubscription {
  private stopped = false;
  private current: AllStreamSubscription | null = null;
  private wake: (() => void) | null = null;
  private readonly done: Promise<void>;

  constructor(
    private readonly client: EventStoreDbClientLike,
    private checkpoint: bigint | undefined,
    private readonly handler: EventHandler,
    private readonly onError: (error: unknown) => void,
  ) {
    this.done = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    const current = this.current;
    if (current) {
      await current.unsubscribe().catch(() => undefined);
      current.destroy();
    }
    await this.done;
  }

  private async run(): Promise<void> {
    let retryMs = RESUBSCRIBE_MIN_MS;
    while (!this.stopped) {
      let subscription: AllStreamSubscription | null = null;
      try {
        subscription = this.client.subscribeToAll({
          fromPosition: this.checkpoint === undefined ? START : atPortPosition(this.checkpoint),
          filter: excludeSystemEvents(),
        });
        this.current = subscription;
        for await (const resolved of subscription) {
          if (this.stopped) break;
          const event = resolved.event;
          if (!event || !isOurs(event)) continue;
          try {
            await this.handler(toRecorded(event, event.position.commit));
          } catch (error) {
            throw new HandlerFailed(error);
          }
          this.checkpoint = event.position.commit;
          retryMs = RESUBSCRIBE_MIN_MS;
        }
      } catch (error) {
        if (this.stopped) break;
        if (error instanceof HandlerFailed || error instanceof AccessDeniedError) {
          // Retrying cannot help: a handler that refuses an event, or credentials that may not read $all.
          this.stopped = true;
          this.onError(error instanceof HandlerFailed ? error.cause : error);
          break;
        }
        console.warn(
          JSON.stringify({
            level: 'warn',
            msg: 'subscription to $all dropped; resubscribing',
            after: this.checkpoint?.toString() ?? null,
            retryMs,
            error: String(error),
          }),
        );
      } finally {
        this.current = null;
        if (subscription) {
          await subscription.unsubscribe().catch(() => undefined);
          subscription.destroy();
        }
      }
      if (this.stopped) break;
      await this.sleep(retryMs);
      retryMs = Math.min(retryMs * 2, RESUBSCRIBE_MAX_MS);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(), ms);
      const finish = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      this.wake = finish;
    });
  }
}

class HandlerFailed extends Error {
  constructor(override readonly cause: unknown) {
    super('subscription handler failed');
  }
}
