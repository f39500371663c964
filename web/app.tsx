import { Route, Router } from '@solidjs/router'
import { type Component, lazy } from 'solid-js'
import { Layout } from './components/Layout.tsx'
import { NotFound } from './components/NotFound.tsx'
import { Home } from './home/Home.tsx'

// Each service is its own chunk: a citizen loads the shell and the one form they open (the
// service worker precaches the others for offline use); officers' screens are never precached.
const condolencias = () => import('./condolencias/pages.ts')
const page = (load: () => Promise<Component>) => lazy(async () => ({ default: await load() }))

const CondolenciasInicio = page(() => condolencias().then((m) => m.Inicio))
const CondolenciasNombre = page(() => condolencias().then((m) => m.Nombre))
const CondolenciasMensaje = page(() => condolencias().then((m) => m.Mensaje))
const CondolenciasRevisar = page(() => condolencias().then((m) => m.Revisar))
const CondolenciasEnviado = page(() => condolencias().then((m) => m.Enviado))
const Envios = page(() => import('./envios/Envios.tsx').then((m) => m.Envios))
const Funcionarios = page(() => import('./funcionarios/Funcionarios.tsx').then((m) => m.Funcionarios))

/** The routes of the PWA. Every path here is served offline by the service worker's index.html. */
export function App() {
  return (
    <Router root={Layout}>
      <Route path="/" component={Home} />
      <Route path="/condolencias" component={CondolenciasInicio} />
      <Route path="/condolencias/nombre" component={CondolenciasNombre} />
      <Route path="/condolencias/mensaje" component={CondolenciasMensaje} />
      <Route path="/condolencias/revisar" component={CondolenciasRevisar} />
      <Route path="/condolencias/enviado/:id" component={CondolenciasEnviado} />
      <Route path="/envios" component={Envios} />
      <Route path="/funcionarios/*" component={Funcionarios} />
      <Route path="*" component={NotFound} />
    </Router>
  )
}
