/**
 * Spanish words of the guide «¿No podrá votar?»: the reference for en.ts and ht.ts. Its legal
 * basis, sentence by sentence, is docs/decisions/0079-guia-no-podre-votar.md; where the
 * instructions (seeds/instructivo-constancia-voto-2025.md) say something, these are its words.
 */
export const messages = {
  'guia.caption': '¿No podrá votar?',
  'pregunta.domicilio': '¿Dónde está registrado su domicilio electoral?',
  'pregunta.domicilio.hint':
    'Es el que figura en el Registro Electoral del Servicio Electoral (Servel). Con dos o tres preguntas le decimos qué le sirve para justificarse.',
  'pregunta.domicilio.chile': 'En Chile',
  'pregunta.domicilio.extranjero': 'En el extranjero',
  'pregunta.donde': '¿Dónde estará el día de la elección?',
  'pregunta.donde.extranjero': 'Fuera de Chile',
  'pregunta.donde.lejos': 'En Chile, a más de 200 kilómetros de mi local de votación',
  'pregunta.donde.cerca': 'En Chile, a 200 kilómetros o menos de mi local de votación',
  'pregunta.motivo': '¿Por qué no podrá votar?',
  'pregunta.motivo.enfermedad': 'Estaré enfermo o enferma',
  'pregunta.motivo.otro': 'Otro impedimento grave',
  'pregunta.motivo.otro.hint': 'Por ejemplo, un accidente, un desastre o una función en la elección.',

  'respuesta.hacer': 'Qué debe hacer',
  'respuesta.despues': 'Qué pasa después',
  'respuesta.ley': 'Fundamento legal:',
  'respuesta.empezar': 'Volver a empezar',
  'despues.juzgado':
    'Si no vota, el Servicio Electoral puede denunciarlo ante el Juzgado de Policía Local dentro del año siguiente a la elección. El juzgado lo cita, por lo general por correo electrónico, y ahí presenta su excusa con su prueba. Si el juez no la acepta, la multa es de 0,5 a 1,5 Unidades Tributarias Mensuales (UTM), a beneficio municipal.',

  'voluntario.titulo': 'Para usted, votar es voluntario',
  'voluntario.clave':
    'Con domicilio electoral en el extranjero, votar es voluntario: no tiene nada que justificar y no hay multa por no votar.',
  'voluntario.hacer.1': 'No necesita constancia de Carabineros ni ningún certificado.',
  'voluntario.hacer.2':
    'Si quiere votar, el Servel le indica dónde. Desde el extranjero se vota en las elecciones presidenciales, las primarias presidenciales y los plebiscitos nacionales.',
  'voluntario.ley':
    'Ley N° 21.524, que reformó el artículo 15 de la Constitución: el voto es obligatorio para los electores con domicilio electoral en Chile.',
  'voluntario.despues': 'Nada: la multa por no votar es para los electores con domicilio electoral en Chile.',

  'fuera.titulo': 'Fuera de Chile: guarde su certificado de viajes',
  'fuera.clave':
    'Carabineros no da constancia por estar fuera del país. Lo que prueba su ausencia es el certificado de viajes de la PDI, su registro de entradas y salidas de Chile.',
  'fuera.hacer.1':
    'No pida la Constancia Votación: es solo para quien está en Chile a más de 200 kilómetros de su local de votación.',
  'fuera.hacer.2':
    'Pida a la Policía de Investigaciones (PDI) su certificado de viajes, que muestra que el día de la elección estaba fuera de Chile.',
  'fuera.hacer.3': 'Guarde también sus pasajes: el juez los puede considerar.',
  'fuera.ley':
    'Artículo 139 bis de la Ley N° 18.700, incorporado por la Ley N° 21.779: está exento de multa quien el día de la elección esté ausente del país.',

  'enfermedad.titulo': 'Enfermo: un certificado médico para el juez',
  'enfermedad.clave':
    'Si el día de la elección está enfermo, lo que prueba su excusa es un certificado médico. Carabineros no da constancia por enfermedad.',
  'enfermedad.hacer.1':
    'Pida a quien lo atienda un certificado médico que cubra el día de la elección (una licencia o un reposo que lo incluya también sirve).',
  'enfermedad.hacer.2': 'Guárdelo: lo presentará cuando el Juzgado de Policía Local lo cite.',
  'enfermedad.ley':
    'Artículo 139 bis de la Ley N° 18.700, incorporado por la Ley N° 21.779: está exento de multa quien el día de la elección se encuentre enfermo.',

  'lejos.titulo': 'A más de 200 kilómetros: la Constancia Votación',
  'lejos.clave':
    'Si el día de la elección está a más de 200 kilómetros de su local de votación, Carabineros deja constancia: se pide en línea con ClaveÚnica y se valida ese mismo día en una unidad de Carabineros.',
  'lejos.hacer.1':
    'Pídala en la Comisaría Virtual el día de la elección, desde las 00:00 hasta las 23:59 (hora de Chile continental).',
  'lejos.hacer.2':
    'Ese mismo día, vaya a la unidad de Carabineros más cercana a donde esté, con el código y su Cédula de Identidad o Pasaporte: sin esa validación, la constancia no sirve ante el Juzgado de Policía Local.',
  'lejos.hacer.3': 'Sin ClaveÚnica o sin internet, pida en la unidad la Constancia Asistida.',
  'lejos.pedir': 'Pedir la Constancia Votación',
  'lejos.unidades': 'Ver las unidades de Carabineros más cercanas',
  'lejos.ley':
    'Artículo 139 bis de la Ley N° 18.700, incorporado por la Ley N° 21.779: está exento de multa quien el día de la elección esté en una localidad a más de doscientos kilómetros del local de votación.',
  'lejos.despues':
    'Validada, la constancia le llega en PDF a su correo. Guárdela: si el Juzgado de Policía Local lo cita, es su prueba. Si el juez no acepta la excusa, la multa es de 0,5 a 1,5 UTM.',

  'otro.titulo': 'Otro impedimento grave: el juez aprecia la prueba',
  'otro.clave':
    'Otro impedimento grave se justifica ante el Juzgado de Policía Local, con documentos que lo prueben. Carabineros no da constancia por estos motivos.',
  'otro.hacer.1':
    'Reúna documentos de ese día que muestren qué le impidió votar: certificados, antecedentes laborales o pasajes, entre otros.',
  'otro.hacer.2':
    'El juez aprecia la prueba según las reglas de la sana crítica: mientras más precisa y más cercana a la fecha, mejor.',
  'otro.hacer.3':
    'También están exentos quienes cumplieron funciones en la elección, como vocales de mesa, y las personas con discapacidad calificada y certificada o con pensión de invalidez: guarde el documento que lo acredite.',
  'otro.ley':
    'Artículo 139 bis de la Ley N° 18.700, incorporado por la Ley N° 21.779: está exento quien acredite otro impedimento grave ante el juez de policía local competente.',
}

export type GuiaMessageKey = keyof typeof messages
export type GuiaMessages = Record<GuiaMessageKey, string>
