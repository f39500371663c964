import { Route, Router } from '@solidjs/router'
import { type Component, lazy } from 'solid-js'
import { Layout } from './components/Layout.tsx'
import { screen, serviceRoutes } from './components/lazy.ts'
import { NotFound } from './components/NotFound.tsx'

// Each service is its own chunk: a citizen loads the shell and the one form they open (the
// service worker precaches the others for offline use); officers' screens are never precached.
const page = (load: () => Promise<Component>) => lazy(async () => ({ default: await load() }))

// Constancias (the election's and the nine others) and permits: one route each here, whose module
// adds the service's nested routes as it loads (components/lazy.ts' addServiceRoutes, decision
// 0073) and shows a path none of them defines as not found; its screens bring their own words.
const Constancias = page(() => import('./constancias/rutas.tsx').then((m) => m.NotFound))
// The condolence book: one route; each screen its own chunk (a first visit loads only the one it
// lands on), the service worker precaches the rest.
const Condolencias = page(() => import('./condolencias/condolencias.tsx').then((m) => m.Condolencias))
// Commendations (issue 18): one route; each screen its own chunk, as the condolence book's.
const Felicitaciones = page(() => import('./felicitaciones/felicitaciones.tsx').then((m) => m.Felicitaciones))
const Permisos = page(() => import('./permisos/permisos.tsx').then((m) => m.NotFound))
// Información anónima: one route; nothing of it kept on the device (web/informacion/, decision 0045).
const Informacion = page(() => import('./informacion/informacion.tsx').then((m) => m.Informacion))
// Denuncias: one route; the screener first, the form after it, each with its words.
const Denuncias = page(() => import('./denuncias/denuncias.tsx').then((m) => m.Denuncias))
// Reclamos (issue 18): one route; the start page first, the form after it, the complaint apart.
const Reclamos = page(() => import('./reclamos/reclamos.tsx').then((m) => m.Reclamos))
// Reencuentro familiar (issue 19): one route; the start page and the screener first, the form after them.
const Reencuentro = page(() => import('./reencuentro/reencuentro.tsx').then((m) => m.Reencuentro))

// The account screens are each their own chunk: every one of them is a first visit's landing
// page (a ClaveÚnica return, an e-mailed link) and must fit the budget alone. Each brings its
// words (web/cuenta/i18n, web/cuenta/registro/i18n) and exports `ready`: the screen waits for them.
const withWords = screen
// What this device sent (the offline kit's page), with its words: apart from the index too.
const Envios = withWords(
  () => import('./envios/Envios.tsx'),
  (m) => m.Envios,
)
// The home page, with its words (the services' descriptions): apart from the index every page loads.
const Home = withWords(
  () => import('./home/Home.tsx'),
  (m) => m.Home,
)
const Ingresar = withWords(
  () => import('./cuenta/Ingresar.tsx'),
  (m) => m.Ingresar,
)
const IngresarClave = withWords(
  () => import('./cuenta/IngresarClave.tsx'),
  (m) => m.IngresarClave,
)
// "Mis datos" (Ley 21.719): one route, whose module picks the screen; each brings its words.
const MisDatos = page(() => import('./mis-datos/rutas.tsx').then((m) => m.MisDatos))
const MisTramites = withWords(
  () => import('./cuenta/MisTramites.tsx'),
  (m) => m.MisTramites,
)
const Registrarse = withWords(
  () => import('./cuenta/registro/Registrarse.tsx'),
  (m) => m.Registrarse,
)
const RevisarCorreo = withWords(
  () => import('./cuenta/registro/Registrarse.tsx'),
  (m) => m.RevisarCorreo,
)
const VerificarCorreo = withWords(
  () => import('./cuenta/registro/VerificarCorreo.tsx'),
  (m) => m.VerificarCorreo,
)
const RecuperarClave = withWords(
  () => import('./cuenta/registro/RecuperarClave.tsx'),
  (m) => m.RecuperarClave,
)
const RestablecerClave = withWords(
  () => import('./cuenta/registro/RestablecerClave.tsx'),
  (m) => m.RestablecerClave,
)

// Officers' screens (assets/staff/ only): one route whose module picks the screen, those with a
// parameter included.
const Funcionarios = page(() => import('./funcionarios/rutas.tsx').then((m) => m.Funcionarios))
const Verificar = withWords(
  () => import('./verificar/Verificar.tsx'),
  (m) => m.Verificar,
)

/** The routes of the PWA. Every path here is served offline by the service worker's index.html. */
export function App() {
  return (
    <Router root={Layout}>
      <Route path="/" component={Home} />
      <Route path="/condolencias/*" component={Condolencias} />
      <Route path="/felicitaciones/*" component={Felicitaciones} />
      <Route path="/constancias/*" component={Constancias} />
      <Route path="/permisos/*" component={Permisos} />
      <Route path="/denuncias/*" component={Denuncias} />
      <Route path="/informacion/*" component={Informacion} />
      <Route path="/reclamos/*" component={Reclamos} />
      <Route path="/reencuentro/*" component={Reencuentro} />
      <Route path="/envios" component={Envios} />
      <Route path="/ingresar" component={Ingresar} />
      <Route path="/ingresar/clave" component={IngresarClave} />
      <Route path="/registrarse" component={Registrarse} />
      <Route path="/registrarse/revise-su-correo" component={RevisarCorreo} />
      <Route path="/verificar-correo" component={VerificarCorreo} />
      <Route path="/recuperar-clave" component={RecuperarClave} />
      <Route path="/restablecer-clave" component={RestablecerClave} />
      <Route path="/mis-tramites" component={MisTramites} />
      <Route path="/mis-datos/*paso" component={MisDatos} />
      <Route path="/funcionarios/*paso" component={Funcionarios} />
      <Route path="/verificar" component={Verificar} />
      <Route path="*" component={NotFound} />
      {serviceRoutes()}
    </Router>
  )
}
