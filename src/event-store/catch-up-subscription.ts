import type { ReadAllOptions, Subscription } from './event-store.port';

const PAGE_SIZE = 500;

/**
 * A catch-up subscription for stores that can be read in pages and can say "something was
 * appended" (SQLite, in-memory): read from the checkpoint to the end, then wait for a wake-up
 * (an append in this process, or a poll for appends by another process on the same file).
 * Events are delivered one at a time, in global order; a handler error stops the subscription
 * and is reported to `onError` rather than silently skipped. What a page holds is the reader's
 * choice (whole recorded events, or events as folding needs them), so long as each has its position.
 */
export class CatchUpSubscription<E extends { position: bigint }> implements Subscription {
  private stopped = false;
  /** Set by notify(); an append while a page is read or handled must not wait for the poll. */
  private appended = false;
  private wake: (() => void) | null = null;
  private readonly done: Promise<void>;

  constructor(
    private readonly readAll: (options: ReadAllOptions) => Promise<E[]>,
    private checkpoint: bigint | undefined,
    private readonly handler: (event: E) => void | Promise<void>,
    private readonly pollMs: number,
    private readonly onError: (error: unknown) => void,
  ) {
    this.done = this.run();
  }

  /** Called by the store after each append. */
  notify(): void {
    this.appended = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.done;
  }

  private async run(): Promise<void> {
    try {
      while (!this.stopped) {
        this.appended = false;
        const page = await this.readAll({ after: this.checkpoint, maxCount: PAGE_SIZE });
        for (const event of page) {
          if (this.stopped) return;
          await this.handler(event);
          this.checkpoint = event.position;
        }
        if (page.length < PAGE_SIZE) await this.waitForAppend();
      }
    } catch (error) {
      this.stopped = true;
      this.onError(error);
    }
  }

  private waitForAppend(): Promise<void> {
    if (this.stopped || this.appended) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(), this.pollMs);
      const finish = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      this.wake = finish;
    });
  }
}

/** Keeps the live subscriptions of one store and wakes them after an append. */
export class SubscriptionHub {
  /** Whatever each delivers, the hub only wakes and stops them. */
  private readonly live = new Set<{ notify(): void; stop(): Promise<void> }>();

  open<E extends { position: bigint }>(
    readAll: (options: ReadAllOptions) => Promise<E[]>,
    after: bigint | undefined,
    handler: (event: E) => void | Promise<void>,
    pollMs: number,
  ): Subscription {
    const sub: CatchUpSubscription<E> = new CatchUpSubscription(readAll, after, handler, pollMs, (error) => {
      this.live.delete(sub);
      console.error(JSON.stringify({ level: 'error', msg: 'subscription stopped', error: String(error) }));
    });
    this.live.add(sub);
    return {
      stop: async () => {
        this.live.delete(sub);
        await sub.stop();
      },
    };
  }

  notifyAll(): void {
    for (const sub of this.live) sub.notify();
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.live].map((s) => s.stop()));
    this.live.clear();
  }
}
