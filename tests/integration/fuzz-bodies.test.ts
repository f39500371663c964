import fc from 'fast-check'
import * as v from 'valibot'
import { TIPOS } from '../../core/certificados/tipos.ts'
import { CAMPOS_OBJETO, MAX_OBJETOS, MAX_PERSONAS } from '../../core/denuncias/tipos.ts'
import { TIPOS_RECLAMO } from '../../core/reclamos/tipos.ts'
import { RELACIONES } from '../../core/reencuentro/tipos.ts'
import { MAX_BYTES } from '../../worker/archivos/limites.ts'
import { SubidaInput } from '../../worker/archivos/schema.ts'
import { BorradorInput, MAX_RESPUESTAS } from '../../worker/borradores/schema.ts'
import {
  AccionInput,
  DescargoInput,
  InformacionInput,
  JurisdiccionInput,
  RespuestaInput,
} from '../../worker/casos/schema.ts'
import { AnulacionInput, certificadoDe, ETIQUETAS_CERTIFICADO } from '../../worker/certificados/schema.ts'
import {
  CondolenciaInput,
  MemorialInput,
  MOTIVOS_REPORTE,
  ReporteInput,
} from '../../worker/condolencias/schema.ts'
import {
  AvisoInput,
  ContactoInput,
  CorreoInput,
  FechaNacimientoInput,
  SolicitudInput,
} from '../../worker/constancias-voto/schema.ts'
import { denunciaDe, MAX_ARCHIVOS } from '../../worker/denuncias/schema.ts'
import { VerificarInput } from '../../worker/documents/verificar-route.ts'
import {
  AsignacionInput,
  FelicitacionInput,
  MENSAJE_MAX,
  MENSAJE_MIN,
} from '../../worker/felicitaciones/schema.ts'
import {
  LoginInput,
  RegisterInput,
  ResetRequestInput,
  SetPasswordInput,
  StaffLoginInput,
  TokenInput,
  TotpInput,
} from '../../worker/identity/schemas.ts'
import { ArchivosAnonimosInput } from '../../worker/informacion/archivos.ts'
import { MAX_CIFRADO } from '../../worker/informacion/archivos-limites.ts'
import {
  AnalistaInput,
  EnvolverInput,
  MiClaveInput,
  NuevaClaveInput,
  UnidadMesaInput,
} from '../../worker/informacion/claves-schema.ts'
import { InformacionAnonimaInput, MESAS } from '../../worker/informacion/schema.ts'
import {
  ConsultaInput,
  DerivarInput,
  ESTADOS,
  EstadoInput,
  MensajeInput,
  NotaInput,
  PreguntaInput,
  ResellarInput,
} from '../../worker/informacion/seguimiento-schema.ts'
import { PermisoInput } from '../../worker/permisos/schema.ts'
import { RectificacionInput, SupresionInput } from '../../worker/privacy/schema.ts'
import {
  COMENTARIO_MAX,
  MOTIVO_REAPERTURA,
  ReaperturaInput,
  ReclamoInput,
  ValoracionInput,
} from '../../worker/reclamos/schema.ts'
import {
  ConsultaInput as ConsultaRegistroInput,
  ETIQUETAS_CONSULTA,
} from '../../worker/reencuentro/campos.ts'
import { ReencuentroInput } from '../../worker/reencuentro/schema.ts'
import { respuestasValidas } from '../support/certificados.ts'
import { describeFuzz, ELECCION, type Endpoint, jsonPost } from '../support/fuzz.ts'
import {
  anyString,
  date,
  email,
  flag,
  format,
  mustBeTrue,
  object,
  option,
  optional,
  phone,
  respuestas,
  run,
  text,
  time,
  token,
  whole,
} from '../support/fuzz-values.ts'

const password = anyString(1024)
const OTRAS_ELECCIONES = ['demo', 'demo-2026-11-24', 'DEMO-2026-11-23', ' demo-2026-11-23', "' or 1=1 --"]
/** The days a permit may start on (from the clock's Monday, a week ahead) and real days it may not. */
const SEMANA = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-27', '2026-11-29', '2026-11-30']
const FUERA = ['2026-11-22', '2026-12-01', '2025-11-23', '1900-01-01', '9999-12-31']

/** What HPKE sealed, well formed (its bytes mean nothing: no key opens them). */
const SELLADO = { enc: 'B'.repeat(87), cifrado: 'c2VsbGFkbw' }
const SELLADO_MESA = { ...SELLADO, claveVersion: 1 }
const reciboId = () =>
  format(fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), ['', 'abc', 'x'.repeat(44), `${'a'.repeat(42)}+`])

/** A challenge of the right shape that this server never signed (its signature is zeros). */
const DESAFIO_FALSO = {
  parameters: {
    algorithm: 'SHA-256',
    nonce: 'ab'.repeat(16),
    salt: 'cd'.repeat(16),
    cost: 1,
    keyLength: 32,
    keyPrefix: 'ef'.repeat(16),
    keySignature: '01'.repeat(32),
    data: { vence: 4_102_444_800_000 },
  },
  signature: '0'.repeat(64),
  solution: { counter: 7, derivedKey: 'ef'.repeat(32) },
}

/**
 * Every endpoint that reads a JSON body, public or for a signed-in ClaveÚnica citizen. Those that
 * write on a valid request, and the logins (a well-formed one costs a scrypt hash), get only
 * invalid requests: each breaks at least one field.
 */
const PUBLIC: Record<string, () => Endpoint> = {
  // No valid proof of work can be drawn: every tip the fuzzer sends must be refused, nothing written.
  'POST /api/informacion': () =>
    jsonPost(
      '/api/informacion',
      InformacionAnonimaInput,
      {
        desafio: object([DESAFIO_FALSO], [null, 'desafio', {}, [], { ...DESAFIO_FALSO, solution: null }]),
        mesa: option([...MESAS]),
        cifrado: format(fc.stringMatching(/^[A-Za-z0-9_-]{1,300}$/), ['', 'no base64!', '====']),
        enc: format(fc.stringMatching(/^[A-Za-z0-9_-]{87}$/), ['', 'a b', 'x'.repeat(201)]),
        claveVersion: whole(1, 1_000_000),
        reciboHash: format(fc.stringMatching(/^[0-9a-f]{64}$/), ['', 'abc', 'G'.repeat(64), 'A'.repeat(64)]),
        respuestaClave: format(fc.stringMatching(/^[A-Za-z0-9_-]{87}$/), ['', 'a+b/', 'x'.repeat(201)]),
        archivos: object(
          [[], ['Zm9vYmFyYmF6cXV4MTIzNA']],
          [
            'x',
            [1],
            ['corto'],
            ['a b'.repeat(8)],
            Array.from({ length: 11 }, (_, i) => `archivo-anonimo-${i}`),
          ],
        ),
      },
      { alwaysInvalid: true },
    ),
  // The same: no valid proof of work, so no batch of uploads is ever begun (decision 0046).
  'POST /api/informacion/archivos': () =>
    jsonPost(
      '/api/informacion/archivos',
      ArchivosAnonimosInput,
      {
        desafio: object([DESAFIO_FALSO], [null, 'desafio', {}, { ...DESAFIO_FALSO, signature: 'x' }]),
        archivos: object(
          [[{ bytes: 1_000 }], Array.from({ length: 10 }, () => ({ bytes: MAX_CIFRADO }))],
          [
            [],
            [{ bytes: 0 }],
            [{ bytes: MAX_CIFRADO + 1 }],
            [{}],
            'x',
            Array.from({ length: 11 }, () => ({ bytes: 99 })),
          ],
        ),
      },
      { alwaysInvalid: true },
    ),
  // The way back (decision 0047): no valid proof of work either, so nothing is read or written.
  'POST /api/informacion/consulta': () =>
    jsonPost(
      '/api/informacion/consulta',
      ConsultaInput,
      { desafio: object([DESAFIO_FALSO], [null, 'desafio', {}]), reciboId: reciboId() },
      { alwaysInvalid: true },
    ),
  'POST /api/informacion/mensajes': () =>
    jsonPost(
      '/api/informacion/mensajes',
      MensajeInput,
      {
        desafio: object([DESAFIO_FALSO], [null, 'desafio', {}]),
        reciboId: reciboId(),
        mesa: object(
          [
            { id: 'drogas', claveVersion: 1, ...SELLADO },
            { claveVersion: 1, ...SELLADO },
          ],
          [null, {}, SELLADO, { id: 'otra', claveVersion: 1, ...SELLADO }, { claveVersion: 0, ...SELLADO }],
        ),
        copia: object([SELLADO], [null, {}, { enc: '', cifrado: 'x' }]),
        archivos: object([[], ['a1']], ['a1', [1], null]),
      },
      // An element of the list is named by its place (`archivos.0`, «Archivo 1»).
      { alwaysInvalid: true, fields: Array.from({ length: 10 }, (_, i) => `archivos.${i}`) },
    ),
  // A reader's report: a valid one of no message is a 404 (decision 0065).
  'POST /api/condolencias/:id/reportes': () =>
    jsonPost(
      '/api/condolencias/no-existe/reportes',
      ReporteInput,
      { motivo: option([...MOTIVOS_REPORTE], 'OFENSIVO'), detalle: optional(text(500)) },
      { writes: [] },
    ),
  'POST /api/auth/register': () =>
    jsonPost(
      '/api/auth/register',
      RegisterInput,
      {
        run: run(),
        nombres: text(100),
        apellidos: text(100),
        email: email(),
        password: anyString(1024, ['corta', 'x'.repeat(129)]),
      },
      { alwaysInvalid: true },
    ),
  'POST /api/auth/verify-email': () => jsonPost('/api/auth/verify-email', TokenInput, { token: token() }),
  'POST /api/auth/login': () =>
    jsonPost('/api/auth/login', LoginInput, { run: run(), password }, { alwaysInvalid: true }),
  // No account has these addresses: a valid request answers 202 and, as for an account, writes an
  // e-mail (saying there is none) and an audit entry, with its idempotent answer.
  'POST /api/auth/password-reset': () =>
    jsonPost(
      '/api/auth/password-reset',
      ResetRequestInput,
      { email: email() },
      { writes: ['idempotency_keys', 'outbox', 'audit_log'] },
    ),
  'POST /api/auth/password': () =>
    jsonPost('/api/auth/password', SetPasswordInput, { token: token(), password }),
  'POST /api/staff/login': () =>
    jsonPost('/api/staff/login', StaffLoginInput, { username: email(), password }, { alwaysInvalid: true }),
  'POST /api/staff/login/totp': () =>
    jsonPost('/api/staff/login/totp', TotpInput, {
      challenge: token(),
      code: format(
        fc.oneof(
          fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0')),
          fc.constant(' 123456 '),
        ),
        ['', '12345', '1234567', 'abcdef', '12 345', '１２３４５６'],
      ),
    }),
  // A signature that does not verify is a 200 `firmaValida: false`, stored for an idempotent replay.
  'POST /api/verificar': () =>
    jsonPost('/api/verificar', VerificarInput, { token: anyString(2000) }, { writes: ['idempotency_keys'] }),
}

const CITIZEN: Record<string, (session: string) => Endpoint> = {
  'POST /api/constancias-voto': (session) =>
    jsonPost(
      '/api/constancias-voto',
      SolicitudInput,
      {
        eleccionId: option([ELECCION], ...OTRAS_ELECCIONES),
        fechaNacimiento: date(),
        email: email(),
        emailConfirmacion: email(),
        telefono: phone(),
        declaracion: mustBeTrue(),
      },
      { session, alwaysInvalid: true },
    ),
  'POST /api/constancias-voto/aviso': (session) =>
    jsonPost(
      '/api/constancias-voto/aviso',
      AvisoInput,
      { eleccionId: option([ELECCION], ...OTRAS_ELECCIONES) },
      { session, alwaysInvalid: true },
    ),
  // No request has this code: a valid correction is a 404 (or 403: no fresh sign-in), nothing written.
  'POST /api/constancias-voto/:code/contacto': (session) =>
    jsonPost(
      `/api/constancias-voto/${NINGUNO}/contacto`,
      ContactoInput,
      { email: email(), emailConfirmacion: email(), telefono: phone() },
      { session },
    ),
  // Reads only: a valid date is a 200 or a 400 on its field, and nothing is written.
  'POST /api/constancias-voto/fecha-nacimiento': (session) =>
    jsonPost(
      '/api/constancias-voto/fecha-nacimiento',
      FechaNacimientoInput,
      { fechaNacimiento: date() },
      { session },
    ),
  'POST /api/permisos': (session) =>
    jsonPost(
      '/api/permisos',
      PermisoInput,
      {
        tipoId: option(['compras', 'salud', 'funeral', 'cuidado'], 'COMPRAS', 'compra', ' compras', 'otro'),
        comunaCut: format(
          fc.constantFrom('13101', '5101', ' 13101 ', '13123'),
          ['', '1', '123', '123456', 'abcde', '1310l', '13 101'],
          ['99999', '00000', '0000'],
        ),
        fecha: date(SEMANA, FUERA),
        hora: time(),
        destino: text(200, 5),
        // Only malformed serials: a well-formed wrong one is a refusal, recorded like an issued permit.
        serieCedula: format(fc.constantFrom('A034567890', 'a.034.567.890', '123.456.789', 'B 123 456 789'), [
          '',
          'A12345678',
          'AB123456789',
          '12345678',
          '1234567890',
          'Ñ123456789',
        ]),
        campos: object(
          [
            {},
            { establecimiento: 'Hospital del Salvador' },
            { fallecido: 'Juan Pérez', dependiente: 'Rosa' },
          ],
          [
            'texto',
            [],
            null,
            1,
            { otro: 'x' },
            { establecimiento: '' },
            { fallecido: '   ' },
            { dependiente: 'x'.repeat(121) },
          ],
        ),
      },
      { session, alwaysInvalid: true, fields: ['campos.otro'] },
    ),
  // A valid body begins an upload (its row, and the key's answer); a file over 25 MB is refused by name.
  'POST /api/archivos': (session) =>
    jsonPost(
      '/api/archivos',
      SubidaInput,
      { nombre: text(255), bytes: whole(1, MAX_BYTES, [MAX_BYTES + 1, 2 ** 40]) },
      { session, writes: ['archivos', 'idempotency_keys'], fields: ['archivo'] },
    ),
  // Only invalid bodies: a valid one would open a case. The shape of a simple theft; another
  // offence's name is left out, since with these answers it could be a valid report.
  'POST /api/denuncias': (session) =>
    jsonPost(
      '/api/denuncias',
      denunciaDe('hurto_simple'),
      {
        tipo: option(['hurto_simple'], 'HURTO_SIMPLE', ' hurto_simple', 'hurto', 'robo'),
        desdeFecha: date(['2026-11-22', '2026-11-20'], ['2026-11-25', '2021-11-22', '1900-01-01']),
        desdeHora: time(),
        hastaFecha: date(['2026-11-22', '2026-11-23']),
        hastaHora: time(),
        comunaCut: format(
          fc.constantFrom('13101', '05101'),
          ['', '1310', '131011', 'abcde', '13 101'],
          ['99999'],
        ),
        lugar: text(200, 3),
        punto: object(
          [
            { lat: -33.44, lon: -70.65 },
            { lat: -27.11, lon: -109.35 },
          ],
          [{ lat: 48.85, lon: 2.35 }, { lat: '-33' }, { lat: -33.44 }, [], 'aquí', { lat: -91, lon: 0 }],
        ),
        relato: text(5000, 50),
        objetos: object(
          [
            [{ descripcion: 'Teléfono', imei: '352099001761481', valor: 1000 }],
            [{ descripcion: 'Bicicleta roja' }],
          ],
          [
            [],
            [{}],
            [{ descripcion: 'Teléfono', imei: '352099001761482' }],
            [{ descripcion: 'x', valor: -1 }],
            [{ descripcion: 'Auto', patente: 'BBBB12' }],
            Array.from({ length: MAX_OBJETOS + 1 }, () => ({ descripcion: 'Caja' })),
            'teléfono',
          ],
        ),
        sospechosos: object(
          [[], [{ descripcion: 'Hombre alto, chaqueta negra' }]],
          [[{}], [{ descripcion: '' }], [{ descripcion: 'ok', edad: 30 }], {}],
        ),
        testigos: object([[], [{ nombre: 'Rosa Díaz' }]], [[{ contacto: '123' }], [{ nombre: 'R' }], null]),
        archivos: object(
          [[]],
          [['a'], ['../etc/passwd'], Array.from({ length: MAX_ARCHIVOS + 1 }, () => 'x')],
        ),
        email: email(),
        telefono: phone(),
        comunaDomicilio: format(fc.constantFrom('13101', '13114'), ['', '1', 'santiago'], ['99999']),
        veracidad: mustBeTrue(),
        primeraVez: mustBeTrue(),
      },
      {
        session,
        alwaysInvalid: true,
        // The fields of the things, suspects and witnesses, by their place in their list.
        fields: [
          ...Array.from({ length: MAX_OBJETOS }, (_, i) =>
            CAMPOS_OBJETO.map((c) => `objetos.${i}.${c}`),
          ).flat(),
          ...Array.from({ length: MAX_OBJETOS + 1 }, (_, i) => [
            `objetos.${i}`,
            `objetos.${i}.patente`,
          ]).flat(),
          ...Array.from({ length: MAX_PERSONAS }, (_, i) => [
            `sospechosos.${i}.descripcion`,
            `sospechosos.${i}.nombre`,
            `sospechosos.${i}.edad`,
            `testigos.${i}.nombre`,
            `testigos.${i}.contacto`,
            `sospechosos.${i}`,
            `testigos.${i}`,
          ]).flat(),
          ...Array.from({ length: MAX_ARCHIVOS + 1 }, (_, i) => `archivos.${i}`),
          'punto.lat',
          'punto.lon',
        ],
      },
    ),
  // Only invalid bodies: a valid one would open a case. A unit that exists and one that does not.
  'POST /api/reclamos': (session) =>
    jsonPost(
      '/api/reclamos',
      ReclamoInput,
      {
        tipoReclamo: format(fc.constantFrom(...TIPOS_RECLAMO), ['', 'robo', 'OTRO', "' or 1=1 --"]),
        relato: text(5000, 30),
        fecha: date(['2026-11-22', '2026-11-20'], ['2026-11-25', '2023-11-22', '1900-01-01']),
        hora: time(),
        comunaCut: format(fc.constantFrom('13101', '05101'), ['', '1310', 'abcde'], ['99999']),
        lugar: text(200, 3),
        unidadCode: format(
          fc.constantFrom('DEMO-13101-1'),
          ['', 'x'.repeat(41)],
          ['NO-EXISTE', "' or 1=1 --"],
        ),
        funcionario: object(
          [{}, { nombre: 'Juan Soto', grado: 'Cabo' }, { senas: 'Placa 42' }],
          [{ rut: '1-9' }, { nombre: '' }, 'Juan', null],
        ),
        vehiculo: text(20),
        testigos: object([[], [{ nombre: 'Rosa Díaz' }]], [[{ contacto: '123' }], [{ nombre: 'R' }], null]),
        archivos: object(
          [[]],
          [['a'], ['../etc/passwd'], Array.from({ length: MAX_ARCHIVOS + 1 }, () => 'x')],
        ),
        peticion: text(2000, 5),
        email: email(),
        telefono: phone(),
        veracidad: mustBeTrue(),
      },
      {
        session,
        alwaysInvalid: true,
        fields: [
          'funcionario.nombre',
          'funcionario.grado',
          'funcionario.senas',
          'funcionario.rut',
          ...Array.from({ length: MAX_PERSONAS }, (_, i) => [
            `testigos.${i}.nombre`,
            `testigos.${i}.contacto`,
            `testigos.${i}`,
          ]).flat(),
          ...Array.from({ length: MAX_ARCHIVOS + 1 }, (_, i) => `archivos.${i}`),
        ],
      },
    ),
  // Only invalid bodies: a valid one would open a case. A comuna that exists and one that does not.
  'POST /api/reencuentro': (session) =>
    jsonPost(
      '/api/reencuentro',
      ReencuentroInput,
      {
        peligro: option(['no'], 'si'),
        nombres: text(100),
        apellidos: text(100),
        run: optional(run()),
        nacimientoAnio: optional(whole(1900, 2026, [2030])),
        relacion: option([...RELACIONES], 'vecino', 'MADRE'),
        ultimaComuna: format(fc.constantFrom('13101', '05101'), ['', '1310', 'abcde'], ['99999']),
        ultimoLugar: optional(text(200)),
        ultimoContactoAnio: whole(1900, 2026, [2030]),
        motivoDistancia: optional(text(2000)),
        mensaje: text(2000, 10),
        correo: email(),
        telefono: optional(phone()),
      },
      { session, alwaysInvalid: true },
    ),
  // A valid commendation is written, to the unit or to an officer named (matched or not), with its
  // audit entry and its unit's counter; a unit that does not exist is refused naming `unidadCode`.
  // A message on a memorial of the condolence book, signed from the session (decision 0065);
  // initials need a comuna (a check across fields, in the pipe around the object).
  'POST /api/condolencias': (session) =>
    jsonPost(
      '/api/condolencias',
      CondolenciaInput.pipe[0],
      {
        memorial: option(['general'], 'no-existe', 'otro-memorial'),
        mensaje: text(2000, 10),
        firma: option(['completa', 'iniciales']),
        comuna: optional(option(['13101', '13120'], '99999')),
      },
      { session, writes: ['condolencias', 'idempotency_keys'] },
    ),
  'POST /api/felicitaciones': (session) =>
    jsonPost(
      '/api/felicitaciones',
      FelicitacionInput,
      {
        unidadCode: option(['DEMO-13101-1', 'DEMO-05101-1'], 'NO-EXISTE', "' or 1=1 --"),
        funcionarioNombre: optional(text(120, 2)),
        funcionarioGrado: optional(text(60)),
        mensaje: text(MENSAJE_MAX, MENSAJE_MIN),
        mostrarNombre: optional(flag()),
      },
      { session, writes: ['felicitaciones', 'audit_log', 'cifras', 'idempotency_keys'] },
    ),
  // Only invalid bodies: a valid one issues a constancia (its PDF made and stored). A lost phone's
  // answers; another type's name is left out, since the answers could then be that type's.
  'POST /api/certificados': (session) =>
    jsonPost(
      '/api/certificados',
      certificadoDe('extravio_celular'),
      {
        tipo: option(['extravio_celular'], 'EXTRAVIO_CELULAR', 'celular', 'robo'),
        respuestas: object(
          [CELULAR, { ...CELULAR, numero: '+56 2 2123 4567', fecha: '2026-11-20' }],
          [
            {},
            [],
            'IMEI 352099001761481',
            null,
            { ...CELULAR, imei: '352099001761482' },
            { ...CELULAR, fecha: '2026-11-30' },
            { ...CELULAR, fecha: '2024-11-22' },
            { ...CELULAR, comuna: '99999' },
            { ...CELULAR, compania: 'tigo' },
            { ...CELULAR, numero: '123' },
            { ...CELULAR, marca: 'x'.repeat(41) },
            { ...CELULAR, patente: 'BBBB12' },
            { ...CELULAR, imei: 352099001761481 },
          ],
        ),
        declaracion: mustBeTrue(),
        // Optional: without it the PDF goes to the account's address.
        email: optional(email()),
      },
      {
        session,
        alwaysInvalid: true,
        labels: ETIQUETAS_CERTIFICADO,
        fields: ['respuestas.patente', ...TIPOS.extravio_celular.campos.map((c) => `respuestas.${c.id}`)],
      },
    ),
  // Only invalid bodies: a valid one would ask for a correction, or erase the account.
  'POST /api/mis-datos/rectificacion': (session) =>
    jsonPost(
      '/api/mis-datos/rectificacion',
      RectificacionInput,
      {
        registroTipo: option(['cuenta', 'constancia_voto', 'permiso'], 'CUENTA', 'users', ''),
        registroId: text(60),
        campo: option(['email', 'telefono', 'nombres', 'destino'], 'run', 'password_hash', '__proto__'),
        valor: text(200),
        explicacion: text(1000),
      },
      { session, alwaysInvalid: true },
    ),
  'POST /api/mis-datos/supresion': (session) =>
    jsonPost(
      '/api/mis-datos/supresion',
      SupresionInput,
      { confirmar: mustBeTrue() },
      { session, alwaysInvalid: true },
    ),
  // A valid draft is saved (one row, replaced by the next): the only table it may change.
  'PUT /api/borradores/:formulario': (session) =>
    jsonPost(
      '/api/borradores/permisos',
      BorradorInput,
      { respuestas: respuestas(MAX_RESPUESTAS) },
      { session, method: 'PUT', writes: ['borradores'], fields: ['respuestas.relato'] },
    ),
}

/** Files named by an answer: upload ids (worker/archivos); one not the caller's is refused, naming the field. */
const archivos = object(
  [[], ['a1', 'b-2']],
  ['x', [''], ['a b'], Array.from({ length: 11 }, () => 'a'), [1], null],
)
/** A lost phone's answers as the form sends them, for facts the day before the fuzz app's clock. */
const CELULAR = respuestasValidas('2026-11-22').extravio_celular

/** A case that does not exist: a valid body is answered 404 and writes nothing. */
const NINGUNO = 'WNDT7C4Z3T'
/** Every action's fields in one object: the variant refuses those of another action, naming them. */
const ACCION = {
  entries: Object.assign({}, ...AccionInput.options.map((option) => option.entries)) as AccionCampos,
}
type AccionCampos = Record<
  | 'accion'
  | 'mensaje'
  | 'tipo'
  | 'numeroOriginal'
  | 'motivo'
  | 'numeroAnterior'
  | 'dondeAcudir'
  | 'unidad'
  | 'pedido'
  | 'texto'
  | 'destino'
  | 'donde'
  | 'fundamento'
  | 'nota'
  | 'fecha'
  | 'medio'
  | 'decision'
  | 'contacto'
  | 'mensajeRespuesta'
  | 'resultado'
  | 'lugar',
  v.GenericSchema
>

const CITIZEN_CASOS: Record<string, (session: string) => Endpoint> = {
  'POST /api/casos/:numero/respuestas': (session) =>
    jsonPost(
      `/api/casos/${NINGUNO}/respuestas`,
      RespuestaInput,
      { texto: text(5000, 2), archivos },
      { session },
    ),
  // A complaint that is not theirs (none): a valid body is not found, an invalid one names its field.
  'POST /api/reclamos/:numero/satisfaccion': (session) =>
    jsonPost(
      `/api/reclamos/${NINGUNO}/satisfaccion`,
      ValoracionInput,
      { satisfecho: flag(), comentario: optional(text(COMENTARIO_MAX)) },
      { session },
    ),
  'POST /api/reclamos/:numero/reabrir': (session) =>
    jsonPost(
      `/api/reclamos/${NINGUNO}/reabrir`,
      ReaperturaInput,
      { motivo: text(MOTIVO_REAPERTURA.max, MOTIVO_REAPERTURA.min) },
      { session },
    ),
  'POST /api/casos/:numero/informacion': (session) =>
    jsonPost(
      `/api/casos/${NINGUNO}/informacion`,
      InformacionInput,
      { texto: text(5000, 2), archivos },
      { session },
    ),
}

/** A moderator's decision: a variant of two objects, probed as one with both fields. */
const DECISION = { entries: { decision: v.string(), motivo: v.optional(v.string()) } }

/** A memorial as an administrator writes it (a photo no store holds: refused by the service). */
const MEMORIAL = {
  nombre: text(120),
  grado: text(80),
  unidad: text(160),
  fecha: date(),
  texto: text(1500),
  foto: optional(option(['0193ab'], 'no-existe')),
  publicado: flag(),
}

const STAFF: Record<string, (session: string) => Endpoint> = {
  // The officer's correction of the e-mail at validation: no request has this code, nothing written.
  'POST /api/funcionarios/constancias-voto/:code/correo': (session) =>
    jsonPost(
      `/api/funcionarios/constancias-voto/${NINGUNO}/correo`,
      CorreoInput,
      { email: email(), emailConfirmacion: email() },
      { session },
    ),
  'POST /api/funcionarios/casos/:numero/acciones': (session) =>
    jsonPost(
      `/api/funcionarios/casos/${NINGUNO}/acciones`,
      ACCION,
      {
        accion: option(
          [
            'analizar',
            'pedir_informacion',
            'reclasificar',
            'marcar_duplicado',
            'cerrar',
            'derivar',
            'enviar_fiscalia',
            'pedir_descargo',
            'contestar',
            'remitir',
            'anotar',
            'contactar',
            'registrar_consentimiento',
            'concluir',
            'informar_en_persona',
          ],
          'borrar',
          'ANALIZAR',
        ),
        mensaje: text(2000, 5),
        tipo: format(fc.constantFrom('estafa', 'hurto_simple', 'otro'), ['', 'Estafa', 'hurto simple']),
        numeroOriginal: format(fc.constantFrom('WNDT7C4Z3T', 'wndt-7c4z-3t'), [
          '',
          'abc',
          '!!!!',
          'x'.repeat(41),
        ]),
        motivo: option(['no_constituye_delito', 'ya_denunciada', 'fuera_de_competencia'], 'otro', 'CERRADA'),
        numeroAnterior: text(40),
        dondeAcudir: text(500, 5),
        unidad: option(['DEMO-13101-1', 'DEMO-05101-1'], 'NO-EXISTE'),
        pedido: text(4000, 10),
        texto: text(10_000, 20),
        destino: option(['fiscalia', 'inspeccion_general'], 'policia', 'FISCALIA'),
        donde: text(200, 3),
        fundamento: text(2000, 10),
        // A family search's (worker/reencuentro/campos.ts).
        nota: text(2000, 2),
        fecha: date(['2026-11-22', '2026-11-20']),
        medio: option(['telefono', 'correo', 'visita', 'otro'], 'fax'),
        decision: option(['compartir_contacto', 'solo_mensaje', 'nada'], 'si'),
        contacto: object(
          [
            { nombre: 'Rosa Pérez', correo: 'rosa@example.cl' },
            { nombre: 'Rosa', telefono: '+56 9 1111 2222' },
          ],
          [{ nombre: '' }, { correo: 'x' }, 'Rosa', null],
        ),
        mensajeRespuesta: text(2000, 2),
        resultado: option(['no_encontrado', 'fallecido'], 'sin_consentimiento', 'compartir_contacto'),
        lugar: text(200, 2),
      },
      { session },
    ),
  // A request for a unit's account that does not exist: a valid account is answered 404 and writes nothing.
  'POST /api/funcionarios/reclamos/descargos/:id': (session) =>
    jsonPost(
      `/api/funcionarios/reclamos/descargos/${NINGUNO}`,
      DescargoInput,
      { descargo: text(10_000, 20) },
      {
        session,
      },
    ),
  // A constancia that does not exist: a valid reason is answered 404 and writes nothing.
  'POST /api/funcionarios/certificados/:codigo/anulacion': (session) =>
    jsonPost(
      `/api/funcionarios/certificados/${NINGUNO}/anulacion`,
      AnulacionInput,
      { motivo: text(500, 5) },
      { session, labels: { motivo: 'certificados.motivo' } },
    ),
  // A family search that does not exist: a valid look-up is answered 404 and writes nothing.
  'POST /api/funcionarios/reencuentro/:numero/consultas': (session) =>
    jsonPost(
      `/api/funcionarios/reencuentro/${NINGUNO}/consultas`,
      ConsultaRegistroInput,
      { registro: option(['civil', 'domicilio']), run: run(), motivo: text(500, 10) },
      { session, labels: ETIQUETAS_CONSULTA },
    ),
  // A commendation that does not exist: a valid assignment is answered 404 and writes nothing.
  'POST /api/funcionarios/felicitaciones/:numero/asignacion': (session) =>
    jsonPost(
      `/api/funcionarios/felicitaciones/${NINGUNO}/asignacion`,
      AsignacionInput,
      { funcionarioId: text(64) },
      { session },
    ),
  // A valid change is written, with its audit entry (a comuna's row is updated, not added).
  'PUT /api/admin/jurisdiccion/:comunaCut': (session) =>
    jsonPost(
      '/api/admin/jurisdiccion/13101',
      JurisdiccionInput,
      {
        unidadCode: option(['DEMO-13101-1', 'DEMO-13123-19'], 'NO-EXISTE', 'demo-13101-1'),
        fiscaliaCode: format(fc.constantFrom('FR-13-CN', 'FR-13-OR'), ['', 'fr-13-cn', 'FR 13'], ['FR-99']),
      },
      { session, method: 'PUT', writes: ['audit_log'] },
    ),
  // The condolence book's moderators (a decision on no message: 404) and memorials (decision 0065).
  'POST /api/funcionarios/condolencias/:id/decision': (session) =>
    jsonPost(
      '/api/funcionarios/condolencias/no-existe/decision',
      DECISION,
      { decision: option(['publicar', 'rechazar'], 'PUBLICAR'), motivo: optional(text(500, 5)) },
      { session },
    ),
  'POST /api/admin/memoriales': (session) =>
    jsonPost('/api/admin/memoriales', MemorialInput, MEMORIAL, {
      session,
      writes: ['memoriales', 'audit_log', 'idempotency_keys'],
    }),
  'PUT /api/admin/memoriales/:slug': (session) =>
    jsonPost('/api/admin/memoriales/no-existe', MemorialInput, MEMORIAL, { session, method: 'PUT' }),
}

/** A P-256 public key's shape (the server does not check the point: the browsers' HPKE does). */
const JWK = { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'B'.repeat(43) }
const jwk = () =>
  object(
    [JWK],
    [null, 'jwk', {}, { ...JWK, d: 'C'.repeat(43) }, { ...JWK, crv: 'P-384' }, { ...JWK, x: 'A' }],
  )
const uuid = () => format(fc.uuid(), ['', 'no-es-un-id', 'x'.repeat(37)])

/**
 * The desks' keys (decision 0044), as the fuzzing administrator, who was made an analyst of the
 * drugs desk: a well-formed new version or wrapping names people who are not the desk's, so it is
 * refused by the service and writes nothing; the own key is replaced, with its audit entry.
 */
const INFORMACION: Record<string, (session: string) => Endpoint> = {
  'PUT /api/funcionarios/informacion/mi-clave': (session) =>
    jsonPost(
      '/api/funcionarios/informacion/mi-clave',
      MiClaveInput,
      { publica: jwk() },
      { session, method: 'PUT', writes: ['informacion_analistas_claves', 'audit_log'] },
    ),
  'POST /api/funcionarios/informacion/mesas/:mesa/claves': (session) =>
    jsonPost(
      '/api/funcionarios/informacion/mesas/drogas/claves',
      NuevaClaveInput,
      {
        version: whole(1, 1_000_000),
        publica: jwk(),
        envueltas: object(
          [[{ userId: crypto.randomUUID(), enc: 'ab', cifrado: 'cd' }]],
          [[], null, [{}], 'x'],
        ),
      },
      { session },
    ),
  'POST /api/funcionarios/informacion/mesas/:mesa/envueltas': (session) =>
    jsonPost(
      '/api/funcionarios/informacion/mesas/drogas/envueltas',
      EnvolverInput,
      {
        userId: uuid(),
        envueltas: object([[{ version: 1, enc: 'ab', cifrado: 'cd' }]], [[], null, [{}], 'x']),
      },
      { session },
    ),
  'POST /api/funcionarios/informacion/mesas/:mesa/analistas': (session) =>
    jsonPost(
      '/api/funcionarios/informacion/mesas/drogas/analistas',
      AnalistaInput,
      { userId: uuid() },
      { session },
    ),
  // A valid name renames the organised-crime desk: a row updated, none added but the audit's.
  'PUT /api/funcionarios/informacion/mesas/:mesa': (session) =>
    jsonPost(
      '/api/funcionarios/informacion/mesas/crimen_organizado',
      UnidadMesaInput,
      { unidad: text(120, 3) },
      { session, method: 'PUT', writes: ['audit_log'], labels: { unidad: 'informacion.unidad' } },
    ),
}

/**
 * The desks' work (decision 0047) as the fuzzing administrator-analyst of the drugs desk, on a tip
 * that does not exist: a well-formed request is a 404 and writes nothing.
 */
const TIP = '/api/funcionarios/informacion/mesas/drogas/tips/no-existe'
const TRABAJO: Record<string, (session: string) => Endpoint> = {
  'POST /api/funcionarios/informacion/mesas/:mesa/tips/:id/estado': (session) =>
    jsonPost(
      `${TIP}/estado`,
      EstadoInput,
      { estado: option([...ESTADOS]), nota: object([SELLADO_MESA], [null, {}, SELLADO, 'nota']) },
      { session },
    ),
  'POST /api/funcionarios/informacion/mesas/:mesa/tips/:id/notas': (session) =>
    jsonPost(
      `${TIP}/notas`,
      NotaInput,
      { nota: object([SELLADO_MESA], [null, {}, SELLADO, 'nota']) },
      { session },
    ),
  'POST /api/funcionarios/informacion/mesas/:mesa/tips/:id/preguntas': (session) =>
    jsonPost(
      `${TIP}/preguntas`,
      PreguntaInput,
      {
        sellado: object([SELLADO], [null, {}, SELLADO_MESA, 'sellado']),
        copia: object([SELLADO_MESA], [null, {}, SELLADO, 'copia']),
      },
      { session },
    ),
  'POST /api/funcionarios/informacion/mesas/:mesa/tips/:id/derivar': (session) =>
    jsonPost(
      `${TIP}/derivar`,
      DerivarInput,
      {
        mesa: option([...MESAS]),
        tip: object([SELLADO_MESA], [null, {}, SELLADO]),
        mensajes: object([[], [{ id: 'm1', ...SELLADO_MESA }]], [null, [{}], 'x']),
        notas: object([[], [{ id: 'n1', ...SELLADO_MESA }]], [null, [{}], 'x']),
      },
      { session },
    ),
  // No message of the desk waits to be re-sealed: a well-formed list is refused naming `mensajes`.
  'POST /api/funcionarios/informacion/mesas/:mesa/resellar': (session) =>
    jsonPost(
      '/api/funcionarios/informacion/mesas/drogas/resellar',
      ResellarInput,
      { mensajes: object([[{ id: 'm1', ...SELLADO_MESA }]], [null, [], [{}], 'x']) },
      { session },
    ),
}

describeFuzz(
  'JSON bodies',
  PUBLIC,
  { ...CITIZEN, ...CITIZEN_CASOS },
  { ...STAFF, ...INFORMACION, ...TRABAJO },
)
