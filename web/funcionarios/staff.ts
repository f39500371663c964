import { createSignal } from 'solid-js'
import { CAPACIDADES, type Capacidad } from '../../core/capacidades.ts'
import type { staffAdminRoute } from '../../worker/identity/staff-route.ts'
import type { SelectGroup } from '../components/Select.tsx'
import { callApi, type RouteBody, type Unidad } from '../forms/api.ts'

import { ts } from './i18n/index.ts'

export type StaffRole = 'officer' | 'supervisor' | 'admin'
export const STAFF_ROLES: StaffRole[] = ['officer', 'supervisor', 'admin']

/** A staff account as `GET /api/admin/staff` lists it. */
export type StaffMember = RouteBody<typeof staffAdminRoute, '/'>['items'][number]

export function isStaffRole(value: string): value is StaffRole {
  return STAFF_ROLES.some((role) => role === value)
}

/** A role in words. */
export function roleLabel(role: string): string {
  return isStaffRole(role) ? ts(`staff.role.${role}`) : role
}

/** The radios of the role question. */
export function roleOptions() {
  return STAFF_ROLES.map((role) => ({
    value: role,
    label: ts(`staff.role.${role}`),
    hint: ts(`staff.role.${role}.hint`),
  }))
}

/** The checkboxes of the capabilities question: each in plain words, with what it opens. */
export function capacidadOptions() {
  return CAPACIDADES.map((capacidad) => ({
    value: capacidad,
    label: ts(`staff.cap.${capacidad}`),
    hint: ts(`staff.cap.${capacidad}.hint`),
  }))
}

/** What a staff member may do, in words: "Validar constancias de voto, Ver las cifras". */
export function capacidadesLabel(capacidades: readonly Capacidad[]): string {
  return capacidades.length > 0
    ? capacidades.map((capacidad) => ts(`staff.cap.${capacidad}`)).join(', ')
    : ts('staff.cap.none')
}

export const fullName = (member: Pick<StaffMember, 'givenNames' | 'familyNames'>) =>
  `${member.givenNames} ${member.familyNames}`.trim()

const [unidades, setUnidades] = createSignal<Unidad[]>([])
let unidadesAsked = false

/** The police units, fetched once per visit; empty until they arrive. Reactive. */
export function useUnidades(): () => Unidad[] {
  if (!unidadesAsked) {
    unidadesAsked = true
    void callApi<{ items: Unidad[] }>('GET', '/api/unidades').then((result) => {
      if (result.ok) setUnidades(result.body.items)
      else unidadesAsked = false
    })
  }
  return unidades
}

/** A unit by its code, in words: "1ª Comisaría Santiago (DEMO-13101-1)". */
export function unidadLabel(code: string | null): string {
  const unidad = unidades().find((item) => item.code === code)
  return unidad ? `${unidad.name} (${unidad.code})` : (code ?? '')
}

/** The units as select options, grouped by region in the API's order. */
export function unidadGroups(list: Unidad[]): SelectGroup[] {
  const groups: SelectGroup[] = []
  for (const unidad of list) {
    let group = groups.find((candidate) => candidate.label === unidad.region)
    if (!group) {
      group = { label: unidad.region, options: [] }
      groups.push(group)
    }
    group.options.push({ value: unidad.code, label: `${unidad.name} — ${unidad.comuna}` })
  }
  return groups
}
