import type { Capacidad } from '../core/capacidades.ts'
import { RETENCION } from '../core/retention.ts'

/**
 * The data catalog (Ley 21.719): every table the migrations create and every column in it, with
 * what kind of personal data it holds (or `null`: none), why the portal keeps it, on what legal
 * basis, for how long, and who may read it. tests/integration/catalog.test.ts fails when a
 * migration adds a table or a column that is not declared here; the maintenance job
 * (worker/privacy/retention.ts) has one rule per clock named here; docs/privacy.md is generated
 * from it (`npm run privacy:doc`). A new service declares its tables here in its first commit.
 */

export const CATEGORIAS = {
  identificacion: 'Identificación (RUN, nombres, fecha de nacimiento, documento de identidad)',
  contacto: 'Contacto (correo electrónico, teléfono)',
  ubicacion: 'Ubicación (comuna, domicilio, destino, lugar de un hecho)',
  salud_penitenciario: 'Resultado de un registro de salud o penitenciario (dato sensible)',
  penal: 'Relativos a delitos o infracciones',
  menores: 'Datos de niños, niñas o adolescentes',
  electoral: 'Situación electoral (excusa para no votar, local de votación)',
  credenciales: 'Credenciales y secretos de acceso',
  red: 'Dirección de red y datos técnicos de la conexión',
  actividad: 'Actividad en el portal (trámites, accesos, fechas)',
  texto_libre: 'Texto libre escrito por la persona',
} as const
export type Categoria = keyof typeof CATEGORIAS

/**
 * Who may read a table's personal data: the person it is about, staff holding a capability
 * (core/capacidades.ts: granted per person, not by rank; decision 0029), the system
 * alone, or anyone with the document's code.
 */
export type Lector = 'titular' | Capacidad | 'sistema' | 'publico'

/** The legal bases the portal relies on (the catalog names one per table). */
export const BASES = {
  funcion_publica:
    'Ley 19.628 (texto de la Ley 21.719), Título IV: tratamiento por un órgano público dentro de sus competencias legales (Ley 18.961, Orgánica de Carabineros), sin necesidad de consentimiento',
  electoral:
    'Ley 18.700, art. 139 bis (constancia de encontrarse a más de 200 km del local de votación), con la función pública de Carabineros',
  sanitaria:
    'Código Sanitario y los decretos de alerta sanitaria: permisos de desplazamiento en fases de restricción, con la función pública de Carabineros',
  contrato_cuenta:
    'La solicitud de la propia persona de usar el portal (cuenta y sesión) y la seguridad del servicio (principio de seguridad, art. 3)',
  responsabilidad:
    'Principio de responsabilidad (art. 3) y deber de seguridad (art. 14 quinquies): registro de quién hizo o leyó qué',
  consentimiento: 'Consentimiento de quien escribe (mensaje público en el libro de condolencias)',
  registro_fuente:
    'Copia del registro de otro órgano (Registro Civil, SERVEL, autoridad sanitaria, Gendarmería) consultada por sus puertos; rige la conservación del órgano fuente',
  derechos_titular: 'Ejercicio de los derechos del titular (arts. 4 a 11): la solicitud y su respuesta',
  ninguna: 'No contiene datos personales',
} as const
export type Base = keyof typeof BASES

/** A clock: what the maintenance job does when it runs out. `null` for tables without personal data. */
export interface Retencion {
  /** For people: how long, counted from what. */
  plazo: string
  /** What happens then. */
  accion: 'borrar' | 'seudonimizar' | 'reemplazar_en_importacion'
}

export interface Registro {
  /** What the table is, for people. */
  descripcion: string
  finalidad: string
  base: Base
  retencion: Retencion | null
  lectores: Lector[]
  /** The columns, each with its categories, or `null` when it holds nothing personal. */
  columnas: Record<string, Categoria[] | null>
  /** The columns a citizen may ask to correct (Mis datos → rectificación). */
  rectificables?: readonly string[]
}

const R = RETENCION
const id = ['identificacion'] as Categoria[]
const contacto = ['contacto'] as Categoria[]
const actividad = ['actividad'] as Categoria[]
const secreto = ['credenciales'] as Categoria[]
const lugar = ['ubicacion'] as Categoria[]

/** Reference data and machinery: no personal data, no clock. */
function sinDatos(descripcion: string, columnas: string[]): Registro {
  return {
    descripcion,
    finalidad: 'Funcionamiento del portal',
    base: 'ninguna',
    retencion: null,
    lectores: ['sistema'],
    columnas: Object.fromEntries(columnas.map((c) => [c, null])),
  }
}

export const CATALOGO = {
  users: {
    descripcion: 'Cuentas de ciudadanos y funcionarios',
    finalidad:
      'Identificar a quien usa el portal, comunicarle el resultado de sus trámites; a los funcionarios, atribuirles sus actos',
    base: 'contrato_cuenta',
    retencion: {
      plazo: `Ciudadanos: ${R.cuentaInactivaAnos} años desde el último ingreso, cuando ya no sostiene registros que deban conservarse. Funcionarios: ${R.funcionarioRetiradoAnos} años desde su desactivación, luego seudonimizada`,
      accion: 'borrar',
    },
    lectores: ['titular', 'personal.administrar', 'sistema'],
    columnas: {
      id: null,
      kind: null,
      run: id,
      run_proof: null,
      given_names: id,
      family_names: id,
      email: contacto,
      email_verified_at: null,
      phone: contacto,
      password_hash: secreto,
      totp_secret: secreto,
      totp_last_step: null,
      role: null,
      unidad_code: null,
      capacidades: null,
      locale: null,
      created_at: actividad,
      disabled_at: null,
      last_login_at: actividad,
    },
    rectificables: ['given_names', 'family_names', 'email', 'phone'],
  },
  sessions: {
    descripcion: 'Sesiones abiertas',
    finalidad: 'Mantener la sesión de quien ingresó',
    base: 'contrato_cuenta',
    retencion: { plazo: 'Hasta su vencimiento (12 horas como máximo)', accion: 'borrar' },
    lectores: ['sistema'],
    columnas: {
      token_hash: secreto,
      user_id: null,
      created_at: actividad,
      last_seen_at: actividad,
      expires_at: null,
      assurance: null,
    },
  },
  auth_flows: {
    descripcion: 'Ingresos con ClaveÚnica en curso',
    finalidad: 'Completar un ingreso con ClaveÚnica de forma segura',
    base: 'contrato_cuenta',
    retencion: { plazo: 'Hasta su vencimiento (minutos)', accion: 'borrar' },
    lectores: ['sistema'],
    columnas: {
      browser_hash: secreto,
      state: secreto,
      nonce: secreto,
      code_verifier: secreto,
      return_to: null,
      expires_at: null,
    },
  },
  user_tokens: {
    descripcion: 'Enlaces de un solo uso enviados por correo',
    finalidad: 'Verificar un correo, restablecer una contraseña, activar una cuenta de funcionario',
    base: 'contrato_cuenta',
    retencion: { plazo: 'Hasta su vencimiento', accion: 'borrar' },
    lectores: ['sistema'],
    columnas: {
      token_hash: secreto,
      user_id: null,
      purpose: null,
      created_at: actividad,
      expires_at: null,
      used_at: actividad,
    },
  },
  mfa_challenges: {
    descripcion: 'Segundo factor de un funcionario en curso',
    finalidad: 'Completar el ingreso de un funcionario con su código TOTP',
    base: 'contrato_cuenta',
    retencion: { plazo: 'Hasta su vencimiento (minutos)', accion: 'borrar' },
    lectores: ['sistema'],
    columnas: {
      token_hash: secreto,
      user_id: null,
      pending_secret: secreto,
      attempts: null,
      expires_at: null,
    },
  },
  rate_limits: {
    descripcion: 'Contadores de límites de uso',
    finalidad: 'Proteger el servicio de abusos',
    base: 'responsabilidad',
    retencion: { plazo: 'Hasta el fin de su ventana (minutos)', accion: 'borrar' },
    lectores: ['sistema'],
    columnas: { bucket: ['red', 'identificacion'], window_start: null, count: null },
  },
  idempotency_keys: {
    descripcion: 'Respuestas guardadas a envíos repetidos',
    finalidad: 'Que un envío repetido (sin conexión, doble clic) no cree un segundo trámite',
    base: 'contrato_cuenta',
    retencion: { plazo: 'Hasta su vencimiento (24 horas)', accion: 'borrar' },
    lectores: ['sistema'],
    columnas: {
      scope: null,
      key: null,
      request_hash: null,
      response_status: null,
      response_body: ['identificacion', 'contacto'],
      created_at: null,
      expires_at: null,
    },
  },
  outbox: {
    descripcion: 'Correos por enviar y enviados',
    finalidad: 'Entregar los correos de los trámites al menos una vez',
    base: 'funcion_publica',
    retencion: { plazo: '7 días desde su envío', accion: 'borrar' },
    lectores: ['sistema'],
    columnas: {
      id: null,
      message_id: null,
      to: contacto,
      subject: null,
      text: ['identificacion', 'actividad'],
      html: ['identificacion', 'actividad'],
      attachments: null,
      created_at: null,
      attempts: null,
      next_attempt_at: null,
      sent_at: null,
      last_error: null,
    },
  },
  audit_log: {
    descripcion: 'Registro de auditoría: quién hizo qué y quién leyó datos de quién',
    finalidad:
      'Responder por cada acto y cada lectura de datos personales; mostrar a cada persona quién vio sus datos',
    base: 'responsabilidad',
    retencion: {
      plazo: `${R.auditoriaAnos} años desde la entrada; la dirección de red, ${R.direccionRedDias} días; el motivo de un rechazo de permiso, ${R.permisoRechazadoMeses} meses`,
      accion: 'borrar',
    },
    lectores: ['titular', 'personal.administrar', 'sistema'],
    columnas: {
      id: null,
      at: actividad,
      actor_kind: null,
      actor_id: null,
      actor_unidad: null,
      action: actividad,
      subject_type: null,
      subject_id: ['identificacion'],
      request_id: null,
      detail: ['actividad', 'salud_penitenciario'],
      client_address: ['red'],
    },
  },
  constancias_voto: {
    descripcion: 'Constancias de encontrarse a más de 200 km del local de votación',
    finalidad:
      'Acreditar ante el Juzgado de Policía Local la causal del art. 139 bis de la Ley 18.700; contarlas por región y hora',
    base: 'electoral',
    retencion: {
      plazo: `Validadas o rechazadas: ${R.constanciaVotoAnos} años desde la elección. Nunca validadas: ${R.constanciaVencidaDias} días desde el cierre del plazo. Luego se conservan sólo el código, la elección, la comuna y el estado`,
      accion: 'seudonimizar',
    },
    lectores: ['titular', 'constancias.validar', 'sistema'],
    columnas: {
      id: null,
      code: null,
      eleccion_id: ['electoral'],
      user_id: null,
      run: id,
      nombres: id,
      apellidos: id,
      fecha_nacimiento: id,
      email: contacto,
      telefono: contacto,
      comuna_votacion_cut: ['electoral', 'ubicacion'],
      canal: null,
      estado: ['electoral'],
      declaracion_at: actividad,
      created_at: actividad,
      resolved_at: actividad,
      resolved_by: null,
      resolved_unidad: null,
      motivo_rechazo: ['texto_libre'],
      depurada_at: null,
    },
    rectificables: ['email', 'telefono'],
  },
  avisos_legales: {
    descripcion: 'Aceptación del aviso legal (art. 210 del Código Penal) antes de una constancia',
    finalidad: 'Probar que la persona fue advertida de la pena por declarar falsamente',
    base: 'electoral',
    retencion: { plazo: `${R.constanciaVotoAnos} años desde la elección`, accion: 'borrar' },
    lectores: ['titular', 'sistema'],
    columnas: { user_id: null, eleccion_id: ['electoral'], accepted_at: actividad },
  },
  validaciones_voto: {
    descripcion: 'Validación presencial de una constancia: funcionario, unidad, documento, distancia',
    finalidad: 'Respaldar la validación o el rechazo y emitir el documento firmado',
    base: 'electoral',
    retencion: {
      plazo: `${R.constanciaVotoAnos} años desde la elección (con su constancia); el PDF se borra entonces`,
      accion: 'seudonimizar',
    },
    lectores: ['titular', 'constancias.validar', 'sistema'],
    columnas: {
      constancia_id: null,
      resultado: ['electoral'],
      officer_id: null,
      unidad_code: null,
      at: actividad,
      documento_tipo: id,
      documento_numero: id,
      documento_vencimiento: id,
      distancia_km: lugar,
      justificacion: ['texto_libre'],
      motivo_rechazo: ['texto_libre'],
      token: id,
      pdf_key: null,
      motivo_asistencia: null,
    },
  },
  permisos: {
    descripcion: 'Permisos de desplazamiento emitidos',
    finalidad:
      'Acreditar ante un control que el desplazamiento está permitido; respetar el cupo semanal; contarlos por comuna',
    base: 'sanitaria',
    retencion: {
      plazo: `${R.permisoMeses} meses desde su término; luego se conservan sólo el código, el tipo, la comuna y las fechas`,
      accion: 'seudonimizar',
    },
    lectores: ['titular', 'permisos.revocar', 'sistema', 'publico'],
    columnas: {
      id: null,
      code: null,
      user_id: null,
      run: id,
      nombres: id,
      apellidos: id,
      tipo_id: null,
      comuna_cut: lugar,
      destino: lugar,
      campos: ['ubicacion', 'texto_libre'],
      inicio: actividad,
      fin: actividad,
      semana: null,
      cupo: null,
      ordinal: null,
      token: id,
      created_at: actividad,
      revocado_at: null,
      revocado_por: null,
      motivo_revocacion: ['texto_libre'],
      depurado_at: null,
    },
    rectificables: ['destino'],
  },
  permisos_rechazados: {
    descripcion: 'Solicitudes de permiso rechazadas por la respuesta de un registro',
    finalidad: 'Cifras de rechazos por comuna; la persona puede reclamar del rechazo',
    base: 'sanitaria',
    retencion: {
      plazo: `${R.permisoRechazadoMeses} meses desde el rechazo; luego sólo la fecha, el tipo y la comuna`,
      accion: 'seudonimizar',
    },
    lectores: ['titular', 'sistema'],
    columnas: { id: null, at: actividad, user_id: ['salud_penitenciario'], tipo_id: null, comuna_cut: null },
  },
  informaciones: {
    descripcion: 'Información anónima (cifrada en el navegador de quien informa)',
    finalidad:
      'Recibir información sobre delitos sin identificar a quien informa; sólo los analistas de la mesa pueden leerla',
    base: 'funcion_publica',
    retencion: { plazo: `${R.informacionAnos} años desde el día en que llegó`, accion: 'borrar' },
    lectores: ['sistema'],
    columnas: {
      id: null,
      mesa: null,
      cifrado: ['penal', 'ubicacion', 'texto_libre'],
      enc: null,
      clave_version: null,
      recibo_hash: secreto,
      respuesta_clave: null,
      dia: actividad,
      estado: null,
    },
  },
  informacion_estados: {
    descripcion: 'Historia de la clasificación de cada información anónima (qué analista, cuándo)',
    finalidad: 'Saber quién cambió el estado de una información y cuándo; nada de quien informa',
    base: 'funcion_publica',
    retencion: { plazo: 'Se borra con su información', accion: 'borrar' },
    lectores: ['informacion.analizar', 'sistema'],
    columnas: { id: null, informacion_id: null, mesa: null, estado: null, por: id, at: actividad },
  },
  informacion_mensajes: {
    descripcion:
      'Preguntas de los analistas y respuestas de quien informó, cifradas (para la mesa y para quien informa)',
    finalidad: 'Seguir una información con quien la dio sin saber quién es',
    base: 'funcion_publica',
    retencion: { plazo: 'Se borra con su información', accion: 'borrar' },
    lectores: ['informacion.analizar', 'sistema'],
    columnas: {
      id: null,
      informacion_id: null,
      autor: null,
      dia: actividad,
      enc: null,
      cifrado: ['penal', 'ubicacion', 'texto_libre'],
      mesa: null,
      clave_version: null,
      copia_enc: null,
      copia_cifrado: ['penal', 'ubicacion', 'texto_libre'],
      por: id,
      leido_at: actividad,
    },
  },
  informacion_notas: {
    descripcion: 'Notas de los analistas sobre una información anónima, cifradas para su mesa',
    finalidad: 'El trabajo de la mesa sobre la información, que sólo sus analistas leen',
    base: 'funcion_publica',
    retencion: { plazo: 'Se borra con su información', accion: 'borrar' },
    lectores: ['informacion.analizar', 'sistema'],
    columnas: {
      id: null,
      informacion_id: null,
      por: id,
      dia: actividad,
      enc: null,
      cifrado: ['penal', 'texto_libre'],
      clave_version: null,
    },
  },
  informacion_archivos: {
    descripcion:
      'Archivos de una información anónima, cifrados en el navegador de quien informa (el servidor no sabe su nombre ni su tipo); el contenido cifrado está en el almacén de archivos',
    finalidad:
      'Que los analistas de la mesa reciban las fotos y documentos de una información, sin saber quién la envió',
    base: 'funcion_publica',
    retencion: {
      plazo: `Una subida no enviada con una información: 2 días desde el día en que empezó. Una enviada: con su información (${R.informacionAnos} años)`,
      accion: 'borrar',
    },
    lectores: ['informacion.analizar', 'sistema'],
    columnas: {
      id: null,
      token_hash: secreto,
      bytes: null,
      recibidos: null,
      partes: null,
      sha256: null,
      clave: null,
      dia: actividad,
      completo: null,
      informacion_id: null,
      mensaje_id: null,
      adjuntado: null,
    },
  },
  informacion_desafios: sinDatos('Pruebas de trabajo ya usadas (su hash, hasta su vencimiento)', [
    'hash',
    'vence',
  ]),
  informacion_mesas: sinDatos('Mesas de información anónima: unidad y versión vigente de su clave', [
    'id',
    'unidad',
    'clave_version',
  ]),
  informacion_mesa_claves: sinDatos('Claves públicas de cada mesa, por versión', [
    'mesa',
    'version',
    'publica',
    'created_at',
  ]),
  informacion_analistas: {
    descripcion: 'Funcionarios analistas de cada mesa de información anónima',
    finalidad: 'Saber quién puede leer la información de una mesa',
    base: 'funcion_publica',
    retencion: {
      plazo: 'Mientras la persona sea funcionaria activa; se borra al desactivar su cuenta',
      accion: 'borrar',
    },
    lectores: ['personal.administrar', 'informacion.analizar', 'sistema'],
    columnas: { user_id: id, mesa: null },
  },
  informacion_analistas_claves: {
    descripcion: 'Clave pública de cada analista (su clave privada queda en su navegador)',
    finalidad: 'Cifrar para el analista la clave de su mesa',
    base: 'funcion_publica',
    retencion: {
      plazo: 'Mientras la persona sea funcionaria activa; se borra al desactivar su cuenta',
      accion: 'borrar',
    },
    lectores: ['informacion.analizar', 'sistema'],
    columnas: { user_id: id, publica: null, created_at: actividad },
  },
  informacion_claves_envueltas: {
    descripcion: 'Clave privada de una mesa cifrada para cada analista (el servidor no puede abrirla)',
    finalidad: 'Que cada analista, y sólo él, descifre la información de su mesa',
    base: 'funcion_publica',
    retencion: {
      plazo: 'Mientras la persona sea funcionaria activa; se borra al desactivar su cuenta',
      accion: 'borrar',
    },
    lectores: ['informacion.analizar', 'sistema'],
    columnas: { mesa: null, version: null, user_id: id, enc: null, cifrado: secreto },
  },
  memoriales: {
    descripcion:
      'Memoriales del libro de condolencias: nombre, grado, unidad y fecha de cada funcionario caído en servicio, un texto y su foto',
    // Of people who have died, published by the institution: no personal data of a living person.
    finalidad: 'Honrar públicamente al personal caído en acto de servicio (memoria institucional)',
    base: 'ninguna',
    retencion: null,
    lectores: ['publico', 'memoriales.administrar', 'sistema'],
    columnas: {
      id: null,
      slug: null,
      nombre: null,
      grado: null,
      unidad: null,
      fecha: null,
      texto: null,
      foto: null,
      publicado: null,
      version: null,
      created_at: null,
      updated_at: null,
    },
  },
  condolencias: {
    descripcion:
      'Libro de condolencias: el mensaje de una persona con cuenta, su firma (nombre completo, o iniciales y comuna, a su elección), su estado de moderación y el motivo si se retuvo o rechazó',
    finalidad:
      'Publicar mensajes de condolencia por funcionarios caídos en servicio, revisados antes por la moderación; avisar a quien escribió si su mensaje no se publica',
    base: 'consentimiento',
    retencion: {
      plazo: `${R.condolenciaAnos} años desde su envío. Rechazados o retirados por la moderación: ${R.condolenciaOcultaDias} días desde la decisión. Su autor puede suprimirlos en cualquier momento (Mis datos), también al suprimir su cuenta`,
      accion: 'borrar',
    },
    // Readers see the signature and the message once public; the author's account, only moderators' tools by id.
    lectores: ['publico', 'titular', 'condolencias.moderar', 'sistema'],
    columnas: {
      id: null,
      memorial_id: null,
      autor_id: id,
      firma: null,
      firma_texto: id,
      comuna_cut: lugar,
      mensaje: ['texto_libre'],
      locale: null,
      estado: null,
      motivo_retencion: null,
      motivo_rechazo: ['texto_libre'],
      received_at: actividad,
      publicar_desde: actividad,
      moderado_por: id,
      moderado_at: actividad,
    },
  },
  condolencia_reportes: {
    descripcion:
      'Reportes de lectores sobre un mensaje publicado del libro de condolencias: el motivo, un detalle opcional y quién reporta (su cuenta, o un resumen criptográfico de su dirección de red)',
    finalidad: 'Que un mensaje reportado por varias personas vuelva a la moderación; un reporte por lector',
    base: 'funcion_publica',
    retencion: {
      plazo: `${R.condolenciaReporteDias} días desde el reporte, o antes con su mensaje`,
      accion: 'borrar',
    },
    lectores: ['condolencias.moderar', 'sistema'],
    columnas: {
      condolencia_id: null,
      lector: ['red'],
      motivo: null,
      detalle: ['texto_libre'],
      created_at: actividad,
    },
  },
  felicitaciones: {
    descripcion:
      'Felicitaciones de la ciudadanía a una unidad policial o a un funcionario nombrado: el mensaje, a quién, y el nombre de quien escribe sólo si eligió mostrarlo',
    finalidad:
      'Que la unidad y el funcionario nombrado lean el reconocimiento; que la persona vea lo que envió; contarlas por unidad y región',
    base: 'funcion_publica',
    retencion: { plazo: `${R.felicitacionAnos} años desde su envío`, accion: 'borrar' },
    // The unit reads the message and a signature the citizen chose; never their account (user_id).
    lectores: ['titular', 'felicitaciones.unidad', 'felicitaciones.asignar', 'sistema'],
    columnas: {
      id: null,
      numero: null,
      user_id: id,
      unidad_code: null,
      comuna_cut: null,
      // The officer as the citizen named them, and the account it reached: staff's personal data.
      funcionario_nombre: id,
      funcionario_grado: null,
      funcionario_id: id,
      asignada_at: null,
      mensaje: ['texto_libre'],
      firma: id,
      created_at: actividad,
    },
  },
  solicitudes_datos: {
    descripcion: 'Solicitudes de rectificación y supresión de datos personales',
    finalidad: 'Atender los derechos del titular dentro del plazo legal y dejar constancia de la respuesta',
    base: 'derechos_titular',
    retencion: { plazo: `${R.solicitudDatosAnos} años desde la respuesta`, accion: 'borrar' },
    lectores: ['titular', 'datos.solicitudes', 'sistema'],
    columnas: {
      id: null,
      code: null,
      user_id: null,
      tipo: null,
      registro_tipo: null,
      registro_id: null,
      campo: null,
      valor_solicitado: ['identificacion', 'contacto', 'ubicacion'],
      explicacion: ['texto_libre'],
      estado: null,
      created_at: actividad,
      vence_at: null,
      resuelta_at: actividad,
      resuelta_por: null,
      respuesta: ['texto_libre'],
    },
  },
  casos: {
    descripcion: 'Trámites que el personal atiende por días (denuncias, reclamos, reencuentros familiares)',
    finalidad:
      'Dar un número al trámite, saber en qué estado está y quién lo tiene, y que la persona lo siga',
    base: 'funcion_publica',
    retencion: {
      plazo: `${R.casoAnos} años desde su cierre; luego sólo el número, el servicio, el estado y las fechas`,
      accion: 'seudonimizar',
    },
    lectores: [
      'titular',
      'denuncias.triar',
      'denuncias.unidad',
      'reclamos.atender',
      'reencuentro.buscar',
      'sistema',
    ],
    columnas: {
      id: null,
      numero: null,
      servicio: null,
      user_id: null,
      estado: null,
      unidad_code: null,
      vence_at: null,
      created_at: actividad,
      updated_at: actividad,
      cerrado_at: actividad,
      depurado_at: null,
      // The complainant's home comuna: kept when the case is pseudonymised (it then points to nobody).
      comuna_cut: lugar,
      correo: contacto,
      locale: null,
      version: null,
      triada_at: actividad,
      derivada_at: actividad,
      enviada_at: actividad,
    },
  },
  casos_historia: {
    descripcion: 'Historia de cada trámite: cada cambio de estado, quién y cuándo',
    finalidad: 'Que la persona siga su trámite y que cada acto del personal quede atribuido',
    // Who and when, states, a unit, a RUC, a reason from a closed list: nothing about the person.
    base: 'ninguna',
    retencion: null,
    lectores: [
      'titular',
      'denuncias.triar',
      'denuncias.unidad',
      'reclamos.atender',
      'reencuentro.buscar',
      'sistema',
    ],
    columnas: {
      id: null,
      caso_id: null,
      at: null,
      estado: null,
      actor_tipo: null,
      actor_id: null,
      detalle: null,
    },
  },
  reencuentro_consultas: {
    descripcion:
      'Consultas del equipo de reencuentro familiar a los registros: cuál, qué RUN, el motivo, quién, cuándo y qué respondió en pocas palabras',
    finalidad:
      'Que cada consulta de una búsqueda quede atribuida y justificada, y el equipo vea las hechas en el caso',
    base: 'funcion_publica',
    retencion: {
      plazo: `Con su trámite: ${R.casoAnos} años desde el cierre, luego se borran el RUN y el motivo`,
      accion: 'seudonimizar',
    },
    lectores: ['reencuentro.buscar', 'sistema'],
    columnas: {
      id: null,
      caso_id: null,
      registro: null,
      run: id,
      motivo: ['texto_libre'],
      funcionario_id: null,
      at: null,
      resultado: id,
    },
  },
  casos_preguntas: {
    descripcion: 'Preguntas del personal a la persona sobre su trámite, y sus respuestas',
    finalidad: 'Completar la información de un trámite',
    base: 'funcion_publica',
    retencion: {
      plazo: `Con su trámite: ${R.casoAnos} años desde el cierre, luego se borra el texto`,
      accion: 'seudonimizar',
    },
    lectores: [
      'titular',
      'denuncias.triar',
      'denuncias.unidad',
      'reclamos.atender',
      'reencuentro.buscar',
      'sistema',
    ],
    columnas: {
      id: null,
      caso_id: null,
      at: actividad,
      preguntado_por: null,
      pregunta: ['texto_libre'],
      respuesta: ['texto_libre', 'penal'],
      respondida_at: actividad,
    },
  },
  fiscalia_envios: {
    descripcion: 'Denuncias en camino a la Fiscalía: lo enviado, firmado, hasta que responde con un RUC',
    finalidad:
      'Entregar la denuncia a la Fiscalía que corresponde (Código Procesal Penal, art. 84) y reintentar si no responde',
    base: 'funcion_publica',
    retencion: {
      plazo:
        'Lo enviado se borra al recibir el RUC (la Fiscalía lo tiene desde entonces); quedan el número, la Fiscalía, el RUC y las fechas',
      accion: 'seudonimizar',
    },
    lectores: ['denuncias.unidad', 'sistema'],
    columnas: {
      id: null,
      caso_id: null,
      numero: null,
      fiscalia_code: null,
      fiscalia_nombre: null,
      payload: ['identificacion', 'penal', 'ubicacion', 'texto_libre'],
      solicitado_por: null,
      created_at: actividad,
      attempts: null,
      next_attempt_at: null,
      last_error: null,
      alertado_at: null,
      ruc: ['penal'],
      recibido_at: actividad,
    },
  },
  borradores: {
    descripcion: 'Formularios comenzados y no enviados por una persona con sesión iniciada',
    finalidad:
      'Que la persona continúe su trámite donde lo dejó, en este u otro dispositivo, o sin guardarlo en un dispositivo compartido',
    base: 'contrato_cuenta',
    retencion: {
      plazo: `${R.borradorDias} días desde que se guardó por última vez; antes, al enviarlo o descartarlo`,
      accion: 'borrar',
    },
    lectores: ['titular', 'sistema'],
    columnas: {
      user_id: null,
      formulario: null,
      // Whatever the form asks: a denuncia's draft may already tell of an offence.
      respuestas: ['identificacion', 'contacto', 'ubicacion', 'texto_libre', 'penal'],
      updated_at: actividad,
      version: null,
    },
  },
  archivos: {
    descripcion:
      'Archivos que la persona envía con un trámite (fotos, PDF, videos de una denuncia o de una respuesta): su nombre, tipo, tamaño y huella SHA-256; el contenido está en el almacén de archivos',
    finalidad:
      'Recibir la evidencia de un trámite y probar que es la misma que se recibió (la huella va impresa en el comprobante)',
    base: 'funcion_publica',
    retencion: {
      plazo: `Una subida que no terminó: ${R.subidaAbandonadaDias} día desde su última parte. Un archivo no enviado con un trámite: ${R.archivoSinEnviarDias} días. Uno enviado: con su trámite, y se borra cuando el trámite se seudonimiza`,
      accion: 'borrar',
    },
    lectores: [
      'titular',
      'denuncias.triar',
      'denuncias.unidad',
      'reclamos.atender',
      'reencuentro.buscar',
      'sistema',
    ],
    columnas: {
      id: null,
      user_id: null,
      caso_id: null,
      pregunta_id: null,
      nombre: ['texto_libre'],
      tipo: null,
      bytes: null,
      recibidos: null,
      partes: null,
      sha256: null,
      // Where the content is: photos, documents and videos of an offence, of whoever is in them.
      clave: ['penal', 'texto_libre'],
      created_at: actividad,
      actualizado_at: actividad,
      completado_at: actividad,
      adjuntado: null,
    },
  },
  denuncias: {
    descripcion: 'Denuncias de delitos hechas en línea: lo que la persona relató, tal como lo envió',
    finalidad:
      'Recibir la denuncia, analizarla, derivarla a la unidad y a la Fiscalía que corresponden, y que la persona la siga',
    base: 'funcion_publica',
    retencion: {
      plazo: `Con su trámite: ${R.casoAnos} años desde el cierre; luego sólo el tipo, las fechas y las comunas`,
      accion: 'seudonimizar',
    },
    lectores: ['titular', 'denuncias.triar', 'denuncias.unidad', 'sistema'],
    columnas: {
      caso_id: null,
      tipo: ['penal'],
      // Things taken, the offence's details, and the names and contacts of suspects and witnesses.
      respuestas: ['penal', 'identificacion', 'contacto', 'texto_libre'],
      hecho_desde: ['penal'],
      hecho_hasta: ['penal'],
      comuna_cut: lugar,
      lugar: lugar,
      lat: lugar,
      lon: lugar,
      relato: ['penal', 'texto_libre'],
      run: id,
      nombres: id,
      apellidos: id,
      identidad: null,
      email: contacto,
      telefono: contacto,
      comuna_domicilio: lugar,
      pdf_key: null,
      token: id,
      created_at: actividad,
      depurado_at: null,
    },
  },
  reclamos: {
    descripcion:
      'Reclamos por la conducta de funcionarios policiales: lo que la persona relató, contra qué unidad y funcionario, y qué pide',
    finalidad:
      'Que la oficina de reclamos los analice y responda dentro del plazo legal, con la identidad de quien reclama reservada ante la unidad reclamada',
    base: 'funcion_publica',
    retencion: {
      plazo: `Con su trámite: ${R.casoAnos} años desde el cierre; luego sólo la unidad, las fechas y la comuna`,
      accion: 'seudonimizar',
    },
    // Never the unit concerned: only the office, the complainant and the system (issue 18).
    lectores: ['titular', 'reclamos.atender', 'sistema'],
    columnas: {
      caso_id: null,
      unidad_code: null,
      // A closed list (decision 0060): what kind of conduct, never who.
      tipo: null,
      // The officer as described, the witnesses' names and contacts, the evidence's names.
      respuestas: ['identificacion', 'contacto', 'texto_libre'],
      hecho_fecha: actividad,
      hecho_hora: actividad,
      comuna_cut: lugar,
      lugar: lugar,
      // A patrol vehicle's number identifies the officers on it that day.
      vehiculo: id,
      relato: ['penal', 'texto_libre'],
      peticion: ['texto_libre'],
      run: id,
      nombres: id,
      apellidos: id,
      identidad: null,
      email: contacto,
      telefono: contacto,
      pdf_key: null,
      token: id,
      created_at: actividad,
      depurado_at: null,
      // The answer may repeat what the person told; a referral says why, in the office's words.
      respuesta_texto: ['penal', 'texto_libre'],
      respuesta_at: actividad,
      respuesta_pdf_key: null,
      respuesta_token: id,
      derivacion_destino: null,
      derivacion_donde: null,
      derivacion_motivo: ['penal', 'texto_libre'],
      derivacion_at: actividad,
      aviso_supervisor_at: null,
      reabierto_at: actividad,
      // Why the complainant reopened it, in their words.
      reapertura_motivo: ['texto_libre'],
    },
  },
  reencuentros: {
    descripcion:
      'Solicitudes de reencuentro familiar: a quién busca la persona, su último contacto, su mensaje; y cómo terminó la búsqueda y lo que la persona encontrada decidió compartir',
    finalidad:
      'Que el equipo de reencuentro busque a la persona con fines humanitarios y que quien busca sepa sólo lo que la persona encontrada permite (decisión 0064)',
    base: 'funcion_publica',
    retencion: {
      plazo: `Con su trámite: ${R.casoAnos} años desde que concluyó; luego sólo la relación, los años, la comuna y el resultado`,
      accion: 'seudonimizar',
    },
    // The requester reads what they sent and what the person found chose to share; never the outcome.
    lectores: ['titular', 'reencuentro.buscar', 'sistema'],
    columnas: {
      caso_id: null,
      // The relative sought: a third party, who never asked for this.
      buscado_nombres: id,
      buscado_apellidos: id,
      buscado_run: id,
      nacimiento_anio: id,
      relacion: null,
      ultima_comuna_cut: lugar,
      ultimo_lugar: lugar,
      ultimo_contacto_anio: actividad,
      // Why the family lost touch: may tell of violence, illness, prison.
      motivo_distancia: ['texto_libre', 'salud_penitenciario'],
      mensaje: ['texto_libre'],
      run: id,
      nombres: id,
      apellidos: id,
      identidad: null,
      email: contacto,
      telefono: contacto,
      pdf_key: null,
      token: id,
      created_at: actividad,
      depurado_at: null,
      // Staff-only: whether the person was found, declined, or died.
      resultado: ['identificacion'],
      resultado_at: actividad,
      // What the person found chose to share with the requester.
      contacto_nombre: id,
      contacto_correo: contacto,
      contacto_telefono: contacto,
      mensaje_respuesta: ['texto_libre'],
      // A death told to the requester in person: when, where, by which officer.
      informado_at: actividad,
      informado_fecha: actividad,
      informado_lugar: lugar,
      informado_por: null,
    },
  },
  reencuentros_notas: {
    descripcion:
      'Notas del equipo de reencuentro sobre una búsqueda: el contacto con la persona, lo que se supo',
    finalidad: 'Que el equipo lleve la búsqueda y que cada paso quede atribuido',
    base: 'funcion_publica',
    retencion: {
      plazo: `Con su búsqueda: se borran cuando se seudonimiza (${R.casoAnos} años desde que concluyó)`,
      accion: 'borrar',
    },
    // Never the requester: the notes tell of the person found.
    lectores: ['reencuentro.buscar', 'sistema'],
    columnas: {
      id: null,
      caso_id: null,
      at: actividad,
      autor: null,
      texto: ['texto_libre', 'identificacion', 'contacto'],
    },
  },
  reclamos_descargos: {
    descripcion:
      'Solicitudes de la oficina de reclamos a una unidad para que dé su versión de los hechos (descargo), y la respuesta de la unidad',
    finalidad:
      'Que la oficina oiga a la unidad reclamada antes de responder, sin que la unidad conozca la identidad de quien reclama',
    base: 'funcion_publica',
    retencion: {
      plazo: `Con su reclamo: se borran cuando el reclamo se seudonimiza (${R.casoAnos} años desde el cierre)`,
      accion: 'borrar',
    },
    // The unit asked reads what the office asked and answers; never the complaint's person.
    lectores: ['reclamos.atender', 'reclamos.descargar', 'sistema'],
    columnas: {
      id: null,
      caso_id: null,
      unidad_code: null,
      pedido: ['penal', 'texto_libre'],
      pedido_por: actividad,
      pedido_at: actividad,
      descargo: ['penal', 'texto_libre'],
      descargo_por: actividad,
      descargo_at: actividad,
    },
  },
  reclamos_valoraciones: {
    descripcion: 'Lo que cada persona dijo de la respuesta a su reclamo: si la dejó satisfecha, y por qué',
    finalidad:
      'Que la oficina sepa si sus respuestas resuelven, y las cifras cuenten la satisfacción por región',
    base: 'funcion_publica',
    retencion: {
      plazo: `Con su reclamo: el comentario se borra cuando el reclamo se seudonimiza (${R.casoAnos} años desde el cierre); quedan la fecha, la comuna y si satisfizo`,
      accion: 'seudonimizar',
    },
    lectores: ['titular', 'reclamos.atender', 'sistema'],
    columnas: {
      id: null,
      caso_id: null,
      respuesta_at: actividad,
      at: actividad,
      satisfecho: null,
      comentario: ['texto_libre'],
      comuna_cut: lugar,
    },
  },
  denuncias_claves: {
    descripcion:
      'Claves de cada denuncia para encontrar otras del mismo hecho: IMEI, patente, número de serie, comuna y hora del hecho, y su punto',
    finalidad:
      'Que el personal vea las denuncias que probablemente son del mismo hecho, de cualquier persona, y las una («un hecho punible sólo se denuncia una vez»)',
    base: 'funcion_publica',
    retencion: {
      plazo: `Con su denuncia: se borran cuando la denuncia se seudonimiza (${R.casoAnos} años desde el cierre)`,
      accion: 'borrar',
    },
    lectores: ['denuncias.triar', 'sistema'],
    columnas: {
      caso_id: null,
      // A plate or an IMEI points to its owner; a comuna and an hour, to where an offence happened.
      clave: ['identificacion', 'penal', 'ubicacion'],
      lat: lugar,
      lon: lugar,
      // Derived from the latitude: as much a place as it is.
      escala_lon: lugar,
    },
  },
  certificados: {
    descripcion:
      'Constancias emitidas en línea (extravío de documentos, celular o placa patente; régimen de visitas; pensión de alimentos; abandono de hogar; fines laborales; bomberos lesionados; permanencia definitiva)',
    finalidad:
      'Dejar constancia de lo que la persona declaró y emitir el documento firmado que presenta ante un tribunal, su compañía telefónica, el Registro Civil u otro organismo; anularla; contarlas por tipo y región',
    base: 'funcion_publica',
    retencion: {
      plazo: `${R.certificadoAnos} años desde su emisión; luego se conservan sólo el código, el tipo, la fecha, la comuna y si fue anulada`,
      accion: 'seudonimizar',
    },
    lectores: ['titular', 'certificados.consultar', 'sistema', 'publico'],
    columnas: {
      id: null,
      code: null,
      tipo: ['actividad'],
      user_id: null,
      run: id,
      nombres: id,
      apellidos: id,
      identidad: null,
      // What was declared: other people's RUN and names, a court case, a phone's IMEI, a place.
      respuestas: ['identificacion', 'contacto', 'ubicacion', 'menores', 'texto_libre'],
      comuna_cut: lugar,
      pdf_key: null,
      token: id,
      created_at: actividad,
      anulada_at: actividad,
      anulada_por: null,
      motivo_anulacion: ['texto_libre'],
      depurado_at: null,
    },
  },
  registro_civil: {
    descripcion: 'Registro Civil: identidad, nacimiento, defunción, serie de cédula',
    finalidad: 'Comprobar la identidad de quien pide un permiso o una constancia asistida',
    base: 'registro_fuente',
    retencion: {
      plazo: 'Reemplazado en cada importación del registro fuente',
      accion: 'reemplazar_en_importacion',
    },
    lectores: ['sistema'],
    columnas: {
      run: id,
      nombres: id,
      apellidos: id,
      fecha_nacimiento: id,
      fecha_defuncion: id,
      serie_cedula: id,
    },
  },
  registro_domicilios: {
    descripcion:
      'Registro de domicilios: el último domicilio conocido de cada RUN, su fuente (Registro Civil, Servel, Fonasa…) y su fecha',
    finalidad:
      'Que el equipo de reencuentro familiar ubique a la persona buscada para preguntarle si acepta el contacto',
    base: 'registro_fuente',
    retencion: {
      plazo: 'Reemplazado en cada importación del registro fuente',
      accion: 'reemplazar_en_importacion',
    },
    lectores: ['reencuentro.buscar', 'sistema'],
    columnas: {
      run: id,
      direccion: lugar,
      comuna_cut: lugar,
      fuente: null,
      actualizado_el: null,
    },
  },
  registro_vehiculos_robados: {
    descripcion: 'Encargo de vehículos robados: patente, día y comuna de la denuncia, si sigue vigente',
    finalidad: 'Que los analistas de información anónima comprueben si una patente tiene encargo por robo',
    base: 'registro_fuente',
    retencion: {
      plazo: 'Reemplazado en cada importación del registro fuente',
      accion: 'reemplazar_en_importacion',
    },
    lectores: ['informacion.analizar', 'sistema'],
    columnas: {
      patente: id,
      fecha: ['penal'],
      comuna_cut: ['ubicacion'],
      denuncia: ['penal'],
      vigente: ['penal'],
    },
  },
  padron_electoral: {
    descripcion: 'Padrón electoral (SERVEL)',
    finalidad: 'Conocer el local de votación para la regla de los 200 km',
    base: 'registro_fuente',
    retencion: {
      plazo: 'Reemplazado en cada importación del registro fuente',
      accion: 'reemplazar_en_importacion',
    },
    lectores: ['sistema'],
    columnas: {
      run: id,
      nombres: id,
      apellidos: id,
      domicilio_electoral: ['ubicacion', 'electoral'],
      comuna_cut: ['electoral'],
      local_votacion: ['electoral'],
      mesa: ['electoral'],
    },
  },
  restricciones_sanitarias: {
    descripcion: 'Casos confirmados y contactos estrechos en aislamiento (autoridad sanitaria)',
    finalidad: 'Rechazar un permiso a quien debe estar aislado',
    base: 'registro_fuente',
    retencion: { plazo: `${R.restriccionTerminadaDias} días desde el fin del aislamiento`, accion: 'borrar' },
    lectores: ['sistema'],
    columnas: {
      run: id,
      tipo: ['salud_penitenciario'],
      desde: ['salud_penitenciario'],
      hasta: ['salud_penitenciario'],
    },
  },
  restricciones_penitenciarias: {
    descripcion: 'Personas con restricción de desplazamiento (Gendarmería)',
    finalidad: 'Rechazar un permiso a quien tiene prohibido desplazarse',
    base: 'registro_fuente',
    retencion: { plazo: `${R.restriccionTerminadaDias} días desde el fin de la medida`, accion: 'borrar' },
    lectores: ['sistema'],
    columnas: { run: id, medida: ['salud_penitenciario', 'penal'], desde: ['penal'], hasta: ['penal'] },
  },
  cifras: sinDatos('Cifras agregadas por servicio, hora, comuna y evento (sin personas)', [
    'servicio',
    'ambito',
    'periodo',
    'comuna_cut',
    'evento',
    'n',
  ]),
  edge_commits: sinDatos('Envíos aceptados en el borde y ya guardados', [
    'id',
    'shard',
    'accepted_at',
    'committed_at',
  ]),
  elecciones: sinDatos('Elecciones y su plazo para constancias', [
    'id',
    'nombre',
    'fecha',
    'fecha_primarias',
    'ventana_inicio',
    'ventana_fin',
    'created_at',
  ]),
  tipos_permiso: sinDatos('Tipos de permiso', [
    'id',
    'nombre',
    'descripcion',
    'duracion_max_min',
    'hora_desde',
    'hora_hasta',
    'cupo_semanal',
    'campos',
    'activo',
    'updated_at',
  ]),
  fases_comuna: sinDatos('Fases de restricción por comuna', [
    'id',
    'comuna_cut',
    'fase',
    'desde',
    'hasta',
    'updated_at',
  ]),
  jurisdiccion: sinDatos('Jurisdicción: la unidad y la Fiscalía Regional de cada comuna', [
    'comuna_cut',
    'unidad_code',
    'fiscalia_code',
    'fiscalia_nombre',
    'updated_at',
    'updated_by',
  ]),
  regiones: sinDatos('Regiones', ['code', 'name']),
  comunas: sinDatos('Comunas', ['cut', 'name', 'provincia', 'region_code', 'lat', 'lon']),
  feriados: sinDatos('Feriados legales de Chile (nacionales y regionales)', [
    'fecha',
    'nombre',
    'tipo',
    'irrenunciable',
    'ambito',
  ]),
  unidades: sinDatos('Unidades policiales (datos institucionales)', [
    'code',
    'name',
    'kind',
    'comuna_cut',
    'address',
    'phone',
    'lat',
    'lon',
    'active',
  ]),
} satisfies Record<string, Registro>

export type TablaCatalogo = keyof typeof CATALOGO

/**
 * The tables whose clock the maintenance job keeps: one rule each. The registries' copies are
 * kept by their imports (the source body's own retention applies).
 */
export const TABLAS_CON_PLAZO = (Object.keys(CATALOGO) as TablaCatalogo[]).filter((tabla) => {
  const { retencion } = CATALOGO[tabla] as Registro
  return retencion !== null && retencion.accion !== 'reemplazar_en_importacion'
})
