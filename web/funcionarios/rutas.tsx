import type { Component } from 'solid-js'
import { Dynamic } from 'solid-js/web'
import { screen, useSubpath } from '../components/lazy.ts'
import { NotFound } from '../components/NotFound.tsx'

/*
 * The officers' entry: web/app.tsx registers one route, `/funcionarios/*paso`, because every route
 * there costs every citizen's first page a few bytes of the 35 kB budget (decision 0027); this
 * table names the screen of each path, each screen in its service's staff chunk (assets/staff/).
 * Paths with a parameter (`personal/:id`, `solicitudes-datos/:code`, `denuncias/:numero`) are
 * picked by their prefix (CON_PARAMETRO) once no path of PANTALLAS matched — `personal/nuevo` is
 * one of those —, their screens reading the parameter from the path (parametro.ts): as routes of
 * web/app.tsx they cost every citizen's first visit their bytes, and the chunks they load too.
 */

const staff = () => import('./pages.ts')
const constancias = () => import('./constancias/pages.ts')
const permisos = () => import('./permisos/pages.ts')
const solicitudesDatos = () => import('./solicitudes-datos/pages.ts')
const denuncias = () => import('./denuncias/pages.ts')
const certificados = () => import('./certificados/pages.ts')
const informacion = () => import('./informacion/pages.ts')
const reclamos = () => import('./reclamos/pages.ts')
const felicitaciones = () => import('./felicitaciones/pages.ts')
const reencuentro = () => import('./reencuentro/pages.ts')
const condolencias = () => import('./condolencias/pages.ts')

const PANTALLAS: Record<string, Component> = {
  '': screen(staff, (m) => m.Funcionarios),
  ingresar: screen(staff, (m) => m.Ingresar),
  activar: screen(staff, (m) => m.Activar),
  personal: screen(staff, (m) => m.Personal),
  'personal/nuevo': screen(staff, (m) => m.PersonalNuevo),
  constancias: screen(constancias, (m) => m.Validar),
  'constancias/asistida': screen(constancias, (m) => m.Asistida),
  'constancias/cifras': screen(constancias, (m) => m.Cifras),
  verificar: screen(permisos, (m) => m.VerificarPermiso),
  permisos: screen(permisos, (m) => m.Revocar),
  'permisos/cifras': screen(permisos, (m) => m.CifrasPermisos),
  'permisos/reglas': screen(permisos, (m) => m.Reglas),
  'solicitudes-datos': screen(solicitudesDatos, (m) => m.Cola),
  denuncias: screen(denuncias, (m) => m.Bandeja),
  'denuncias/unidad': screen(denuncias, (m) => m.DenunciasUnidad),
  'denuncias/cifras': screen(denuncias, (m) => m.CifrasDenuncias),
  'denuncias/jurisdiccion': screen(denuncias, (m) => m.Jurisdiccion),
  reclamos: screen(reclamos, (m) => m.ColaReclamos),
  'reclamos/descargos': screen(reclamos, (m) => m.DescargosUnidad),
  'reclamos/cifras': screen(reclamos, (m) => m.CifrasReclamos),
  reencuentro: screen(reencuentro, (m) => m.ColaReencuentro),
  'reencuentro/cifras': screen(reencuentro, (m) => m.CifrasReencuentro),
  certificados: screen(certificados, (m) => m.Consulta),
  'certificados/cifras': screen(certificados, (m) => m.CifrasCertificados),
  'informacion/mi-clave': screen(informacion, (m) => m.MiClave),
  'informacion/cola': screen(informacion, (m) => m.Cola),
  felicitaciones: screen(felicitaciones, (m) => m.FelicitacionesUnidad),
  'felicitaciones/mias': screen(felicitaciones, (m) => m.MisFelicitaciones),
  'felicitaciones/cifras': screen(felicitaciones, (m) => m.CifrasFelicitaciones),
  condolencias: screen(condolencias, (m) => m.ColaCondolencias),
  'condolencias/memoriales': screen(condolencias, (m) => m.MemorialesAdmin),
  'condolencias/cifras': screen(condolencias, (m) => m.CifrasCondolencias),
  'condolencias/memoriales/nuevo': screen(condolencias, (m) => m.MemorialEditar),
  // The administrators' list of desks; `informacion/mesas/<desk>` is an analyst's (CON_PARAMETRO).
  'informacion/mesas': screen(informacion, (m) => m.MesasAdmin),
}

/** Screens of a path with one parameter after a prefix, when no path of PANTALLAS matched. */
const CON_PARAMETRO: [prefix: string, screen: Component][] = [
  ['personal/', screen(staff, (m) => m.PersonalEditar)],
  ['solicitudes-datos/', screen(solicitudesDatos, (m) => m.Solicitud)],
  ['denuncias/', screen(denuncias, (m) => m.Caso)],
  ['reclamos/descargos/', screen(reclamos, (m) => m.Descargo)],
  ['reclamos/', screen(reclamos, (m) => m.CasoReclamo)],
  ['reencuentro/', screen(reencuentro, (m) => m.CasoReencuentro)],
  ['informacion/mesas/', screen(informacion, (m) => m.ClavesMesa)],
  ['informacion/tips/', screen(informacion, (m) => m.Tip)],
  ['condolencias/memoriales/', screen(condolencias, (m) => m.MemorialEditar)],
]

/** Every officer screen under `/funcionarios` without a parameter, by its path. */
export function Funcionarios() {
  const paso = useSubpath('/funcionarios')
  const pantalla = () =>
    PANTALLAS[paso()] ??
    CON_PARAMETRO.find(
      ([prefix]) => paso().startsWith(prefix) && !paso().slice(prefix.length).includes('/'),
    )?.[1] ??
    NotFound
  return <Dynamic component={pantalla()} />
}
