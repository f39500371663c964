/**
 * Spanish words of the officers' screens: the reference for en.ts and ht.ts (same keys, checked
 * by the type and by tests/e2e/i18n.test.ts). They travel in the staff chunk, never in the shell.
 */
export const messages = {
  'staff.loading': 'Cargando…',
  'staff.offline': 'Esta página no se puede mostrar sin conexión.',
  'staff.citizen': 'Esta área es solo para funcionarios de Carabineros.',
  'staff.citizenLink': 'Ir a Mis trámites',
  'staff.forbidden':
    'No tiene permiso para abrir esta página. Si lo necesita para su trabajo, pídalo a quien administra el personal.',
  'staff.success': 'Listo',
  'staff.role.officer': 'Funcionario',
  'staff.role.supervisor': 'Supervisor',
  'staff.role.admin': 'Administrador',
  'staff.role.officer.hint':
    'Parte validando constancias, verificando permisos y atendiendo las denuncias de su unidad.',
  'staff.role.supervisor.hint':
    'Además revoca permisos, analiza denuncias, ve las cifras y responde solicitudes de datos.',
  'staff.role.admin.hint': 'Puede hacer todo, también administrar el personal y las tablas de referencia.',

  'staff.home.title': 'Área de funcionarios',
  'staff.home.hello': 'Hola, {name}',
  'staff.home.you': 'Su cuenta',
  'staff.home.name': 'Nombre',
  'staff.home.admin': 'Administración',
  'staff.home.adminBody':
    'Cree cuentas de funcionarios, cambie su rol, su unidad o lo que pueden hacer, o deshabilítelas.',
  'staff.home.adminLink': 'Administrar funcionarios',

  'staff.login.title': 'Ingreso de funcionarios',
  'staff.login.lead':
    'Con su correo institucional, su contraseña y el código de su aplicación de autenticación.',
  'staff.login.activated': 'Su contraseña quedó guardada. Ingrese para registrar su aplicación de códigos.',
  'staff.login.citizen': '¿No es funcionario?',
  'staff.login.citizenLink': 'Ingreso de ciudadanos',
  'staff.login.checking': 'Comprobando…',
  'staff.totp.title': 'Escriba el código de verificación',
  'staff.totp.lead':
    'Abra su aplicación de autenticación y escriba el código de 6 dígitos de la Comisaría Virtual.',
  'staff.totp.hint': 'Por ejemplo, 123456. El código cambia cada 30 segundos.',
  'staff.totp.submit': 'Ingresar',
  'staff.restart': 'Volver a empezar',
  'staff.enroll.title': 'Registre su aplicación de códigos',
  'staff.enroll.lead':
    'Es su primer ingreso. Para proteger su cuenta, cada ingreso pedirá además un código de una aplicación de autenticación en su teléfono, como FreeOTP, Google Authenticator o Microsoft Authenticator.',
  'staff.enroll.step1': 'Abra la aplicación y elija agregar una cuenta.',
  'staff.enroll.step2': 'Escanee este código QR.',
  'staff.enroll.qrAlt': 'Código QR para registrar la Comisaría Virtual en su aplicación de autenticación',
  'staff.enroll.manual': '¿No puede escanearlo? Escriba esta clave en la aplicación:',
  'staff.enroll.step3': 'Escriba el código de 6 dígitos que muestra la aplicación.',
  'staff.enroll.submit': 'Activar y entrar',
  'staff.activate.title': 'Elija la contraseña de su cuenta de funcionario',
  'staff.activate.done': 'Contraseña guardada',

  'staff.admin.title': 'Administrar funcionarios',
  'staff.admin.create': 'Crear funcionario',
  'staff.admin.empty': 'Todavía no hay funcionarios.',
  'staff.admin.state': 'Estado',
  'staff.admin.active': 'Activa',
  'staff.admin.inactive': 'Deshabilitada',
  'staff.admin.noTotp': 'Aún no registra su aplicación de códigos',
  'staff.admin.edit': 'Editar',
  'staff.admin.created': 'Se creó la cuenta de {name} y se envió una invitación a {email}.',
  'staff.admin.saved': 'Se guardaron los cambios de {name}.',
  'staff.admin.disabledDone': 'Se deshabilitó la cuenta de {name} y se cerraron sus sesiones.',
  'staff.admin.enabledDone': 'Se habilitó la cuenta de {name}.',
  'staff.cap.legend': 'Lo que puede hacer',
  'staff.cap.hint':
    'Marque cada tarea que esta persona puede realizar. Al elegir otro rol se marcan las tareas de ese rol; puede ajustarlas.',
  'staff.cap.none': 'Nada por ahora',
  'staff.cap.constancias.validar': 'Validar constancias de voto',
  'staff.cap.constancias.validar.hint':
    'Revisar en persona la constancia de un elector, también en la atención asistida.',
  'staff.cap.permisos.fiscalizar': 'Verificar permisos en la calle',
  'staff.cap.permisos.fiscalizar.hint': 'Leer el código QR de un permiso de desplazamiento.',
  'staff.cap.permisos.revocar': 'Buscar y revocar permisos',
  'staff.cap.permisos.revocar.hint': 'Buscar permisos por RUN o por código, y revocarlos.',
  'staff.cap.cifras.ver': 'Ver las cifras',
  'staff.cap.cifras.ver.hint': 'Los gráficos y tablas de cada servicio.',
  'staff.cap.datos.solicitudes': 'Responder solicitudes de datos',
  'staff.cap.datos.solicitudes.hint':
    'Las rectificaciones que piden los ciudadanos sobre sus datos personales.',
  'staff.cap.personal.administrar': 'Administrar el personal',
  'staff.cap.personal.administrar.hint':
    'Crear cuentas de funcionarios y decidir lo que cada uno puede hacer.',
  'staff.cap.referencias.administrar': 'Editar las tablas de referencia',
  'staff.cap.referencias.administrar.hint':
    'Tipos de permiso, fases de las comunas, días de elección y la tabla de jurisdicciones.',
  'staff.cap.denuncias.triar': 'Analizar denuncias',
  'staff.cap.denuncias.triar.hint':
    'La bandeja de denuncias nuevas de la comisaría virtual: pedir información, cerrar o derivar.',
  'staff.cap.denuncias.unidad': 'Atender las denuncias de su unidad',
  'staff.cap.denuncias.unidad.hint': 'Las denuncias derivadas a su unidad, para enviarlas a la Fiscalía.',
  'staff.cap.felicitaciones.unidad': 'Leer las felicitaciones de su unidad y las suyas',
  'staff.cap.felicitaciones.unidad.hint':
    'Los mensajes de la ciudadanía a su unidad; el nombre de quien escribe sólo si eligió mostrarlo.',
  'staff.cap.felicitaciones.asignar': 'Entregar felicitaciones a funcionarios de su unidad',
  'staff.cap.felicitaciones.asignar.hint':
    'Una felicitación que nombra a un funcionario llega a su cuenta cuando el nombre no basta para reconocerlo.',
  'staff.cap.reclamos.atender': 'Atender los reclamos contra funcionarios',
  'staff.cap.reclamos.atender.hint':
    'La oficina de reclamos: los reclamos por la conducta policial, con la identidad de quien reclama reservada; nunca la unidad reclamada.',
  'staff.cap.reclamos.descargar': 'Dar los descargos de su unidad',
  'staff.cap.reclamos.descargar.hint':
    'Las solicitudes de la oficina de reclamos a su unidad: sólo los hechos, nunca quién reclamó; la unidad da su versión.',
  'staff.cap.reclamos.supervisar': 'Supervisar la oficina de reclamos',
  'staff.cap.reclamos.supervisar.hint':
    'Recibe un correo cuando a un reclamo le quedan dos días hábiles para su plazo legal (los de su región si su unidad tiene una).',
  'staff.cap.reencuentro.buscar': 'Buscar personas para un reencuentro familiar',
  'staff.cap.reencuentro.buscar.hint':
    'El equipo de reencuentro: busca a la persona, consulta los registros con un motivo y registra lo que ella decide comunicar; quien busca sólo sabe lo que ella permite.',
  'staff.cap.certificados.consultar': 'Consultar constancias',
  'staff.cap.certificados.consultar.hint':
    'Buscar una constancia emitida por su número y ver lo declarado; la persona ve la consulta.',
  'staff.cap.certificados.anular': 'Anular constancias',
  'staff.cap.certificados.anular.hint':
    'Anular una constancia emitida, con el motivo; su verificación dirá que fue anulada.',
  'staff.cap.informacion.analizar': 'Analizar información anónima',
  'staff.cap.informacion.analizar.hint':
    'Leer y tratar la información anónima de sus mesas (OS-7, SEBV, OS-9), con su propia clave; además debe estar en la mesa.',
  'staff.cap.condolencias.moderar': 'Moderar el libro de condolencias',
  'staff.cap.condolencias.moderar.hint':
    'Ver los mensajes retenidos, en espera o reportados, y publicarlos o rechazarlos con un motivo que se envía a su autor.',
  'staff.cap.memoriales.administrar': 'Administrar los memoriales',
  'staff.cap.memoriales.administrar.hint':
    'Crear y editar la página de cada funcionario caído, con su foto, en el libro de condolencias.',
  'staff.new.title': 'Crear funcionario',
  'staff.new.lead':
    'Le enviaremos una invitación para elegir su contraseña; en su primer ingreso registrará su aplicación de códigos.',
  'staff.new.email.hint': 'Su correo institucional: con él ingresará.',
  'staff.new.unidad.hint': 'La unidad donde trabaja.',
  'staff.new.unidad.choose': 'Elija una unidad',
  'staff.new.submit': 'Crear y enviar invitación',
  'staff.new.conflict': 'Ya existe un funcionario con ese correo.',
  'staff.edit.title': 'Editar a {name}',
  'staff.edit.submit': 'Guardar cambios',
  'staff.edit.disable.title': 'Deshabilitar la cuenta',
  'staff.edit.disable.body':
    'Cierra sus sesiones y le impide ingresar. Puede volver a habilitarla cuando quiera.',
  'staff.edit.disable': 'Deshabilitar cuenta',
  'staff.edit.enable.title': 'Habilitar la cuenta',
  'staff.edit.enable.body':
    'Esta cuenta está deshabilitada. Al habilitarla, la persona podrá volver a ingresar.',
  'staff.edit.enable': 'Habilitar cuenta',
  'staff.edit.self': 'Usted no puede deshabilitar su propia cuenta.',
  'staff.edit.notFound': 'No se encontró ese funcionario.',
  'staff.fecha.hint': 'Por ejemplo, 27 3 2026.',
  'staff.fecha.dia': 'Día',
  'staff.fecha.mes': 'Mes',
  'staff.fecha.anio': 'Año',
  'staff.grafico.tabla': 'Ver las cifras como tabla',
  'staff.grafico.resumen': 'Gráfico de {serie}: {total} en total.',
  'staff.cifras.actualizado': 'Actualizado a las {hora}.',
  'staff.cifras.error': 'No se pudieron actualizar las cifras. Se intentará de nuevo.',
}

export type StaffMessageKey = keyof typeof messages
export type StaffMessages = Record<StaffMessageKey, string>
