/** Spanish words of a denuncia's own pages and its list in "Mis trámites": the reference for en.ts and ht.ts. */
export const messages = {
  'recibida.title': 'Denuncia enviada',
  'recibida.numero': 'Su número de trámite es',
  'siguiente.title': 'Qué sigue',
  'siguiente.revision': 'Personal de la Comisaría Virtual revisará su denuncia antes del {fecha}.',
  'siguiente.derivar':
    'Después la enviará a la unidad de Carabineros de su domicilio, que la remitirá a la Fiscalía.',
  'siguiente.correo':
    'Le enviamos el comprobante por correo. Recibirá un correo cada vez que cambie el estado de su denuncia, y puede seguirla aquí y en «Mis trámites».',
  'siguiente.numero': 'Guarde el número: lo necesitará si consulta por su denuncia.',
  pdf: 'Descargar el comprobante (PDF)',
  'denuncia.title': 'Denuncia {numero}',
  'denuncia.numero': 'Número de trámite',
  'denuncia.tipo': 'Delito',
  'denuncia.cuando': 'Cuándo ocurrió',
  'denuncia.rango': 'Entre el {desde} y el {hasta}',
  'denuncia.lugar': 'Dónde ocurrió',
  'denuncia.denunciante': 'Denunciante',
  'denuncia.recibida': 'Recibida el',
  'denuncia.estado': 'Estado',
  'estado.recibida': 'Recibida',
  'estado.en_analisis': 'En análisis',
  'estado.informacion_solicitada': 'Se necesita información',
  'estado.derivada': 'Derivada a la unidad',
  'estado.enviada_fiscalia': 'Enviada a la Fiscalía',
  'estado.cerrada': 'Cerrada',
  'noEncontrada.title': 'No encontramos esa denuncia',
  'noEncontrada.body': 'Revise el número. Solo puede ver las denuncias que hizo usted.',
  'sinConexion.title': 'Sin conexión',
  'sinConexion.body': 'Su denuncia no se puede mostrar sin conexión.',
  'espera.title': 'Su denuncia está en este dispositivo, esperando conexión',
  'espera.body':
    'Se enviará sola, una sola vez, en cuanto vuelva la conexión. No cierre sesión hasta entonces. Cuando se envíe, verá aquí su número de trámite.',
  'espera.rechazada': 'La denuncia no fue recibida',
  'espera.noEsta': 'No hay un envío pendiente con ese identificador en este dispositivo.',
  tramites: 'Ver todos sus trámites',
  'lista.title': 'Denuncias',
  'lista.loading': 'Cargando sus denuncias…',
  'lista.failed': 'No pudimos cargar sus denuncias.',
  'lista.item': '{tipo} · {estado} · recibida el {fecha}',
}

export type DenunciaMessageKey = keyof typeof messages
export type DenunciaMessages = Record<DenunciaMessageKey, string>
