/**
 * A share of memory handed out first come, first served: work that needs more than is left waits
 * until earlier work gives its share back. At the edge it keeps the password hashes of one isolate
 * (8 MiB each, 32 MiB for an older hash) within a part of the isolate's 128 MB, however many
 * citizens sign in at once: a ninth waits a few hundred milliseconds instead of the isolate being
 * killed with every request in it (docs/decisions/0020).
 *
 * @example
 * const budget = new MemoryBudget(64 * 2 ** 20)
 * const key = await budget.use(8 * 2 ** 20, () => derive(password))
 */
export class MemoryBudget {
  readonly bytes: number
  #free: number
  readonly #waiting: { bytes: number; start: () => void }[] = []

  constructor(bytes: number) {
    this.bytes = bytes
    this.#free = bytes
  }

  /** Runs `work` once `bytes` are free, and frees them when it ends, however it ends. */
  async use<T>(bytes: number, work: () => Promise<T>): Promise<T> {
    if (bytes > this.bytes) {
      throw new RangeError(`needs ${bytes} bytes, more than the whole budget of ${this.bytes}`)
    }
    if (this.#waiting.length === 0 && bytes <= this.#free) this.#free -= bytes
    else await new Promise<void>((start) => this.#waiting.push({ bytes, start }))
    try {
      return await work()
    } finally {
      this.#free += bytes
      this.#admit()
    }
  }

  /** In order of arrival: a large request at the head is not overtaken by smaller ones. */
  #admit() {
    for (let next = this.#waiting[0]; next && next.bytes <= this.#free; next = this.#waiting[0]) {
      this.#waiting.shift()
      this.#free -= next.bytes
      next.start()
    }
  }
}
