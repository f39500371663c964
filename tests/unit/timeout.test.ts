import { describe, expect, it } from 'vitest'
import { TimeoutError, withTimeout } from '../../worker/timeout.ts'

describe('withTimeout', () => {
  it('passes an answer in time through', async () => {
    expect(await withTimeout(1000, 'quick', async () => 42)).toBe(42)
  })

  it('passes a failure in time through', async () => {
    await expect(withTimeout(1000, 'failing', () => Promise.reject(new Error('refused')))).rejects.toThrow(
      'refused',
    )
  })

  it('rejects at the bound, even when the call ignores its signal, and aborts the signal', async () => {
    let signal: AbortSignal | undefined
    const call = withTimeout(20, 'the silent registry', (s) => {
      signal = s
      return new Promise(() => {})
    })
    await expect(call).rejects.toThrow(new TimeoutError('the silent registry did not answer within 20 ms'))
    expect(signal?.aborted).toBe(true)
    expect(signal?.reason).toBeInstanceOf(TimeoutError)
  })
})
