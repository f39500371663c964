/** Spanish words of the complaints' start page: the reference for en.ts and ht.ts. */
export const messages = {
  'inicio.title': 'Reclamo por la atención de Carabineros',
  'inicio.lead':
    'Si un funcionario de Carabineros lo trató mal, no lo atendió o actuó de forma indebida, puede reclamar aquí.',
  'inicio.confidencial.title': 'Su identidad queda reservada',
  'inicio.confidencial':
    'Su reclamo lo recibe la Oficina de Reclamos, no la unidad reclamada. Si la oficina le pide su versión a esa unidad, la unidad ve los hechos, nunca su nombre, RUN ni datos de contacto.',
  'inicio.plazo.title': 'Plazo de respuesta',
  'inicio.plazo':
    'La oficina responde dentro de 20 días hábiles (Ley 19.880, art. 24). Verá la fecha límite en el comprobante y en Mis trámites.',
  'inicio.necesita.title': 'Qué necesitará',
  'inicio.necesita.cuando': 'cuándo y dónde ocurrió',
  'inicio.necesita.quien':
    'la unidad policial y, si los sabe, el nombre o grado del funcionario y el número del vehículo',
  'inicio.necesita.archivos': 'fotos, videos o documentos, si los tiene (opcional)',
  'inicio.delito':
    'Si lo que ocurrió puede ser un delito, también puede hacer una denuncia; la oficina derivará su reclamo a la Fiscalía si corresponde.',
  'inicio.ingresar': 'Los reclamos se hacen con ClaveÚnica o con su cuenta de la Comisaría Virtual.',
  'inicio.comenzar': 'Comenzar',
}

export type InicioMessageKey = keyof typeof messages
