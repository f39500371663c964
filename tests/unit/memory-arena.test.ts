import { describe, expect, it } from 'vitest'
import { MemoryArena } from '../../worker/identity/memory-arena.ts'

/** Work that ends when told to. */
function held() {
  let end: () => void = () => {}
  const done = new Promise<void>((resolve) => {
    end = resolve
  })
  return { work: () => done, end }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('MemoryArena', () => {
  it('lends free slots, holds the rest in order of arrival, and takes slots back however work ends', async () => {
    const arena = new MemoryArena(64, 16)
    const started: string[] = []
    const a = held()
    const b = held()
    const run = <T>(name: string, bytes: number, work: () => Promise<T>) =>
      arena.use(bytes, () => {
        started.push(name)
        return work()
      })
    const running = [
      run('a', 32, a.work),
      run('b', 32, b.work),
      run('big', 64, async () => 'big'),
      run('small', 8, async () => 'small'),
    ]
    await settle()
    expect(started).toEqual(['a', 'b'])
    a.end()
    await settle()
    // The big one is first in line: the small one, though it would fit, waits behind it.
    expect(started).toEqual(['a', 'b'])
    b.end()
    expect(await Promise.all(running)).toEqual([undefined, undefined, 'big', 'small'])
    expect(started).toEqual(['a', 'b', 'big', 'small'])
    await expect(arena.use(16, () => Promise.reject(new Error('failed')))).rejects.toThrow('failed')
    expect(await arena.use(64, async () => 'all of it again')).toBe('all of it again')
  })

  it('lends the same memory again, never two works the same bytes at once', async () => {
    const arena = new MemoryArena(64, 16)
    const seen: Uint32Array[] = []
    const a = held()
    const first = arena.use(16, async (table) => {
      seen.push(table)
      table.fill(7)
      await a.work()
    })
    await arena.use(32, async (table) => {
      seen.push(table)
      expect(table.length).toBe(8)
      expect([...table]).toEqual([0, 0, 0, 0, 0, 0, 0, 0])
    })
    a.end()
    await first
    await arena.use(16, async (table) => {
      seen.push(table)
    })
    const [one, two, three] = seen
    expect(one?.buffer).toBe(two?.buffer)
    expect(one?.byteOffset).toBe(0)
    expect(two?.byteOffset).toBe(16)
    expect(three?.byteOffset).toBe(0)
  })

  it('refuses work larger than the whole arena', async () => {
    await expect(new MemoryArena(64, 16).use(65, async () => 'never')).rejects.toThrow(RangeError)
  })
})
