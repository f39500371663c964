import type { Locale } from './index.ts'

/**
 * Words only the server says: labels of fields the PWA's shared catalogue does not name
 * (administrators' settings, query parameters, the permit form, whose screens bring their own
 * words), and the messages of checks only the server can make (registries, quotas, rules). They
 * stay out of the catalogue every visitor's browser downloads.
 */
export const apiFields = {
  es: {
    memorial: 'Memorial',
    firma: 'Firma',
    comuna: 'Comuna',
    detalle: 'Detalle',
    grado: 'Grado',
    foto: 'Foto',
    publicado: 'Publicado',
    antes: 'Página',
    v: 'Versión',
    ventanaFin: 'Fin de la ventana',
    ventanaInicio: 'Inicio de la ventana',
    fecha: 'Fecha',
    fechaPrimarias: 'Fecha de las primarias',
    id: 'Identificador',
    cerca: 'Ubicación',
    tipoId: 'Tipo de permiso',
    comunaCut: 'Comuna',
    hora: 'Hora de inicio',
    destino: 'Dirección de destino',
    serieCedula: 'Número de documento de la cédula',
    'campos.establecimiento': 'Establecimiento de salud',
    'campos.fallecido': 'Nombre de la persona fallecida',
    'campos.dependiente': 'Nombre de la persona a su cuidado',
    nombre: 'Nombre',
    descripcion: 'Descripción',
    duracionMaxMin: 'Duración máxima (minutos)',
    horaDesde: 'Desde las',
    horaHasta: 'Hasta las',
    cupoSemanal: 'Permisos por semana',
    campos: 'Datos que pide',
    activo: 'Activo',
    fase: 'Fase',
    desde: 'Desde',
    hasta: 'Hasta',
    registroTipo: 'Tipo de registro',
    registroId: 'Registro',
    // The reencuentro team's registry look-ups (worker/reencuentro/consultas.ts).
    'reencuentro.consulta.registro': 'Registro consultado',
    'reencuentro.consulta.motivo': 'Motivo de la consulta',
    campo: 'Dato que desea corregir',
    valor: 'Valor correcto',
    explicacion: 'Explicación',
    confirmar: 'Entiendo qué datos se eliminarán y cuáles se conservarán',
    decision: 'Decisión',
    respuesta: 'Respuesta al ciudadano',
    finalidad: 'Finalidad de la consulta',
    formato: 'Formato',
    capacidades: 'Lo que puede hacer',
    disabled: 'Estado de la cuenta',
    // Cases (worker/casos): the citizen's answers, the staff's actions, the queue, the jurisdiction.
    texto: 'Texto',
    accion: 'Acción',
    tipo: 'Tipo',
    numeroOriginal: 'Número del trámite original',
    numeroAnterior: 'Número de la denuncia anterior',
    dondeAcudir: 'Dónde acudir',
    unidad: 'Unidad policial',
    estado: 'Estado',
    duplicado: 'Posibles duplicados',
    region: 'Región',
    limite: 'Cantidad por página',
    fiscaliaCode: 'Fiscalía',
    respuestas: 'Respuestas del borrador',
    // Files (worker/archivos).
    archivo: 'Archivo',
    archivos: 'Archivos',
    bytes: 'Tamaño del archivo',
    'Upload-Offset': 'Posición de la parte (Upload-Offset)',
    'Content-Length': 'Largo de la parte (Content-Length)',
    'Content-Type': 'Tipo de la parte (Content-Type)',
    mesa: 'Mesa',
    'informacion.unidad': 'Unidad de la mesa',
    claveVersion: 'Versión de la clave',
    version: 'Versión de la clave',
    envueltas: 'Claves envueltas para los analistas',
    userId: 'Funcionario',
    publica: 'Clave pública',
    reciboId: 'Clave de recibo',
    copia: 'Copia para quien informa',
    sellado: 'Pregunta cifrada',
    tip: 'Información cifrada',
    mensajes: 'Mensajes',
    notas: 'Notas',
    patente: 'Patente',
  },
  en: {
    memorial: 'Memorial',
    firma: 'Signature',
    comuna: 'Comuna',
    detalle: 'Details',
    grado: 'Rank',
    foto: 'Photo',
    publicado: 'Published',
    antes: 'Page',
    v: 'Version',
    ventanaFin: 'Window end',
    ventanaInicio: 'Window start',
    fecha: 'Date',
    fechaPrimarias: 'Date of the primaries',
    id: 'Identifier',
    cerca: 'Location',
    tipoId: 'Permit type',
    comunaCut: 'Comuna',
    hora: 'Start time',
    destino: 'Destination address',
    serieCedula: 'Identity card document number',
    'campos.establecimiento': 'Health facility',
    'campos.fallecido': 'Name of the deceased',
    'campos.dependiente': 'Name of the person in your care',
    nombre: 'Name',
    descripcion: 'Description',
    duracionMaxMin: 'Maximum duration (minutes)',
    horaDesde: 'From',
    horaHasta: 'Until',
    cupoSemanal: 'Permits per week',
    campos: 'Details it asks',
    activo: 'Active',
    fase: 'Phase',
    desde: 'From',
    hasta: 'Until',
    registroTipo: 'Kind of record',
    registroId: 'Record',
    // The reencuentro team's registry look-ups (worker/reencuentro/consultas.ts).
    'reencuentro.consulta.registro': 'Registry consulted',
    'reencuentro.consulta.motivo': 'Reason for the look-up',
    campo: 'Detail to correct',
    valor: 'Correct value',
    explicacion: 'Explanation',
    confirmar: 'I understand which data will be erased and which will be kept',
    decision: 'Decision',
    respuesta: 'Answer to the citizen',
    finalidad: 'Purpose of the search',
    formato: 'Format',
    capacidades: 'What they may do',
    disabled: 'Account status',
    // Cases (worker/casos): the citizen's answers, the staff's actions, the queue, the jurisdiction.
    texto: 'Text',
    accion: 'Action',
    tipo: 'Type',
    numeroOriginal: 'Number of the original request',
    numeroAnterior: 'Number of the earlier report',
    dondeAcudir: 'Where to go',
    unidad: 'Police unit',
    estado: 'Status',
    duplicado: 'Likely duplicates',
    region: 'Region',
    limite: 'Number per page',
    fiscaliaCode: 'Prosecutor’s office (Fiscalía)',
    respuestas: 'Draft answers',
    // Files (worker/archivos).
    archivo: 'File',
    archivos: 'Files',
    bytes: 'File size',
    'Upload-Offset': 'Position of the part (Upload-Offset)',
    'Content-Length': 'Length of the part (Content-Length)',
    'Content-Type': 'Type of the part (Content-Type)',
    mesa: 'Desk',
    'informacion.unidad': 'The desk’s unit',
    claveVersion: 'Key version',
    version: 'Key version',
    envueltas: 'Keys wrapped for the analysts',
    userId: 'Staff member',
    publica: 'Public key',
    reciboId: 'Receipt key',
    copia: 'Copy for the informant',
    sellado: 'Encrypted question',
    tip: 'Encrypted information',
    mensajes: 'Messages',
    notas: 'Notes',
    patente: 'Plate',
  },
  ht: {
    memorial: 'Memoryal',
    firma: 'Siyati',
    comuna: 'Komin',
    detalle: 'Detay',
    grado: 'Grad',
    foto: 'Foto',
    publicado: 'Pibliye',
    antes: 'Paj',
    v: 'Vèsyon',
    ventanaFin: 'Fen fenèt la',
    ventanaInicio: 'Kòmansman fenèt la',
    fecha: 'Dat',
    fechaPrimarias: 'Dat primè yo',
    id: 'Idantifyan',
    cerca: 'Kote',
    tipoId: 'Kalite pèmi',
    comunaCut: 'Komin',
    hora: 'Lè kòmansman',
    destino: 'Adrès kote w prale',
    serieCedula: 'Nimewo dokiman kat idantite a',
    'campos.establecimiento': 'Etablisman sante',
    'campos.fallecido': 'Non moun ki mouri a',
    'campos.dependiente': 'Non moun w ap okipe a',
    nombre: 'Non',
    descripcion: 'Deskripsyon',
    duracionMaxMin: 'Dire maksimòm (minit)',
    horaDesde: 'Depi',
    horaHasta: 'Jiska',
    cupoSemanal: 'Pèmi pa semèn',
    campos: 'Enfòmasyon li mande',
    activo: 'Aktif',
    fase: 'Faz',
    desde: 'Depi',
    hasta: 'Jiska',
    registroTipo: 'Kalite dosye',
    registroId: 'Dosye',
    // The reencuentro team's registry look-ups (worker/reencuentro/consultas.ts).
    'reencuentro.consulta.registro': 'Rejis yo konsilte a',
    'reencuentro.consulta.motivo': 'Rezon rechèch la',
    campo: 'Enfòmasyon pou korije',
    valor: 'Bon valè a',
    explicacion: 'Eksplikasyon',
    confirmar: 'Mwen konprann ki done yo pral efase ak ki sa yo pral kenbe',
    decision: 'Desizyon',
    respuesta: 'Repons pou sitwayen an',
    finalidad: 'Rezon rechèch la',
    formato: 'Fòma',
    capacidades: 'Sa li ka fè',
    disabled: 'Eta kont lan',
    // Cases (worker/casos): the citizen's answers, the staff's actions, the queue, the jurisdiction.
    texto: 'Tèks',
    accion: 'Aksyon',
    tipo: 'Kalite',
    numeroOriginal: 'Nimewo demann orijinal la',
    numeroAnterior: 'Nimewo denonsyasyon anvan an',
    dondeAcudir: 'Ki kote pou ale',
    unidad: 'Inite polis',
    estado: 'Eta',
    duplicado: 'Posib doub',
    region: 'Rejyon',
    limite: 'Kantite pa paj',
    fiscaliaCode: 'Biwo pwosekitè (Fiscalía)',
    respuestas: 'Repons bouyon an',
    // Files (worker/archivos).
    archivo: 'Fichye',
    archivos: 'Fichye yo',
    bytes: 'Gwosè fichye a',
    'Upload-Offset': 'Pozisyon pati a (Upload-Offset)',
    'Content-Length': 'Longè pati a (Content-Length)',
    'Content-Type': 'Kalite pati a (Content-Type)',
    mesa: 'Biwo',
    'informacion.unidad': 'Inite biwo a',
    claveVersion: 'Vèsyon kle a',
    version: 'Vèsyon kle a',
    envueltas: 'Kle ki vlope pou analis yo',
    userId: 'Anplwaye',
    publica: 'Kle piblik',
    reciboId: 'Kle resi a',
    copia: 'Kopi pou moun ki enfòme a',
    sellado: 'Kesyon chifre',
    tip: 'Enfòmasyon chifre',
    mensajes: 'Mesaj yo',
    notas: 'Nòt yo',
    patente: 'Plak',
  },
} satisfies Record<Locale, Record<string, string>>

/** Messages of checks only the server makes; `{field}` is the field's label. */
export const apiValidation = {
  es: {
    window_not_open:
      '«{field}»: {eleccion} se abre el {inicio} (hora de Chile continental). Antes no se puede solicitar, emitir ni validar la constancia.',
    window_ended:
      '«{field}»: el plazo de {eleccion} se cerró el {fin} (hora de Chile continental). Ya no se puede solicitar, emitir ni validar la constancia.',
    foto_tipo: '«{field}» debe ser una imagen JPEG, PNG o WebP.',
    foto_ancho: '«{field}» debe medir exactamente {ancho} píxeles de ancho.',
    foto_incompleta: '«{field}»: faltan anchos de la foto; súbala de nuevo.',
    password_breached: '«{field}» es una contraseña conocida por los atacantes. Elija otra.',
    password_personal: '«{field}» no puede contener su RUN, su nombre ni su correo.',
    birth_date_mismatch: '«{field}» no coincide con la registrada en el Registro Civil.',
    document_expired:
      '«{field}»: el documento venció antes del {limit} (doce meses antes de las primarias) y no se acepta.',
    run_mismatch: '«{field}» no corresponde al RUN de la solicitud: el código es personal e intransferible.',
    permit_not_required:
      '«{field}»: {comuna} no está en cuarentena ni requiere permiso ese día. Puede desplazarse sin permiso.',
    permit_start_range: '«{field}»: el permiso puede comenzar desde ahora y hasta {dias} días más.',
    outside_permit_hours:
      '«{field}»: este permiso dura {duracion} y debe comenzar y terminar el mismo día, entre las {desde} y las {hasta}.',
    serial_mismatch:
      '«{field}» no coincide con el de su cédula vigente en el Registro Civil. Revise el número impreso en su cédula.',
    own_administration:
      '«{field}»: no puede quitarse a sí mismo la administración del personal. Pídaselo a otro administrador.',
    last_administrator:
      '«{field}»: es la única persona que administra el personal. Antes, otorgue «Administrar el personal» a otra.',
    // Files (worker/archivos): the message names the file, as the citizen's device called it.
    archivo_grande:
      '«{field}»: «{nombre}» pesa más de {max}, el máximo por archivo. Envíe uno más liviano (un video más corto, por ejemplo).',
    archivo_tipo:
      '«{field}»: «{nombre}» no es una foto (JPEG, PNG, WebP o HEIC), un PDF ni un video (MP4, MOV o WebM), según su contenido: no se puede recibir.',
    archivo_ajeno: '«{field}»: uno de los archivos no existe o no es suyo. Vuelva a adjuntarlo.',
    archivo_incompleto:
      '«{field}»: «{nombre}» aún no termina de subirse. Espere a que termine y vuelva a enviar.',
    archivo_ya_enviado: '«{field}»: «{nombre}» ya se envió con otro trámite. Quítelo o adjúntelo de nuevo.',
    archivos_ya_enviados:
      '«{field}»: uno de los archivos ya se envió con otro trámite. Quítelo o adjúntelo de nuevo.',
    archivo_vencido:
      '«{field}»: «{nombre}» se subió hace casi {dias} días sin enviarse y será borrado. Adjúntelo de nuevo.',
    archivos_demasiados: '«{field}»: puede enviar como máximo {max} archivos.',
    archivos_repetidos: '«{field}»: el mismo archivo está adjunto dos veces.',
    mesa_sin_clave:
      '«{field}»: esta mesa aún no tiene clave y no puede recibir información. Intente más tarde.',
    contacto_distinto:
      '«{field}» no es el de su solicitud {code}, que ya existe: corríjalo en la página de la solicitud.',
    clave_vencida: '«{field}»: la clave de la mesa cambió. Recargue la página y envíe de nuevo.',
  },
  en: {
    window_not_open:
      '«{field}»: {eleccion} opens on {inicio} (mainland Chile time). Until then the constancia cannot be requested, issued or validated.',
    window_ended:
      '«{field}»: the window of {eleccion} closed on {fin} (mainland Chile time). The constancia can no longer be requested, issued or validated.',
    foto_tipo: '“{field}” must be a JPEG, PNG or WebP image.',
    foto_ancho: '“{field}” must be exactly {ancho} pixels wide.',
    foto_incompleta: '“{field}”: some widths of the photo are missing; upload it again.',
    password_breached: '“{field}” is a password known to attackers. Choose another one.',
    password_personal: '“{field}” must not contain your RUN, your name or your e-mail.',
    birth_date_mismatch: '“{field}” does not match the one in the Civil Registry.',
    document_expired:
      '“{field}”: the document expired before {limit} (twelve months before the primaries) and is not accepted.',
    run_mismatch: '“{field}” is not the RUN of the request: the code is personal and non-transferable.',
    permit_not_required:
      '"{field}": {comuna} is not under quarantine and needs no permit that day. You may travel without one.',
    permit_start_range: '"{field}": a permit may start from now up to {dias} days ahead.',
    outside_permit_hours:
      '"{field}": this permit lasts {duracion} and must start and end on the same day, between {desde} and {hasta}.',
    serial_mismatch:
      '"{field}" does not match your current identity card at the Civil Registry. Check the number printed on your card.',
    own_administration:
      '"{field}": you cannot take staff administration away from yourself. Ask another administrator.',
    last_administrator:
      '"{field}": this is the only person who manages staff. First grant “Manage staff” to someone else.',
    // Files (worker/archivos): the message names the file, as the citizen's device called it.
    archivo_grande:
      '“{field}”: “{nombre}” is larger than {max}, the most a file may be. Send a smaller one (a shorter video, for instance).',
    archivo_tipo:
      '“{field}”: “{nombre}” is not a photo (JPEG, PNG, WebP or HEIC), a PDF or a video (MP4, MOV or WebM), going by its content: it cannot be received.',
    archivo_ajeno: '“{field}”: one of the files does not exist or is not yours. Attach it again.',
    archivo_incompleto:
      '“{field}”: “{nombre}” has not finished uploading. Wait for it to finish and send again.',
    archivo_ya_enviado:
      '“{field}”: “{nombre}” was already sent with another request. Remove it or attach it again.',
    archivos_ya_enviados:
      '“{field}”: one of the files was already sent with another request. Remove it or attach it again.',
    archivo_vencido:
      '“{field}”: “{nombre}” was uploaded almost {dias} days ago without being sent and will be deleted. Attach it again.',
    archivos_demasiados: '“{field}”: you may send at most {max} files.',
    archivos_repetidos: '“{field}”: the same file is attached twice.',
    mesa_sin_clave: '“{field}”: this desk has no key yet and cannot receive tips. Try again later.',
    contacto_distinto:
      '“{field}” is not the one of your request {code}, which already exists: correct it on the request’s page.',
    clave_vencida: '“{field}”: the desk’s key has changed. Reload the page and send again.',
  },
  ht: {
    window_not_open:
      '«{field}»: {eleccion} ap ouvri {inicio} (lè Chili kontinantal). Anvan sa, pa gen mwayen mande, bay ni valide konstans lan.',
    window_ended:
      '«{field}»: delè {eleccion} fèmen {fin} (lè Chili kontinantal). Pa gen mwayen mande, bay ni valide konstans lan ankò.',
    foto_tipo: '«{field}» dwe yon imaj JPEG, PNG oswa WebP.',
    foto_ancho: '«{field}» dwe gen egzakteman {ancho} piksèl lajè.',
    foto_incompleta: '«{field}»: kèk lajè foto a manke; telechaje l ankò.',
    password_breached: '«{field}» se yon modpas atakè yo konnen. Chwazi yon lòt.',
    password_personal: '«{field}» pa dwe gen RUN ou, non ou oswa imèl ou ladan l.',
    birth_date_mismatch: '«{field}» pa menm ak sa ki anrejistre nan Rejis Sivil la.',
    document_expired:
      '«{field}»: dokiman an ekspire anvan {limit} (douz mwa anvan primè yo), yo pa aksepte l.',
    run_mismatch: '«{field}» pa RUN demann nan: kòd la pèsonèl, ou pa ka bay lòt moun li.',
    permit_not_required:
      '«{field}»: {comuna} pa nan karantèn epi li pa bezwen pèmi jou sa a. Ou ka deplase san pèmi.',
    permit_start_range: '«{field}»: yon pèmi ka kòmanse depi kounye a jiska {dias} jou pita.',
    outside_permit_hours:
      '«{field}»: pèmi sa a dire {duracion} epi li dwe kòmanse ak fini menm jou a, ant {desde} ak {hasta}.',
    serial_mismatch:
      '«{field}» pa koresponn ak kat idantite w ki valab nan Rejis Sivil la. Verifye nimewo ki enprime sou kat ou a.',
    own_administration:
      '«{field}»: ou pa ka retire tèt ou administrasyon pèsonèl la. Mande yon lòt administratè.',
    last_administrator:
      '«{field}»: se sèl moun ki jere pèsonèl la. Anvan, bay yon lòt moun «Jere pèsonèl la».',
    // Files (worker/archivos): the message names the file, as the citizen's device called it.
    archivo_grande:
      '«{field}»: «{nombre}» pi gwo pase {max}, maksimòm pou yon fichye. Voye yon fichye ki pi piti (yon videyo ki pi kout, pa egzanp).',
    archivo_tipo:
      '«{field}»: «{nombre}» se pa yon foto (JPEG, PNG, WebP oswa HEIC), yon PDF ni yon videyo (MP4, MOV oswa WebM), dapre sa ki ladan l: nou pa ka resevwa l.',
    archivo_ajeno: '«{field}»: youn nan fichye yo pa egziste oswa se pa pa w. Mete l ankò.',
    archivo_incompleto: '«{field}»: «{nombre}» poko fin monte. Tann li fini epi voye ankò.',
    archivo_ya_enviado: '«{field}»: «{nombre}» te deja voye ak yon lòt demach. Retire l oswa mete l ankò.',
    archivos_ya_enviados:
      '«{field}»: youn nan fichye yo te deja voye ak yon lòt demach. Retire l oswa mete l ankò.',
    archivo_vencido:
      '«{field}»: «{nombre}» te monte sa gen prèske {dias} jou san yo pa voye l, y ap efase l. Mete l ankò.',
    archivos_demasiados: '«{field}»: ou ka voye {max} fichye pou pi plis.',
    archivos_repetidos: '«{field}»: menm fichye a mete de fwa.',
    mesa_sin_clave: '«{field}»: biwo sa a poko gen kle, li pa ka resevwa enfòmasyon. Eseye ankò pita.',
    contacto_distinto:
      '«{field}» se pa sa ki nan demann ou {code} ki egziste deja a: korije l nan paj demann nan.',
    clave_vencida: '«{field}»: kle biwo a chanje. Rechaje paj la epi voye ankò.',
  },
} satisfies Record<Locale, Record<string, string>>

/**
 * The API's error answers: the browser shows the message a response carries, so only the two
 * it words itself (`internal`, `link_invalid`) are in the shared catalogue.
 */
export const apiErrors = {
  es: {
    validation_failed: 'Revise los datos marcados: hay campos con errores.',
    invalid_json: 'El cuerpo de la solicitud no es JSON válido.',
    unsupported_media_type: 'La solicitud debe enviarse como JSON (Content-Type: application/json).',
    unauthenticated: 'Debe iniciar sesión para continuar.',
    forbidden: 'No tiene permiso para realizar esta acción.',
    not_found: 'No encontramos lo que busca.',
    conflict: 'La solicitud entra en conflicto con el estado actual.',
    idempotency_key_reused:
      'Esta clave de idempotencia ya se usó con otros datos. Use una clave nueva para una solicitud distinta.',
    idempotency_key_in_use:
      'Esta misma solicitud se está completando en este momento. Espere un segundo y vuelva a enviarla: recibirá la misma respuesta.',
    answer_withheld:
      'Esta solicitud ya se recibió. Su respuesta contenía datos secretos y no se entrega dos veces: vuelva a empezar.',
    cross_origin_refused: 'La solicitud no viene de una página de la Comisaría Virtual y fue rechazada.',
    claveunica_required: 'Este trámite requiere iniciar sesión con ClaveÚnica.',
    email_not_verified: 'Antes de ingresar, confirme su correo electrónico con el enlace que le enviamos.',
    invalid_credentials: 'Los datos de ingreso no son correctos.',
    window_closed:
      'La Constancia Votación se puede solicitar, emitir y validar solo el día de la elección, desde las 00:00 hasta las 23:59: {eleccion}, del {inicio} al {fin} (hora de Chile continental).',
    legal_notice_required: 'Antes de continuar debe leer y aceptar el aviso legal.',
    not_in_roll:
      'Su RUN no aparece en el padrón electoral de esta elección. Si cree que es un error, consulte en SERVEL.',
    already_resolved: 'Esta constancia ya fue {estado}. Actualice la pantalla para ver su estado.',
    near_polling_place:
      'Esta unidad está a {distancia} km del local de votación del ciudadano, no a más de 200 km: la constancia no se puede emitir (art. 139 bis de la Ley N° 18.700). Otra excusa se presenta ante el Juzgado de Policía Local.',
    contact_differs:
      'Ya existe su solicitud {code} para esta elección, con otros datos de contacto: no se cambió nada. Para corregir su correo electrónico o su teléfono, hágalo en la página de la solicitud.',
    reauthentication_required:
      'Para corregir sus datos de contacto, vuelva a iniciar sesión con ClaveÚnica: así confirmamos que es usted.',
    payload_too_large: 'La solicitud es demasiado grande.',
    rate_limited: 'Demasiadas solicitudes. Espere un momento e inténtelo de nuevo.',
    unavailable: 'El servicio no está disponible en este momento. Inténtelo de nuevo en unos minutos.',
    storage_full: 'El sistema no puede guardar por ahora. Inténtelo de nuevo en unos minutos.',
    storage_error:
      'El sistema no puede guardar por ahora, por una falla técnica. Inténtelo de nuevo en unos minutos.',
    permit_refused_health:
      'No es posible emitir el permiso. Para más información, comuníquese con la Autoridad Sanitaria: Salud Responde, 600 360 7777.',
    permit_refused_civil:
      'No es posible emitir el permiso. Para más información, acuda al Servicio de Registro Civil e Identificación: 600 370 2000.',
    permit_refused_prison:
      'No es posible emitir el permiso. Para más información, diríjase a Gendarmería de Chile o al tribunal que dictó su medida.',
    quota_exceeded:
      'Ya usó los {cupo} permisos «{tipo}» de esta semana. Podrá pedir otro desde el lunes {lunes}.',
  },
  en: {
    validation_failed: 'Check the marked fields: some of them have errors.',
    invalid_json: 'The request body is not valid JSON.',
    unsupported_media_type: 'The request must be sent as JSON (Content-Type: application/json).',
    unauthenticated: 'Please sign in to continue.',
    forbidden: 'You do not have permission to do this.',
    not_found: 'We could not find what you are looking for.',
    conflict: 'The request conflicts with the current state.',
    idempotency_key_reused:
      'This idempotency key was already used with different data. Use a new key for a different request.',
    idempotency_key_in_use:
      'This same request is being completed right now. Wait a second and send it again: you will get the same answer.',
    answer_withheld:
      'This request was already received. Its answer held secret data and is not given twice: start again.',
    cross_origin_refused: 'The request did not come from a Comisaría Virtual page and was refused.',
    claveunica_required: 'This procedure requires signing in with ClaveÚnica.',
    email_not_verified: 'Before signing in, confirm your e-mail address with the link we sent you.',
    invalid_credentials: 'The sign-in details are not correct.',
    window_closed:
      'The voting constancia can only be requested, issued and validated on election day, from 00:00 to 23:59: {eleccion}, from {inicio} to {fin} (mainland Chile time).',
    legal_notice_required: 'Before continuing you must read and accept the legal notice.',
    not_in_roll:
      'Your RUN is not on the electoral roll for this election. If you think this is a mistake, ask SERVEL.',
    already_resolved: 'This constancia was already {estado}. Refresh the screen to see its state.',
    near_polling_place:
      'This unit is {distancia} km from the citizen’s polling place, not more than 200 km: the constancia cannot be issued (art. 139 bis of Law No. 18,700). Any other excuse goes to the local police court (Juzgado de Policía Local).',
    contact_differs:
      'Your request {code} for this election already exists, with other contact details: nothing was changed. To correct your e-mail address or phone, do so on the request’s page.',
    reauthentication_required:
      'To correct your contact details, sign in again with ClaveÚnica: this confirms it is you.',
    payload_too_large: 'The request is too large.',
    rate_limited: 'Too many requests. Wait a moment and try again.',
    unavailable: 'The service is unavailable right now. Try again in a few minutes.',
    storage_full: 'The system cannot save right now. Try again in a few minutes.',
    storage_error:
      'The system cannot save right now, because of a technical fault. Try again in a few minutes.',
    permit_refused_health:
      'The permit cannot be issued. For more information, contact the Health Authority: Salud Responde, 600 360 7777.',
    permit_refused_civil:
      'The permit cannot be issued. For more information, go to the Civil Registry and Identification Service: 600 370 2000.',
    permit_refused_prison:
      'The permit cannot be issued. For more information, contact Gendarmería de Chile or the court that ordered your measure.',
    quota_exceeded:
      'You have used the {cupo} "{tipo}" permits of this week. You may ask for another from Monday {lunes}.',
  },
  ht: {
    validation_failed: 'Verifye chan ki make yo: gen kèk ladan yo ki gen erè.',
    invalid_json: 'Kò demann nan pa yon JSON ki valab.',
    unsupported_media_type: 'Demann nan dwe voye an JSON (Content-Type: application/json).',
    unauthenticated: 'Tanpri konekte pou kontinye.',
    forbidden: 'Ou pa gen dwa pou fè aksyon sa a.',
    not_found: 'Nou pa jwenn sa w ap chèche a.',
    conflict: 'Demann nan pa mache ak eta aktyèl la.',
    idempotency_key_reused:
      'Kle idanpotans sa a te deja sèvi ak lòt done. Sèvi ak yon kle tou nèf pou yon lòt demann.',
    idempotency_key_in_use:
      'Menm demann sa a ap fini kounye a. Tann yon segonn epi voye l ankò: w ap resevwa menm repons lan.',
    answer_withheld:
      'Nou te deja resevwa demann sa a. Repons li te gen done sekrè, nou pa bay li de fwa: rekòmanse.',
    cross_origin_refused: 'Demann nan pa soti nan yon paj Comisaría Virtual, yo refize l.',
    claveunica_required: 'Demach sa a mande pou w konekte ak ClaveÚnica.',
    email_not_verified: 'Anvan ou konekte, konfime adrès imèl ou ak lyen nou voye ba ou a.',
    invalid_credentials: 'Enfòmasyon koneksyon yo pa kòrèk.',
    window_closed:
      'Ou ka mande, bay epi valide konstans vòt la sèlman jou eleksyon an, depi 00:00 rive 23:59: {eleccion}, depi {inicio} rive {fin} (lè Chili kontinantal).',
    legal_notice_required: 'Anvan ou kontinye, ou dwe li epi aksepte avi legal la.',
    not_in_roll: 'RUN ou pa parèt nan lis elektoral eleksyon sa a. Si ou panse se yon erè, mande SERVEL.',
    already_resolved: 'Konstans sa a te deja {estado}. Rafrechi ekran an pou wè eta li.',
    near_polling_place:
      'Inite sa a se {distancia} km de biwo vòt sitwayen an, pa plis pase 200 km: yo pa ka bay konstans lan (atik 139 bis Lwa N° 18.700). Lòt eskiz ale devan Jij Lapolis Lokal la (Juzgado de Policía Local).',
    contact_differs:
      'Demann ou {code} pou eleksyon sa a egziste deja, ak lòt enfòmasyon kontak: nou pa chanje anyen. Pou korije imèl oswa telefòn ou, fè l nan paj demann nan.',
    reauthentication_required:
      'Pou korije enfòmasyon kontak ou, konekte ankò ak ClaveÚnica: konsa nou konfime se ou menm.',
    payload_too_large: 'Demann nan twò gwo.',
    rate_limited: 'Twòp demann. Tann yon ti moman epi eseye ankò.',
    unavailable: 'Sèvis la pa disponib kounye a. Eseye ankò nan kèk minit.',
    storage_full: 'Sistèm nan pa ka anrejistre anyen kounye a. Eseye ankò nan kèk minit.',
    storage_error:
      'Sistèm nan pa ka anrejistre anyen kounye a, akoz yon pàn teknik. Eseye ankò nan kèk minit.',
    permit_refused_health:
      'Nou pa ka bay pèmi an. Pou plis enfòmasyon, kontakte Otorite Sante a: Salud Responde, 600 360 7777.',
    permit_refused_civil:
      'Nou pa ka bay pèmi an. Pou plis enfòmasyon, ale nan Sèvis Rejis Sivil ak Idantifikasyon: 600 370 2000.',
    permit_refused_prison:
      'Nou pa ka bay pèmi an. Pou plis enfòmasyon, kontakte Gendarmería de Chile oswa tribinal ki te pran mezi a.',
    quota_exceeded:
      'Ou itilize {cupo} pèmi «{tipo}» semèn sa a deja. Ou ka mande yon lòt apati lendi {lunes}.',
  },
} satisfies Record<Locale, Record<string, string>>
