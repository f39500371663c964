import { For } from 'solid-js'
import { describedBy, LabelledField } from './FieldChrome.tsx'

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
  return (
    <LabelledField {...props}>
      <select
        id={props.id}
        name={props.id}
        class={props.error ? 'select select--error' : 'select'}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        aria-describedby={describedBy(props)}
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
    </LabelledField>
  )
}
