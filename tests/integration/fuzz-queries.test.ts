import fc from 'fast-check'
import { ColaQuery } from '../../worker/casos/consultas.ts'
import { PosiblesDuplicadosQuery } from '../../worker/denuncias/consulta.ts'
import { UnidadesQuery } from '../../worker/unidades/route.ts'
import { describeFuzz, ELECCION, type Endpoint, get, inputOf } from '../support/fuzz.ts'
import { codeSegment, date, format, oddText, option, safeEncode } from '../support/fuzz-values.ts'

/** The path under `prefix` with a generated document code, and `suffix` after it. */
const withCode = (prefix: string, suffix = '') => codeSegment.map((code) => `${prefix}/${code}${suffix}`)

/** Every `GET` that reads a query string or a path parameter, public or for a signed-in ClaveÚnica citizen. */
const PUBLIC: Record<string, () => Endpoint> = {
  'GET /api/unidades': () =>
    get('/api/unidades', {
      query: inputOf(UnidadesQuery, {
        cerca: format(
          fc
            .tuple(
              fc.double({ min: -90, max: 90, noNaN: true }),
              fc.double({ min: -180, max: 180, noNaN: true }),
            )
            .map(([lat, lon]) => `${lat.toFixed(4)},${lon.toFixed(4)}`),
          ['', 'abc', '-33.45', '-33.45;-70.66', '1e3,1', '-33.45,-70.66,0', '-33.45, -70.66'],
        ),
        comuna: format(fc.constantFrom('13101', '05101', '99999'), ['', '1310', '131011', 'abcde', '13101 ']),
        limite: format(fc.integer({ min: 1, max: 50 }).map(String), [
          '',
          '0',
          '51',
          '-1',
          '1.5',
          'abc',
          'NaN',
          '1e1',
        ]),
      }),
    }),
  'GET /api/verificar/:code': () => get(withCode('/api/verificar'), { fields: ['code'] }),
  'GET /api/constancias-voto/eleccion': () => get('/api/constancias-voto/eleccion'),
}

const CITIZEN: Record<string, (session: string) => Endpoint> = {
  'GET /api/constancias-voto/ficha': (session) =>
    get('/api/constancias-voto/ficha', {
      session,
      query: { eleccion: { valid: fc.constantFrom(ELECCION, '2025-11-16'), invalid: oddText() } },
      // A closed election's window names the query's election by the form's label (decision 0081).
      labels: { eleccion: 'eleccionId' },
    }),
  'GET /api/constancias-voto/:code': (session) => get(withCode('/api/constancias-voto'), { session }),
  'GET /api/constancias-voto/:code/pdf': (session) =>
    get(withCode('/api/constancias-voto', '/pdf'), { session }),
  'GET /api/permisos/ficha': (session) => get('/api/permisos/ficha', { session }),
  'GET /api/permisos/:code': (session) => get(withCode('/api/permisos'), { session }),
  'GET /api/permisos/:code/pdf': (session) => get(withCode('/api/permisos', '/pdf'), { session }),
  'GET /api/mis-tramites': (session) => get('/api/mis-tramites', { session }),
  'GET /api/borradores/:formulario': (session) =>
    get(
      fc
        .oneof(fc.constantFrom('permisos', 'denuncias', 'condolencias', 'PERMISOS', '%00', '..'), oddText())
        .map((form) => `/api/borradores/${safeEncode(form)}`),
      { session },
    ),
  'GET /api/denuncias/ficha': (session) => get('/api/denuncias/ficha', { session }),
  'GET /api/denuncias/posibles-duplicados': (session) =>
    get('/api/denuncias/posibles-duplicados', {
      session,
      query: inputOf(PosiblesDuplicadosQuery, {
        tipo: option(['hurto_simple', 'estafa', 'maltrato_animal'], 'Hurto_simple', 'robo'),
        fecha: date(),
        lat: format(
          fc.double({ min: -56, max: -17.5, noNaN: true }).map((n) => n.toFixed(4)),
          ['abc', '-91', '91', ''],
        ),
        lon: format(
          fc.double({ min: -109, max: -66, noNaN: true }).map((n) => n.toFixed(4)),
          ['abc', '-181', '181', ''],
        ),
        comuna: format(fc.constantFrom('13101', '05101', '99999'), ['', '1310', '131011', 'abcde']),
      }),
    }),
  'GET /api/denuncias/:numero': (session) => get(withCode('/api/denuncias'), { session }),
  'GET /api/denuncias/:numero/pdf': (session) => get(withCode('/api/denuncias', '/pdf'), { session }),
  'GET /api/certificados': (session) => get('/api/certificados', { session }),
  'GET /api/certificados/:codigo': (session) => get(withCode('/api/certificados'), { session }),
  'GET /api/certificados/:codigo/pdf': (session) => get(withCode('/api/certificados', '/pdf'), { session }),
  // A download is recorded in the audit log.
  'GET /api/mis-datos/descarga': (session) =>
    get('/api/mis-datos/descarga', {
      session,
      // JSON only: the PDF is the same data drawn (tests/integration/mis-datos.test.ts).
      query: { formato: { valid: fc.constant('json'), invalid: oddText() } },
      writes: ['audit_log'],
    }),
}

const CITIZEN_CASOS: Record<string, (session: string) => Endpoint> = {
  'GET /api/casos/:numero': (session) => get(withCode('/api/casos'), { session }),
}

const STAFF: Record<string, (session: string) => Endpoint> = {
  'GET /api/funcionarios/casos/:servicio/cola': (session) =>
    get('/api/funcionarios/casos/denuncia/cola', {
      session,
      query: inputOf(ColaQuery, {
        estado: format(
          fc.constantFrom('recibida', 'en_analisis,derivada'),
          ['', 'RECIBIDA', 'recibida,', 'a;b'],
          ['borrada'],
        ),
        tipo: format(fc.constantFrom('estafa'), ['', 'Estafa', 'a b']),
        region: format(fc.constantFrom('13', '05'), ['', '1', '131', 'RM']),
        unidad: format(fc.constantFrom('DEMO-13101-1'), ['', 'x'.repeat(41)]),
        duplicado: format(fc.constant('si'), ['', 'no', 'SI', '1']),
        desde: format(
          fc.tuple(fc.nat(), fc.nat()).map(([at, rowid]) => `${at}.${rowid}`),
          ['', '1.', '.1', 'ayer', '1.2.3', '9'.repeat(16)],
        ),
        limite: format(fc.integer({ min: 1, max: 100 }).map(String), ['', '0', '101', '-1', '1.5', 'abc']),
      }),
    }),
  'GET /api/funcionarios/casos/:numero': (session) => get(withCode('/api/funcionarios/casos'), { session }),
  'GET /api/funcionarios/casos/:numero/envio': (session) =>
    get(withCode('/api/funcionarios/casos', '/envio'), { session }),
  'GET /api/funcionarios/casos/:numero/archivos/:id': (session) =>
    get(withCode('/api/funcionarios/casos', '/archivos/0193a6f2-archivo'), { session }),
  // A look-up that finds one is recorded in the audit log; these codes find none.
  'GET /api/funcionarios/certificados/:codigo': (session) =>
    get(withCode('/api/funcionarios/certificados'), { session }),
  'GET /api/supervisor/certificados/cifras': (session) =>
    get('/api/supervisor/certificados/cifras', {
      session,
      query: { fecha: { valid: fc.constantFrom('2026-11-23', '2025-01-01'), invalid: oddText() } },
    }),
  'GET /api/supervisor/denuncias/cifras': (session) =>
    get('/api/supervisor/denuncias/cifras', {
      session,
      query: { fecha: { valid: fc.constantFrom('2026-11-23', '2025-01-01'), invalid: oddText() } },
    }),
}

describeFuzz('query strings and paths', PUBLIC, { ...CITIZEN, ...CITIZEN_CASOS }, STAFF)
