/** The last `limit` characters of a check's output, without holding more than twice that. */
export class OutputTail {
  readonly limit: number;
  #text = '';
  #dropped = 0;
  constructor(limit: number) {
    this.limit = limit;
  }
  push(text: string): void {
    this.#text += text;
    if (this.#text.length > 2 * this.limit) this.#trim();
  }
  toString(): string {
    this.#trim();
    const note = this.#dropped ? `… (${this.#dropped} earlier characters of output omitted)\n` : '';
    return note + this.#text;
  }
  #trim(): void {
    const excess = this.#text.length - this.limit;
    if (excess <= 0) return;
    this.#dropped += excess;
    this.#text = this.#text.slice(excess);
  }
}
