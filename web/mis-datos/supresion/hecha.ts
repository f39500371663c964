import { createSignal } from 'solid-js'
import type { SupresionHecha } from '../api.ts'

/**
 * The answer to the erasure just asked for, kept in memory for its result page: it is shown once,
 * as it happened; afterwards the request and its answer are in "Mis trámites".
 */
export const [hecha, setHecha] = createSignal<SupresionHecha | undefined>()
