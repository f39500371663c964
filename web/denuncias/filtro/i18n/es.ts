/** Spanish words of the denuncias' start page and screener: the reference for en.ts and ht.ts. */
export const messages = {
  'inicio.title': 'Hacer una denuncia',
  'inicio.lead':
    'Denuncie en línea un hurto, un robo sin violencia, una estafa, daños o maltrato animal. Personal de la Comisaría Virtual la revisará dentro de 24 horas y la enviará a la unidad de Carabineros de su domicilio, que la remitirá a la Fiscalía.',
  'inicio.puede.title': 'Qué puede denunciar aquí',
  'inicio.puede':
    'Hurto simple, robo por sorpresa, robo de accesorios de vehículo, hurto agravado, hurto de hallazgo, apropiación indebida, estafa, daños y maltrato animal.',
  'inicio.no.title': 'Cuándo no usar este servicio',
  'inicio.no.peligro': 'Si alguien está en peligro o el delito está ocurriendo ahora: llame al 133.',
  'inicio.no.otros':
    'Si hubo violencia o amenazas contra una persona, si es violencia intrafamiliar o si la víctima es un niño, niña o adolescente: le diremos dónde acudir.',
  'inicio.no.una':
    'Un hecho se denuncia una sola vez: si ya lo denunció ante Carabineros, la PDI o la Fiscalía, no lo haga de nuevo.',
  'inicio.necesita.title': 'Qué necesita',
  'inicio.necesita.cuenta': 'Su ClaveÚnica, o su cuenta de la Comisaría Virtual con el correo verificado.',
  'inicio.necesita.hecho': 'Cuándo y dónde ocurrió, y qué pasó.',
  'inicio.necesita.datos':
    'Lo que identifique lo que le quitaron: números de serie, el IMEI de un teléfono, la patente del vehículo.',
  'inicio.salir':
    'Si necesita dejar esta página de inmediato, use «Salir rápido» arriba o pulse la tecla Esc dos veces.',
  'inicio.ingresar': 'Para hacer una denuncia debe ingresar.',
  'inicio.cuenta': 'Ingresar',
  'inicio.signedIn': 'Ingresó como {name}.',
  'inicio.staff':
    'Usted ingresó como funcionario: las denuncias las hacen los ciudadanos con su propia cuenta.',
  'inicio.compartido': 'Estoy usando un dispositivo compartido o que otra persona puede revisar',
  'inicio.compartido.hint':
    'No guardaremos nada en este dispositivo: ni un borrador ni un envío pendiente. Si cierra o recarga la página, perderá lo escrito.',
  'inicio.start': 'Comenzar',
  'pregunta.caption': 'Antes de empezar · Pregunta {n} de {total}',
  'pregunta.peligro': '¿Alguien está en peligro ahora, o el delito está ocurriendo en este momento?',
  'pregunta.violencia': '¿Hubo violencia o amenazas contra alguna persona?',
  'pregunta.violencia.hint':
    'Por ejemplo, un golpe, un arma, una amenaza o un empujón para quitarle algo. Que le arrebaten algo por sorpresa, sin agredirle, no cuenta como violencia.',
  'pregunta.familia': '¿Es violencia intrafamiliar?',
  'pregunta.familia.hint':
    'Maltrato o amenazas de su pareja, expareja, o de alguien de su familia o de su hogar.',
  'pregunta.nino': '¿La víctima es un niño, niña o adolescente?',
  'pregunta.nino.hint': 'Una persona menor de 18 años.',
  'pregunta.autor': '¿Sabe quién lo hizo y esa persona está ahí ahora?',
  'pregunta.autor.hint': 'Por ejemplo, sigue en el lugar o usted la tiene a la vista.',
  'pregunta.si': 'Sí',
  'pregunta.no': 'No',
  'llame.title': 'Llame al 133',
  'derivar.title': 'Esta denuncia no se hace en línea',
  'derivar.donde': 'Dónde acudir',
  'derivar.violencia':
    'Cuando hay violencia o amenazas contra una persona, Carabineros debe actuar de inmediato y tomar su declaración en persona.',
  'derivar.violencia.1': 'Si está en peligro, llame al 133.',
  'derivar.violencia.2':
    'Acuda a la comisaría más cercana o a la PDI (134), o denuncie en la Fiscalía: 600 333 0000.',
  'derivar.violencia.3': 'Si tiene lesiones, vaya a un centro de salud: dejarán constancia de ellas.',
  'derivar.familia':
    'La violencia intrafamiliar tiene canales propios, que pueden pedir medidas de protección para usted desde el primer día.',
  'derivar.familia.1': 'Fono Familia de Carabineros: 149, las 24 horas.',
  'derivar.familia.2': 'Fono 1455: orientación en violencia contra la mujer.',
  'derivar.familia.3': 'La Fiscalía (600 333 0000) o el Tribunal de Familia de su comuna.',
  'derivar.nino':
    'Cuando la víctima es un niño, niña o adolescente, lo ocurrido debe contarlo a personas especializadas, y una sola vez (Ley 21.057).',
  'derivar.nino.1': 'Fono Niños de Carabineros: 147, las 24 horas.',
  'derivar.nino.2': 'La Oficina Local de la Niñez (antes OPD) de su comuna.',
  'derivar.nino.3': 'La Fiscalía: 600 333 0000.',
  'derivar.autor':
    'Si la persona que lo hizo está ahí ahora, Carabineros puede actuar de inmediato: no espere a una denuncia en línea.',
  'derivar.autor.1': 'Llame al 133.',
  'derivar.autor.2': 'O acuda a la comisaría más cercana con lo que sepa de esa persona.',
  'derivar.peligro': 'Si está en peligro, llame al 133.',
  'derivar.volver': 'Cambiar mi respuesta',
}

export type FiltroMessageKey = keyof typeof messages
export type FiltroMessages = Record<FiltroMessageKey, string>
