/** One answer as it went out: its JSON as UTF-8 bytes, a strong ETag of them, and whether it can never change. */
export interface CachedAnswer {
  bytes: Buffer;
  etag: string;
  immutable: boolean;
}

export interface AnswerCacheStats {
  entries: number;
  /** Bytes held: the answers' bytes, and their keys and ETags (UTF-16 in memory, so two bytes a character). */
  bytes: number;
  budgetBytes: number;
  hits: number;
  misses: number;
  evictions: number;
}

/**
 * Answers by key, least recently used first out once the byte budget is spent. A Map keeps its
 * keys in insertion order, so re-inserting on every hit makes its first key the least recently
 * used. An answer larger than a quarter of the budget is not kept (it would push out many).
 */
export class AnswerCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private bytes = 0;
  private hits = 0;
  private misses = 0;
  private evictions = 0;

  constructor(readonly budgetBytes: number) {}

  get(key: string): CachedAnswer | undefined {
    const found = this.entries.get(key);
    if (found === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.entries.delete(key);
    this.entries.set(key, found);
    return found;
  }

  set(key: string, answer: CachedAnswer): void {
    const size = sizeOf(key, answer);
    if (size > this.budgetBytes / 4) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.bytes -= sizeOf(key, old);
    }
    this.entries.set(key, answer);
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.budgetBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(oldest, entry);
      this.evictions++;
    }
  }

  get stats(): AnswerCacheStats {
    const { bytes, budgetBytes, hits, misses, evictions } = this;
    return { entries: this.entries.size, bytes, budgetBytes, hits, misses, evictions };
  }
}

function sizeOf(key: string, answer: CachedAnswer): number {
  return answer.bytes.length + 2 * (key.length + answer.etag.length) + 64;
}
