import { describe, expect, it } from 'vitest'
import { MemoryBudget } from '../../worker/identity/memory-budget.ts'

/** Work that ends when told to. */
function held() {
  let end: () => void = () => {}
  const done = new Promise<void>((resolve) => {
    end = resolve
  })
  return { work: () => done, end }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('MemoryBudget', () => {
  it('runs work while its share is free, holds the rest in order of arrival, and frees a share however work ends', async () => {
    const budget = new MemoryBudget(64)
    const started: string[] = []
    const a = held()
    const b = held()
    const run = <T>(name: string, bytes: number, work: () => Promise<T>) =>
      budget.use(bytes, () => {
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
    await expect(budget.use(16, () => Promise.reject(new Error('failed')))).rejects.toThrow('failed')
    expect(await budget.use(64, async () => 'all of it again')).toBe('all of it again')
  })

  it('refuses work larger than the whole budget at once', async () => {
    await expect(new MemoryBudget(64).use(65, async () => 'never')).rejects.toThrow(RangeError)
  })
})
