/** Warnings an engine collects while it works: each said once, in the order first met. */
export class Warnings {
  private readonly said = new Set<string>();

  add(message: string): void {
    this.said.add(message);
  }

  list(): string[] {
    return [...this.said];
  }
}
