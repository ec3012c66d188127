/**
 * Bounds how many requests a server executes at once; the rest wait their turn, first come first
 * served, before any of their work starts. Under load a request then waits at the door instead of
 * interleaving with every other one, so the time its own calls take (and the timeouts that guard
 * them: 5000 ms per subgraph request, 2000 ms per consent-decision call) measures the services,
 * not the queue: being busy never turns into a withheld answer.
 */
export class Admission {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  /** @param maxInFlight requests executed at once; at least 1 */
  constructor(readonly maxInFlight: number) {
    if (!Number.isInteger(maxInFlight) || maxInFlight < 1)
      throw new Error(`maxInFlight must be a positive integer, got ${maxInFlight}`);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.maxInFlight) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter; only when nobody waits is it freed.
      if (next) next();
      else this.running -= 1;
    }
  }
}
