/**
 * `npm run bench`: load figures for the embedded default, printed as a table.
 *
 * The Node server (on a fresh libSQL file) and the raw floor (a bare node:http server doing one
 * durable insert per request, scripts/bench/raw-floor.ts) run in their own processes; autocannon
 * loads them from this one. BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 50) tune it.
 * Sections can be picked: `npm run bench -- eleccion roll` (base, eleccion, login, enumeration,
 * floor, roll, frontend, slow, edge-hash, edge, edge-mail, denuncia, reclamo, reencuentro, informacion, desafio; all by default). `denuncia`
 * submits citizens' theft reports: the case, its history, the report, its signed PDF receipt in
 * the file store, the audit entry, the counter and the e-mail with the receipt, one durable batch;
 * `reclamo` complaints the same way, on the same server, and `reencuentro` family search requests. `npm run bench -- spike`
 * runs the election-day spike (scripts/bench/spike.ts) alone. `slow` measures the API, a page and a
 * write under a slow-clients attack beside the same with none (scripts/bench/slow-clients.ts).
 * `edge-hash` measures password hashing in the Workers bundle in workerd (scripts/bench/edge-hash.ts);
 * `edge` submits constancias to the Workers bundle and its shards in workerd, on the Turso
 * stand-in with added latencies, beside the Node path (scripts/bench/edge.ts);
 * `edge-mail` counts its Turso traffic per request and times the mail queue's drain
 * (scripts/bench/edge-mail.ts). `npm run bench -- cifras` seeds 10,000 rows up to the real service's
 * peak and times the figures routes, the rows a refresh reads, and the counters' cost to the
 * write path (scripts/bench/cifras.ts). `subida` uploads a 25 MB video through a link that drops
 * twice, to Node and to workerd: bytes sent again, the server's memory peak, the pace
 * (scripts/bench/subida.ts). `desafio` times the proof of work's solver in Chromium throttled ×4
 * beside unthrottled and Web Worker rows (scripts/bench/desafio.ts); the default bench prints the
 * ×4 row alone. `informacion` sends anonymous tips, each with its own proof of work, checked and
 * spent, and its ciphertext stored durably (scripts/bench/informacion.ts). `npm run bench -- proof`
 * runs the long proofs `npm test` runs smaller, at full size, and tabulates them (scripts/bench/proof.ts).
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { checkDigit } from '../core/run.ts'
import { launchBrowser } from '../tests/e2e/support/browser.ts'
import { measureFirstVisit, precacheSize } from '../tests/e2e/support/budget.ts'
import { certificadoRequest } from '../tests/support/certificados.ts'
import { denunciaRequest } from '../tests/support/denuncias.ts'
import { startNodeServer } from '../tests/support/node-server.ts'
import { reclamoRequest } from '../tests/support/reclamos.ts'
import { reencuentroRequest } from '../tests/support/reencuentro.ts'
import { type PublicJwk, verifyDocument } from '../worker/documents/signing.ts'
import { scryptPasswords } from '../worker/identity/password.ts'
import { cifrasBench } from './bench/cifras.ts'
import { desafioBench } from './bench/desafio.ts'
import { edgeBench } from './bench/edge.ts'
import { edgeHash, hashAlone, printEdgeHash } from './bench/edge-hash.ts'
import { edgeMail } from './bench/edge-mail.ts'
import { FLOOR_BODY, startFloor } from './bench/floor.ts'
import { tipBench } from './bench/informacion.ts'
import { proof } from './bench/proof.ts'
import { benchRollImport, REAL_ROLL } from './bench/roll-import.ts'
import { printSameWork, sameWork } from './bench/same-work.ts'
import {
  condolenciaRequests,
  issuedTokens,
  pendingCodes,
  seedCitizens,
  seedOfficer,
  seedPasswordCitizens,
} from './bench/seed-citizens.ts'
import { slowClients } from './bench/slow-clients.ts'
import { spike } from './bench/spike.ts'
import { subidaBench } from './bench/subida.ts'

// The servers the bench starts hash passwords as a deployment does, not at the tests' cost
// (tests/support/node-server.ts and edge.ts read it; decision 0071).
process.env.PASSWORD_HASHING = 'production'
const only = new Set(process.argv.slice(2))
const want = (section: string) => only.size === 0 || only.has(section)
if (only.has('spike')) {
  await spike()
  process.exit(0)
}
// Minutes of seeding (4.5 million rows at the peak): run when asked for.
if (only.has('cifras')) {
  await cifrasBench()
  process.exit(0)
}
// The long proofs `npm test` runs smaller (decision 0071): 10,000 generated requests per endpoint
// (a thousand upload parts), 20 kills of the server under write load.
if (only.has('proof')) {
  process.exit(proof())
}
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)

interface Figures {
  name: string
  rps: number
  /** Answers that succeeded, per second: what the row did, with what was shed (503) left out. */
  okPerSecond: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  /** The non-2xx answers by status (`429×120 409×3`): a limit, a conflict or a failure read apart. */
  porEstado: string
}

async function load(name: string, options: autocannon.Options): Promise<Figures> {
  const result = await autocannon({ connections, duration: seconds, ...options })
  return {
    name,
    rps: result.requests.average,
    okPerSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    porEstado: Object.entries(result.statusCodeStats ?? {})
      .filter(([status]) => !status.startsWith('2'))
      .map(([status, stats]) => `${status}×${stats.count ?? 0}`)
      .join(' '),
  }
}

const results: Figures[] = []

if (want('base')) {
  // Condolences are written by signed-in citizens (decision 0065): 200 of them, seeded with sessions.
  const day = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Santiago' })
  const server = await startNodeServer({ env: { DEMO_DATA: '1', RATE_LIMITS: '0' } })
  const writers = await seedCitizens(join(server.dataDir, 'comisaria.db'), `demo-${day}`, 200)
  results.push(await load('GET /api/health', { url: `${server.url}/api/health` }))
  results.push(
    await load('POST /api/condolencias (signed in, idempotent, durable)', {
      url: `${server.url}/api/condolencias`,
      requests: condolenciaRequests(server.url, writers),
    }),
  )
  // A memorial's first page of messages, as the edge would miss it (the origin's cost per miss).
  const general = (await (await fetch(`${server.url}/api/condolencias/memoriales/general`)).json()) as {
    primeraPagina: string
  }
  results.push(
    await load('GET a memorial’s first page (cacheable, versioned)', {
      url: `${server.url}${general.primeraPagina}`,
    }),
  )
  await server.stop()
}

// Election day: signed-in citizens submitting their constancia (session + validation + registry
// look-ups + insert + audit + outbox, one durable batch), each once.
let verifyRate = 0
if (want('eleccion')) {
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Santiago' })
  const electionServer = await startNodeServer({ env: { DEMO_DATA: '1', RATE_LIMITS: '0' } })
  const voters = await seedCitizens(join(electionServer.dataDir, 'comisaria.db'), `demo-${today}`, 60_000)
  let voter = 0
  results.push(
    await load('POST /api/constancias-voto (durable)', {
      url: `${electionServer.url}/api/constancias-voto`,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const citizen = voters[voter++ % voters.length]
            const body = JSON.stringify({
              eleccionId: `demo-${today}`,
              fechaNacimiento: '1980-01-01',
              email: 'votante@example.cl',
              emailConfirmacion: 'votante@example.cl',
              telefono: '+56912345678',
              declaracion: true,
            })
            const headers = {
              'content-type': 'application/json',
              origin: electionServer.url,
              cookie: citizen?.cookie ?? '',
            }
            return { ...request, headers, body }
          },
        },
      ],
    }),
  )
  const electionDb = join(electionServer.dataDir, 'comisaria.db')
  const codes = await pendingCodes(electionDb)
  // The citizens correct their pending requests' contact (decision 0080), each time to a new
  // address so that every one writes: the row, its audit entry and two e-mails, in one batch. Their
  // sessions were seeded moments ago, a sign-in as fresh as the correction asks.
  const cookieOfRun = new Map(voters.map((citizen) => [citizen.run, citizen.cookie]))
  let corrected = 0
  results.push(
    await load('POST /api/constancias-voto/:code/contacto (durable)', {
      url: electionServer.url,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const n = corrected++
            const pending = codes[n % codes.length]
            const email = `votante.${n}@example.cl`
            return {
              ...request,
              path: `/api/constancias-voto/${pending?.code}/contacto`,
              headers: {
                'content-type': 'application/json',
                origin: electionServer.url,
                cookie: cookieOfRun.get(pending?.run ?? '') ?? '',
              },
              body: JSON.stringify({ email, emailConfirmacion: email, telefono: '+56912345678' }),
            }
          },
        },
      ],
    }),
  )
  const officerToken = await seedOfficer(electionDb)
  let validated = 0
  results.push(
    await load('POST …/validar (signed PDF + e-mail, 10 connections)', {
      url: electionServer.url,
      connections: 10,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const pending = codes[validated++ % codes.length]
            const body = JSON.stringify({
              documento: 'cedula',
              numeroDocumento: '12345678',
              vencimiento: '2030-01-01',
              runDocumento: pending?.run,
              nombreCoincide: true,
            })
            return {
              ...request,
              path: `/api/funcionarios/constancias-voto/${pending?.code}/validar`,
              headers: {
                'content-type': 'application/json',
                origin: electionServer.url,
                cookie: `cv_session=${officerToken}`,
              },
              body,
            }
          },
        },
      ],
    }),
  )
  let verified = 0
  results.push(
    await load('GET /api/verificar/:code (public)', {
      url: electionServer.url,
      requests: [
        {
          setupRequest: (request) => ({
            ...request,
            path: `/api/verificar/${codes[verified++ % codes.length]?.code}`,
          }),
        },
      ],
    }),
  )
  // Quarantine: signed-in citizens asking for a permit in Santiago (in quarantine in the demo
  // data) for tomorrow morning: rules, the three registries (civil, prison, health), the quota's
  // counting INSERT, the Ed25519 signature, one durable batch.
  const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('en-CA', {
    timeZone: 'America/Santiago',
  })
  let asker = 0
  results.push(
    await load('POST /api/permisos (3 registries, signed, durable)', {
      url: `${electionServer.url}/api/permisos`,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const citizen = voters[asker++ % voters.length]
            const body = JSON.stringify({
              tipoId: 'salud',
              comunaCut: '13101',
              fecha: tomorrow,
              hora: '08:00',
              destino: 'Hospital San Borja Arriarán',
              serieCedula: citizen?.serie,
              campos: { establecimiento: 'Hospital San Borja Arriarán' },
            })
            const headers = {
              'content-type': 'application/json',
              origin: electionServer.url,
              cookie: citizen?.cookie ?? '',
            }
            return { ...request, headers, body }
          },
        },
      ],
    }),
  )
  // A lost phone's constancia (issue 16): the answers checked, the comuna read, the Ed25519
  // signature, the PDF made and written to the file store, the row, its audit entry, its counters
  // and its e-mail in one durable batch.
  const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('en-CA', {
    timeZone: 'America/Santiago',
  })
  const constancia = JSON.stringify(certificadoRequest('extravio_celular', yesterday))
  let holder = 0
  // A citizen's JSON submission, each request as the next voter in turn.
  const asVoters = (body: string): autocannon.Request[] => [
    {
      method: 'POST',
      setupRequest: (request) => {
        const citizen = voters[holder++ % voters.length]
        const headers = {
          'content-type': 'application/json',
          origin: electionServer.url,
          cookie: citizen?.cookie ?? '',
        }
        return { ...request, headers, body }
      },
    },
  ]
  results.push(
    await load('POST /api/certificados (signed PDF + e-mail, 10 connections)', {
      url: `${electionServer.url}/api/certificados`,
      // As the validation's row: a PDF each, 50 waiting at once would measure the queue.
      connections: 10,
      requests: asVoters(constancia),
    }),
  )
  // A commendation of an officer named (issue 18): the unit and its staff read in the
  // submission's one batch, the name matched, the row, its audit entry and its unit's counters.
  const felicitacion = JSON.stringify({
    unidadCode: 'DEMO-13101-1',
    funcionarioNombre: 'Muñoz',
    funcionarioGrado: 'Cabo',
    mensaje: 'Gracias por la atención y la paciencia en la guardia de la comisaría.',
  })
  results.push(
    await load('POST /api/felicitaciones (officer named, matched in the read batch)', {
      url: `${electionServer.url}/api/felicitaciones`,
      requests: asVoters(felicitacion),
    }),
  )
  const [permitToken] = await issuedTokens(electionDb)
  const keySet = (await (
    await fetch(`${electionServer.url}/.well-known/comisaria-virtual/keys.json`)
  ).json()) as {
    keys: PublicJwk[]
  }
  await electionServer.stop()

  // An officer's phone checking a permit's QR offline: the signature against the cached key set.
  const verifications = 5_000
  const verifyStarted = performance.now()
  for (let i = 0; i < verifications; i += 1) {
    const result = await verifyDocument(permitToken ?? '', keySet.keys)
    if (!result.valid) throw new Error('the bench permit does not verify')
  }
  verifyRate = verifications / ((performance.now() - verifyStarted) / 1000)
}

// Denuncias: signed-in citizens reporting last night's theft, each report a new case with its
// signed receipt (a PDF written to the file store), its audit entry, its counter and its e-mail
// (the PDF attached), and the stored answer of its Idempotency-Key: one durable batch.
// Reclamos (issue 18): the same citizens complaining about a unit's officer on the same server —
// a case on a legal term of working days (the holidays read in the submission's batch), its
// signed receipt, audit, counter and e-mail, as durable. Reencuentro (issue 19): family search
// requests, a case with its signed receipt, audit, counter and e-mail, as durable.
if (want('denuncia') || want('reclamo') || want('reencuentro')) {
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Santiago' })
  const ayer = new Date(Date.now() - 86_400_000).toLocaleDateString('en-CA', { timeZone: 'America/Santiago' })
  const server = await startNodeServer({ env: { DEMO_DATA: '1', RATE_LIMITS: '0' } })
  const citizens = await seedCitizens(join(server.dataDir, 'comisaria.db'), `demo-${today}`, 5_000)
  let sent = 0
  /** Each request from the next citizen, with its own Idempotency-Key. */
  const asCitizens = (body: string): autocannon.Request[] => [
    {
      method: 'POST',
      setupRequest: (request) => {
        sent += 1
        const headers = {
          'content-type': 'application/json',
          origin: server.url,
          cookie: citizens[sent % citizens.length]?.cookie ?? '',
          'idempotency-key': `bench-${sent}`,
        }
        return { ...request, headers, body }
      },
    },
  ]
  if (want('denuncia'))
    results.push(
      await load('POST /api/denuncias (case, signed PDF, audit, e-mail, durable)', {
        url: `${server.url}/api/denuncias`,
        requests: asCitizens(JSON.stringify(denunciaRequest(ayer, { email: 'denunciante@example.cl' }))),
      }),
    )
  if (want('reclamo'))
    results.push(
      await load('POST /api/reclamos (case on a legal term, signed PDF, audit, e-mail, durable)', {
        url: `${server.url}/api/reclamos`,
        requests: asCitizens(JSON.stringify(reclamoRequest(ayer, { email: 'reclamante@example.cl' }))),
      }),
    )
  if (want('reencuentro'))
    results.push(
      await load('POST /api/reencuentro (case, signed PDF, audit, e-mail, durable)', {
        url: `${server.url}/api/reencuentro`,
        requests: asCitizens(JSON.stringify(reencuentroRequest({ correo: 'busca@example.cl' }))),
      }),
    )
  await server.stop()
}

// Información anónima: anonymous tips, each with its own solved proof of work (checked, spent) and
// its ciphertext stored in one durable batch (scripts/bench/informacion.ts says how the challenges
// are solved ahead). The pool is sized for 2,000 tips a second, beyond what this machine reaches.
if (want('informacion')) {
  const tips = await tipBench(Math.max(1, seconds) * 2_000)
  results.push(
    await load('POST /api/informacion (proof of work, ciphertext, durable, 30 connections)', {
      url: `${tips.server.url}/api/informacion`,
      // Within the 32 API requests Node admits at once: a shed request would spend a challenge of
      // the pool for nothing, and the row measures the tip's path, not the shedding.
      connections: 30,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => ({
            ...request,
            headers: { 'content-type': 'application/json' },
            body: tips.next(),
          }),
        },
      ],
    }),
  )
  if (tips.overdrawn() > 0) console.log(`  tips beyond the pool (answered 400): ${tips.overdrawn()}`)
  await tips.stop()
}

// Login: bounded by the password hash by design. Accounts are written straight into the file.
const hashTimes: number[] = []
if (want('login')) {
  let hash = ''
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now()
    hash = await scryptPasswords.hash('una clave de prueba bastante larga')
    hashTimes.push(performance.now() - started)
  }
  const loginServer = await startNodeServer({ env: { RATE_LIMITS: '0' } })
  const runs = Array.from({ length: 200 }, (_, i) => `${20_000_000 + i}-${checkDigit(20_000_000 + i)}`)
  await seedPasswordCitizens(join(loginServer.dataDir, 'comisaria.db'), runs, hash)
  let login = 0
  results.push(
    await load('POST /api/auth/login (scrypt, 8 connections)', {
      url: `${loginServer.url}/api/auth/login`,
      connections: 8,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            login += 1
            const body = JSON.stringify({
              run: runs[login % runs.length],
              password: 'una clave de prueba bastante larga',
            })
            return { ...request, headers: { 'content-type': 'application/json' }, body }
          },
        },
      ],
    }),
  )
  await loginServer.stop()
}

// Registration and reset must not tell, by their time, who has an account.
const enumeration = want('enumeration') ? await sameWork() : undefined

if (want('floor')) {
  for (const mode of ['single', 'group', 'hono'] as const) {
    const floor = await startFloor(mode)
    results.push(
      await load(`${mode === 'hono' ? 'stack' : 'raw'} floor (${mode}): 1 durable insert`, {
        url: floor.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: FLOOR_BODY,
      }),
    )
    floor.stop()
  }
}

if (results.length > 0) {
  console.log(`\nBench: ${seconds} s per row, ${connections} connections, loopback, this machine\n`)
  console.table(
    results.map((r) => ({
      endpoint: r.name,
      'req/s': Math.round(r.rps),
      '2xx/s': Math.round(r.okPerSecond),
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      errors: r.errors,
      'non-2xx': r.non2xx,
      'by status': r.porEstado,
    })),
  )
}
if (enumeration) printSameWork(enumeration)
// The electoral roll import, streamed.
if (want('roll')) {
  const rollRows = Number(process.env.BENCH_ROLL_ROWS ?? 300_000)
  const roll = await benchRollImport(rollRows)
  console.log(
    `\nElectoral roll import: ${roll.imported} rows in ${roll.seconds.toFixed(1)} s = ${Math.round(roll.rowsPerSecond)} rows/s, ` +
      `peak RSS ${roll.peakRssMb.toFixed(0)} MB; the real roll (${REAL_ROLL}) would take ≈ ${(REAL_ROLL / roll.rowsPerSecond / 60).toFixed(0)} min`,
  )
}

// What a citizen downloads: the built PWA's first visit to a form, measured in Chromium.
if (want('frontend')) {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  })
  const pwa = await startNodeServer()
  const browser = await launchBrowser({ own: true })
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
  console.log('\nFront end (first visit, no service worker yet):')
  for (const path of ['/condolencias', '/condolencias/general', '/']) {
    const visit = await measureFirstVisit(browser, pwa.url, path)
    console.log(
      `  ${path.padEnd(22)} JS ${kb(visit.jsGzip)} gz (${kb(visit.jsRaw)} raw), transfer ${kb(visit.transfer)} in ${visit.requests} requests`,
    )
  }
  const precache = precacheSize('dist')
  console.log(`  precache: ${precache.entries} files, ${kb(precache.raw)} raw, ${kb(precache.gzip)} gz`)
  await browser.close()
  await pwa.stop()
}

if (want('slow')) await slowClients()
if (want('edge')) await edgeBench()
if (want('edge-mail')) await edgeMail()
if (want('subida')) await subidaBench()
// The tip's proof of work as a phone solves it: the ×4 figure alone unless the section is named.
if (want('desafio')) await desafioBench({ full: only.has('desafio') })

// Password hashing at the edge: the real Workers bundle in workerd, eight at once beside a probe.
if (want('edge-hash')) printEdgeHash(await hashAlone(), await edgeHash())

if (verifyRate > 0)
  console.log(`offline signature check (Ed25519, one core): ${Math.round(verifyRate)} permits/s`)
const figure = (prefix: string) => results.find((r) => r.name.startsWith(prefix))
const [health, write, constancia, raw] = [
  'GET /api/health',
  'POST /api/condolencias',
  'POST /api/constancias-voto',
  'raw floor (group',
].map(figure)
if (hashTimes.length > 0) {
  console.log(
    `password hash (scrypt N=2^15 r=8 p=3): ${Math.min(...hashTimes).toFixed(0)}–${Math.max(...hashTimes).toFixed(0)} ms`,
  )
}
if (health && write && raw) {
  console.log(`health / raw floor:      ${(health.rps / raw.rps).toFixed(2)}`)
  console.log(`submission / raw floor:  ${(write.rps / raw.rps).toFixed(2)}`)
  if (constancia) console.log(`constancia / raw floor:  ${(constancia.rps / raw.rps).toFixed(2)}`)
}
