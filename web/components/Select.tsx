// Its own label, hint and error, not FieldChrome's LabelledField: that is in the forms' chunk, and
// pages with a select but no form (a reencuentro request's page, Mis trámites) would load it (0075).
import { For, Show } from 'solid-js'

export interface SelectOption {
  value: string
  label: string
}

export interface SelectGroup {
  label: string
  options: SelectOption[]
}

/** A labelled select with hint and inline error; options in groups (`<optgroup>`), or a plain list. */
export function Select(props: {
  id: string
  label: string
  hint?: string
  error?: string | undefined
  /** The first, empty option ("Elija…"). */
  placeholder: string
  groups?: SelectGroup[]
  /** Options outside any group (a short list needs none). */
  options?: SelectOption[]
  value: string
  onChange: (value: string) => void
  /** One question per page: the label is the page's h1. */
  asHeading?: boolean
  headingRef?: (element: HTMLElement) => void
}) {
  const hintId = () => (props.hint ? `${props.id}-hint` : undefined)
  const errorId = () => (props.error ? `${props.id}-error` : undefined)
  const label = () => (
    <label class="label" for={props.id}>
      {props.label}
    </label>
  )
  return (
    <div class={props.error ? 'form-group form-group--error' : 'form-group'}>
      <Show when={props.asHeading} fallback={label()}>
        <h1 class="label-heading" tabindex="-1" ref={(element) => props.headingRef?.(element)}>
          {label()}
        </h1>
      </Show>
      <Show when={props.hint}>
        <div id={hintId()} class="hint">
          {props.hint}
        </div>
      </Show>
      <Show when={props.error}>
        <p id={errorId()} class="error-message">
          {props.error}
        </p>
      </Show>
      <select
        id={props.id}
        name={props.id}
        class={props.error ? 'select select--error' : 'select'}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        aria-describedby={[hintId(), errorId()].filter(Boolean).join(' ') || undefined}
        aria-invalid={props.error ? 'true' : undefined}
      >
        <option value="" selected={props.value === ''}>
          {props.placeholder}
        </option>
        <For each={props.options ?? []}>
          {(option) => (
            <option value={option.value} selected={props.value === option.value}>
              {option.label}
            </option>
          )}
        </For>
        <For each={props.groups ?? []}>
          {(group) => (
            <optgroup label={group.label}>
              <For each={group.options}>
                {(option) => (
                  <option value={option.value} selected={props.value === option.value}>
                    {option.label}
                  </option>
                )}
              </For>
            </optgroup>
          )}
        </For>
      </select>
    </div>
  )
}
