/**
 * Spanish words of the Constancias screens (the information page): the reference for en.ts and
 * ht.ts. Where the instructions (seeds/instructivo-constancia-voto-2025.md) say something, these
 * are its words. They travel with these screens' own chunk, so no other page downloads them.
 */
export const messages = {
  warning: 'Importante',
  'info.caption': 'Constancias',
  'info.title': 'Constancias Votación',
  'info.lead':
    'Constancia Digital por encontrarse en una localidad ubicada a más de doscientos kilómetros del local de votación.',
  'info.guia': '¿Fuera del país, enfermo u otro motivo? Vea qué le sirve a usted',
  'info.when.title': 'Cuándo se puede hacer',
  'info.when.body':
    'El trámite estará habilitado desde las 00:00 hasta las 23:59 horas del día de la elección (hora de Chile continental).',
  'info.when.open': 'Hoy, {fecha}, está habilitado hasta las {hora}.',
  'info.when.next': 'Se habilita el {fecha} a las {hora}.',
  'info.when.closed': 'Se cerró el {fecha} a las {hora}.',
  'info.when.none': 'No hay elecciones programadas.',
  'info.when.unknown': 'Sin conexión no podemos confirmar cuándo está habilitado.',
  'info.when.loading': 'Consultando el horario…',
  'info.election': '{nombre}, {fecha}.',
  'info.start.title': 'Cómo obtener la constancia',
  'info.start.step1':
    'Inicie sesión con su ClaveÚnica, lo que garantiza la autenticación segura de su identidad.',
  'info.start.step2': 'Lea y acepte el aviso legal obligatorio.',
  'info.start.step3':
    'Confirme sus datos y complete su fecha de nacimiento, su correo electrónico y su teléfono de contacto.',
  'info.start.step4':
    'Declare que se encuentra a más de 200 kilómetros de su local de votación y haga clic en «Enviar Solicitud».',
  'info.start.step5':
    'Acuda ese mismo día a la Unidad Territorial de Carabineros más cercana con el código y su Cédula de Identidad o Pasaporte, para validar la constancia.',
  'info.login': 'Iniciar sesión con ClaveÚnica',
  'info.continue': 'Continuar',
  'info.signedIn': 'Ingresó con ClaveÚnica como {name}.',
  'info.selfAccount':
    'Usted ingresó con una cuenta de la Comisaría Virtual. Este trámite requiere iniciar sesión con ClaveÚnica: una cuenta propia no basta.',
  'info.rechazada': 'Carabineros rechazó su solicitud {code}. Motivo: {motivo}',
  'info.rechazada.ver': 'Ver su solicitud {code}',
  'info.notOpen': 'Fuera de ese horario, el sistema no permite el ingreso de solicitudes.',
  'info.important.title': 'Información importante',
  'info.a.title': 'Voto obligatorio y sanciones',
  'info.a.1':
    'El voto es obligatorio en las elecciones presidenciales, parlamentarias, regionales, municipales y plebiscitos.',
  'info.a.2':
    'Quien no sufrague y no acredite una causal de excusa será sancionado con una multa de 0,5 a 1,5 Unidades Tributarias Mensuales (UTM), aplicada por el Juzgado de Policía Local correspondiente, a beneficio municipal.',
  'info.b.title': 'Causales de justificación (eximidos de sanción)',
  'info.b.lead':
    'Según el artículo 139 bis de la Ley N° 18.700, incorporado por la Ley N° 21.779, estarán exentos de multa los ciudadanos que el día de la elección:',
  'info.b.1': 'Se encuentren enfermos.',
  'info.b.2':
    'Estén ausentes del país o en una localidad ubicada a más de doscientos kilómetros del local de votación.',
  'info.b.3': 'Hayan desempeñado las funciones que encomienda esta ley.',
  'info.b.4':
    'Cuenten con la calificación y certificación de discapacidad señalada en el artículo 13 de la ley N° 20.422, que establece normas sobre la igualdad de oportunidades e inclusión social de personas con discapacidad. Lo anterior, podrá también acreditarse a través de la calidad de asignatario de pensión de invalidez de cualquier régimen previsional conforme a los registros disponibles en el Sistema Nacional de Información de Seguridad y Salud en el Trabajo de la Superintendencia de Seguridad Social.',
  'info.b.5':
    'Les afecte otro impedimento grave debidamente acreditado ante el juez de policía local competente, quien apreciará la prueba de acuerdo con las reglas de la sana crítica.',
  'info.c.title': 'Justificación ante el juez competente',
  'info.c.carabineros':
    'Carabineros de Chile solo recepcionará y validará constancias por encontrarse en una localidad ubicada a más de doscientos kilómetros del local de votación.',
  'info.c.juzgado':
    'Las excusas por enfermedad, ausencia del país, discapacidad o impedimento grave deben ser presentadas directamente ante el Juzgado de Policía Local de la comuna correspondiente.',
  'info.c.juez':
    'El juez evaluará la documentación aportada (certificados médicos, pasajes, antecedentes laborales, entre otros) y resolverá conforme a derecho y sana crítica.',
  'info.d.title': 'Permiso laboral y feriado electoral',
  'info.d.1':
    'Los empleadores deben otorgar un permiso de tres horas para votar, conforme a la Ley N° 21.693 (2024).',
  'info.d.2':
    'El día de la elección constituye feriado legal irrenunciable para el comercio y servicios no esenciales.',
  'info.e.title': 'Venta y consumo de alcohol',
  'info.e.1':
    'Desde 2024 se eliminó la llamada «Ley Seca». No existe prohibición general de venta o consumo de alcohol durante las elecciones, salvo ordenanzas municipales que establezcan restricciones horarias locales.',
  'info.asistida.title': '¿No puede hacerlo en línea?',
  'info.asistida.body':
    'Si no tiene conexión a internet, no puede recuperar su ClaveÚnica o no sabe usar la plataforma, acuda a la Unidad Territorial de Carabineros más cercana con su Cédula de Identidad o Pasaporte y pida la Constancia Asistida: un funcionario hará el trámite con usted, el mismo día de la elección, desde las 00:00 hasta las 23:59.',
}

export type InformacionMessageKey = keyof typeof messages
export type InformacionMessages = Record<InformacionMessageKey, string>
