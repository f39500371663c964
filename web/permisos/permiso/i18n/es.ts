/** Spanish words of an issued permit and of the permits in "Mis trámites": the reference for en.ts and ht.ts. */
export const messages = {
  'estado.vigente': 'Vigente',
  'estado.por_comenzar': 'Por comenzar',
  'estado.vencido': 'Vencido',
  'estado.revocado': 'Revocado',
  'estado.vigente.means': 'Este permiso es válido ahora, hasta las {hasta} del {fecha}.',
  'estado.por_comenzar.means': 'Este permiso todavía no es válido: comienza el {fecha} a las {desde}.',
  'estado.vencido.means': 'Este permiso ya no es válido: venció el {fecha} a las {hasta}.',
  'estado.revocado.means': 'Carabineros revocó este permiso: no es válido y no debe usarlo.',
  'campo.establecimiento': 'Establecimiento de salud',
  'campo.fallecido': 'Persona fallecida',
  'campo.dependiente': 'Persona a su cuidado',

  'permiso.back': 'Permisos de desplazamiento',
  'permiso.title': 'Permiso de desplazamiento',
  'permiso.loading': 'Cargando el permiso…',
  'permiso.code': 'Código',
  'permiso.run': 'RUN {run}',
  'permiso.window': '{fecha}, de {desde} a {hasta} (hora de Chile continental)',
  'permiso.qr': 'Código QR para verificar el permiso {code}',
  'permiso.show':
    'Muestre este permiso junto con su cédula de identidad. El funcionario lo verifica escaneando el código QR, también sin conexión.',
  'permiso.fuente.offline':
    'Sin conexión: este es el permiso guardado en este dispositivo. Su estado se calcula con la hora del teléfono.',
  'permiso.fuente.signin': 'Su sesión terminó: este es el permiso guardado en este dispositivo.',
  'permiso.fuente.signinLink': 'Inicie sesión para ver su estado actual',
  'permiso.details': 'Detalle del permiso',
  'permiso.holder': 'Titular',
  'permiso.runLabel': 'RUN',
  'permiso.tipo': 'Tipo de permiso',
  'permiso.comuna': 'Comuna',
  'permiso.destino': 'Destino',
  'permiso.desde': 'Válido desde',
  'permiso.hasta': 'Válido hasta',
  'permiso.emitido': 'Emitido',
  'permiso.pdf': 'Descargar PDF',
  'permiso.kept':
    'Este permiso queda guardado en este dispositivo para mostrarlo sin conexión; se borra al cerrar sesión.',
  'permiso.signin': 'Inicie sesión para ver este permiso.',
  'permiso.offline': 'Sin conexión, y este permiso no está guardado en este dispositivo.',
  'permiso.notFound': 'No encontramos un permiso suyo con este código.',

  'mine.title': 'Permisos de desplazamiento',
  'mine.loading': 'Cargando sus permisos…',
  'mine.failed': 'No se pudieron cargar sus permisos.',
  'mine.item': '{tipo} · {comuna} · {fecha}, de {desde} a {hasta}',
  'mine.device': 'Guardados en este dispositivo:',
}

export type PermisoMessageKey = keyof typeof messages
export type PermisoMessages = Record<PermisoMessageKey, string>
