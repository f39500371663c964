/**
 * How a figures' counter moves (table `cifras`): one UPSERT, `n` added. Its arguments are
 * positional: servicio, ambito, periodo, comuna_cut, evento — the counter — then `n`. The group
 * commit and the edge's shards recognise it by this text and add a batch's moves of one counter
 * into one (decision 0026).
 */
export const CIFRA_UPSERT =
  'insert into cifras (servicio, ambito, periodo, comuna_cut, evento, n) values (?, ?, ?, ?, ?, ?) ' +
  'on conflict (servicio, ambito, periodo, comuna_cut, evento) do update set n = n + excluded.n'

/**
 * Moves of counters added up by counter: what a batch writes once each.
 *
 * @example
 * const sums = new SumaDeCifras(); sums.add(['permisos', '', 0, '13101', 'emitido', 1]); sums.moves()
 */
export class SumaDeCifras {
  readonly #sums = new Map<string, unknown[]>()

  add(args: readonly unknown[]): void {
    const key = JSON.stringify(args.slice(0, -1))
    const sum = this.#sums.get(key)
    this.#sums.set(key, [...args.slice(0, -1), Number(sum?.at(-1) ?? 0) + Number(args.at(-1))])
  }

  /** The added-up moves, as UPSERT arguments; counters that came back to where they were left out. */
  moves(): unknown[][] {
    return [...this.#sums.values()].filter((args) => Number(args.at(-1)) !== 0)
  }
}
