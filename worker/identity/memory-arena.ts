/**
 * One block of memory lent out in slots, first come, first served: work that needs more slots
 * than are free in a row waits until earlier work gives its slots back. At the edge it holds the
 * tables of the password hashes of one isolate: eight of today's (8 MiB each), or two older ones
 * (32 MiB), however many citizens sign in at once — a ninth waits a few hundred milliseconds
 * instead of the isolate going past its 128 MB. The block is made at the first use and kept:
 * tables made anew for each hash were garbage that V8 collected late, and the isolate's memory
 * rose to several times the hashes' own meanwhile (docs/decisions/0020).
 *
 * @example
 * const arena = new MemoryArena(64 * 2 ** 20, 8 * 2 ** 20)
 * const key = await arena.use(8 * 2 ** 20, (table) => derive(password, table))
 */
export class MemoryArena {
  readonly bytes: number
  readonly #slotBytes: number
  readonly #busy: boolean[]
  readonly #waiting: { slots: number; start: (first: number) => void }[] = []
  #memory: ArrayBuffer | undefined

  constructor(bytes: number, slotBytes: number) {
    this.bytes = bytes
    this.#slotBytes = slotBytes
    this.#busy = Array.from({ length: Math.floor(bytes / slotBytes) }, () => false)
  }

  /**
   * Runs `work` with `bytes` of the block (zeroed the first time, as `work` leaves them after),
   * once they are free, and takes them back when it ends, however it ends.
   */
  async use<T>(bytes: number, work: (table: Uint32Array) => Promise<T>): Promise<T> {
    const slots = Math.ceil(bytes / this.#slotBytes)
    if (slots > this.#busy.length) {
      throw new RangeError(`needs ${bytes} bytes, more than the whole arena of ${this.bytes}`)
    }
    let first = this.#waiting.length === 0 ? this.#take(slots) : -1
    if (first < 0) first = await new Promise<number>((start) => this.#waiting.push({ slots, start }))
    this.#memory ??= new ArrayBuffer(this.#busy.length * this.#slotBytes)
    try {
      return await work(new Uint32Array(this.#memory, first * this.#slotBytes, Math.floor(bytes / 4)))
    } finally {
      this.#busy.fill(false, first, first + slots)
      this.#admit()
    }
  }

  /** Marks the first run of `slots` free slots busy and returns where it starts, or -1. */
  #take(slots: number): number {
    let run = 0
    for (let i = 0; i < this.#busy.length; i += 1) {
      run = this.#busy[i] ? 0 : run + 1
      if (run === slots) {
        this.#busy.fill(true, i + 1 - slots, i + 1)
        return i + 1 - slots
      }
    }
    return -1
  }

  /** In order of arrival: a large request at the head is not overtaken by smaller ones. */
  #admit() {
    for (let next = this.#waiting[0]; next; next = this.#waiting[0]) {
      const first = this.#take(next.slots)
      if (first < 0) return
      this.#waiting.shift()
      next.start(first)
    }
  }
}
