/** The analysts' key screens, in Spanish (the reference: en.ts and ht.ts have these keys). */
export const messages = {
  'in.back': 'Volver al inicio',
  'in.menu.title': 'Información anónima',
  'in.menu.miClave': 'Mi clave de analista',
  'in.menu.miClave.hint': 'Su clave en este equipo y las claves de sus mesas.',
  'in.forbidden': 'Su cuenta no permite analizar información anónima.',
  'in.cargando': 'Cargando…',
  'in.sinConexion': 'No hay conexión con el servidor. Intente de nuevo.',
  'in.mi.title': 'Mi clave de analista',
  'in.mi.lead':
    'Las informaciones anónimas se cifran para la clave de cada mesa, y la clave de la mesa se guarda cifrada para la clave de cada analista. Su clave se crea en este navegador y nunca sale de él: el servidor no puede leer ninguna información.',
  'in.mi.aqui': 'Este equipo tiene su clave.',
  'in.mi.huella': 'Huella de su clave: {huella}',
  'in.mi.huella.hint':
    'Si un colega le envuelve la clave de una mesa, puede confirmar con usted esta huella.',
  'in.mi.noAqui': 'Este equipo no tiene su clave.',
  'in.mi.otroEquipo':
    'Su clave registrada es la de otro equipo. Si crea una aquí, la del otro equipo deja de servir y un colega de cada mesa tendrá que envolverle de nuevo sus claves.',
  'in.mi.crear': 'Crear mi clave en este equipo',
  'in.mi.recrear': 'Crear una clave nueva en este equipo',
  'in.mi.recrear.aviso':
    'Una clave nueva reemplaza la anterior: sus copias de las claves de las mesas se borran y un colega de cada mesa tendrá que envolvérselas de nuevo.',
  'in.mi.creada.title': 'Clave creada',
  'in.mi.creada.body': 'Este equipo tiene ahora su clave. Sus colegas la verán en «Pendientes» de cada mesa.',
  'in.mi.compartido':
    'Use un equipo que sea solo suyo: quien use este navegador con su cuenta podrá leer lo que usted lee.',
  'in.mi.frase': 'Frase para recuperar su clave (opcional)',
  'in.mi.frase.hint':
    'Si la escribe, podrá descargar su clave cifrada con esta frase y recuperarla en otro equipo. Al menos 12 caracteres. Nadie puede recuperar la frase por usted.',
  'in.mi.frase.corta': '«Frase para recuperar su clave» debe tener al menos 12 caracteres.',
  'in.mi.descargar': 'Descargar el archivo de recuperación',
  'in.mi.descargar.hint':
    'Guárdelo fuera de este equipo. Con el archivo y la frase, cualquiera tendría su clave.',
  'in.rec.title': 'Recuperar su clave en este equipo',
  'in.rec.lead':
    'Si guardó un archivo de recuperación al crear su clave, úselo aquí: sus colegas no tendrán que envolverle de nuevo las claves.',
  'in.rec.archivo': 'Archivo de recuperación',
  'in.rec.frase': 'Frase de recuperación',
  'in.rec.submit': 'Recuperar mi clave',
  'in.rec.mal': 'El archivo o la frase no sirven. Revise que sea el archivo correcto y la frase exacta.',
  'in.rec.hecho.title': 'Clave recuperada',
  'in.rec.hecho.body': 'Este equipo tiene de nuevo su clave.',
  'in.mesas.title': 'Sus mesas',
  'in.mesas.ninguna': 'Aún no está en ninguna mesa. Un administrador debe agregarlo.',
  'in.mesas.ir': 'Claves de la mesa {unidad}',
  'in.mesa.title': 'Claves de la mesa {unidad}',
  'in.mesa.noEncontrada': 'No está en esa mesa, o la mesa no existe.',
  'in.estado.tiene': 'Tiene la clave de la mesa (versión {version}).',
  'in.estado.sinClave':
    'La mesa aún no tiene clave: nadie puede enviarle información hasta que usted la cree.',
  'in.estado.espera':
    'Espera que un colega de la mesa le envuelva la clave (versión {version}). Pídaselo: la verá aquí cuando lo haga.',
  'in.estado.sinLlavero': 'Este equipo no tiene su clave de analista.',
  'in.estado.sinLlavero.link': 'Crear mi clave en este equipo',
  'in.estado.otroEquipo':
    'Su copia de la clave de la mesa está cifrada para la clave de otro equipo. Cree su clave en este equipo y pida a un colega que se la envuelva de nuevo.',
  'in.crear': 'Crear la clave de la mesa (versión 1)',
  'in.crear.hint':
    'Se crea en este navegador y se guarda cifrada para usted y para los colegas de la mesa que ya tienen clave.',
  'in.creada.title': 'Clave de la mesa creada',
  'in.creada.body': 'La mesa tiene la clave versión {version}. Desde ahora se le puede enviar información.',
  'in.rotar': 'Rotar la clave de la mesa (crear la versión {version})',
  'in.rotar.hint':
    'Hágalo cuando alguien deja la mesa: la información nueva irá a la versión nueva, que esa persona no tiene. La información antigua se sigue leyendo con las versiones anteriores.',
  'in.rotar.incompleta':
    'No se pudo crear la versión nueva: la mesa tiene analistas cuya clave este equipo no conoce. Pídales que revisen «Pendientes» o inténtelo de nuevo más tarde.',
  'in.pendientes.title': 'Pendientes',
  'in.pendientes.lead':
    'Colegas de la mesa que esperan una copia de la clave. Confirme con cada uno la huella de su clave antes de envolverla.',
  'in.pendientes.ninguno': 'Ningún colega espera la clave.',
  'in.pendientes.colega': 'Colega con la clave {huella}',
  'in.pendientes.versiones': 'Versiones que le faltan: {versiones}.',
  'in.pendientes.envolver': 'Envolver la clave para este colega',
  'in.pendientes.hecho': 'La clave quedó envuelta para el colega con la clave {huella}.',
  'in.pendientes.sinClave': 'Usted aún no tiene la clave de la mesa: no puede envolverla para otros.',
  'in.admin.title': 'Mesas de información anónima',
  'in.admin.lead':
    'Ponga a esta persona en una mesa para que analice su información (necesita además «Analizar información anónima»). No leerá nada hasta que un analista de la mesa le envuelva la clave. Al quitarla, un analista de la mesa debe rotar su clave.',
  'in.admin.mesa': 'Mesa',
  'in.admin.elegir': 'Elija una mesa',
  'in.admin.poner': 'Poner en la mesa',
  'in.admin.quitar': 'Quitar de la mesa',
  'in.admin.puesto': '{name} quedó en la mesa {unidad}.',
  'in.admin.quitado': '{name} ya no está en la mesa {unidad}.',
  'in.admin.falta': 'Elija una mesa.',
  'in.admin.hecho': 'Cambio guardado',
}
