/**
 * Spanish words of a constancia's own page (`/constancias/<tipo>`): what each type is for, when it
 * is not the right one, how it is obtained. The reference for en.ts and ht.ts.
 */
export const messages = {
  'regimen_visitas.para':
    'Deja constancia de que, en el día y la hora fijados por el tribunal de familia, no se cumplió el régimen de visitas (relación directa y regular): por ejemplo, la otra parte no llegó o no entregó al niño o niña. Sirve como antecedente ante el tribunal. Necesitará el nombre del tribunal y el RIT de la causa.',
  'regimen_visitas.no':
    'Si un niño o niña corre peligro, o no fue devuelto y teme por su seguridad, llame al 133. La constancia no obliga a cumplir el régimen: para eso acuda al tribunal de familia que lo fijó.',
  'extravio_documentos.para':
    'Deja constancia de los documentos que perdió, con su número cuando lo sepa, y de dónde y cuándo los perdió. La piden bancos, instituciones y empleadores mientras obtiene uno nuevo.',
  'extravio_documentos.no': 'Si se los robaron o hurtaron, no es un extravío: haga una denuncia.',
  'extravio_celular.para':
    'Deja constancia de que perdió su teléfono celular, con su IMEI, para pedir a su compañía que lo bloquee. Necesitará el IMEI: 15 dígitos que están en la caja, la factura o el contrato.',
  'extravio_celular.no':
    'Si se lo robaron (con violencia, por sorpresa o sin que lo notara), no es un extravío: haga una denuncia.',
  'placa_patente.para':
    'Deja constancia de que una placa patente de su vehículo se perdió, la robaron o se deterioró, para pedir el duplicado en el Registro Civil. Es para el propietario del vehículo.',
  'placa_patente.no':
    'Si le robaron el vehículo completo, no es esta constancia: llame al 133 o haga una denuncia.',
  'pension_alimentos.para':
    'Deja constancia de que la persona obligada no pagó la pensión de alimentos fijada por el tribunal de familia, en los meses y por el monto que indique. La pide quien recibe la pensión o quien tiene al niño o niña a su cuidado. Necesitará el nombre del tribunal y el RIT de la causa.',
  'pension_alimentos.no':
    'La constancia no cobra la deuda: para pedir su liquidación, la retención de los pagos o el arresto nocturno del deudor, acuda al tribunal de familia.',
  'abandono_hogar.para':
    'Deja constancia de que un integrante del hogar se fue por su voluntad, desde cuándo y quiénes siguen viviendo en el hogar. La pide otro integrante del hogar.',
  'abandono_hogar.no':
    'Si no sabe dónde está esa persona o teme que le haya pasado algo, no es un abandono de hogar sino una presunta desgracia: acuda de inmediato a cualquier unidad de Carabineros o llame al 133, sin esperar 24 horas. Si hubo violencia, llame al 149 (Fono Familia).',
  'fines_laborales.para':
    'Deja constancia de un incumplimiento de la otra parte de una relación de trabajo: por ejemplo, que no le permitieron ingresar a su trabajo o que el trabajador dejó de presentarse. La pide el empleador o el trabajador. Necesitará el RUT y el nombre de la otra parte.',
  'fines_laborales.no':
    'No reemplaza un reclamo ante la Inspección del Trabajo. Si en el trabajo sufrió una agresión o le robaron, haga una denuncia.',
  'bomberos_lesionados.para':
    'Deja constancia de que un bombero resultó lesionado en un acto de servicio (un incendio, un rescate u otra emergencia), para el reclamo de indemnización ante la Comisión para el Mercado Financiero (CMF). La pide el bombero o su compañía.',
  'bomberos_lesionados.no':
    'Si el bombero necesita atención, primero la atención de salud. Si alguien lo agredió, además haga una denuncia.',
  'permanencia_definitiva.para':
    'Deja constancia de que perdió su certificado de permanencia definitiva en Chile, para pedir uno nuevo al Servicio Nacional de Migraciones. Necesitará el número y la fecha del certificado.',
  'permanencia_definitiva.no':
    'Si se lo robaron, haga una denuncia. Si perdió su cédula de identidad para extranjeros, elija «Extravío de documentos».',
  'tipo.back': 'Constancias',
  'tipo.para.title': 'Para qué sirve',
  'tipo.no.title': 'Cuándo no es esta constancia',
  'tipo.denuncia': 'Hacer una denuncia',
  'tipo.como.title': 'Cómo se obtiene',
  'tipo.como':
    'Responda unas preguntas, una por página, y revise sus respuestas. La constancia se emite al instante, con su número y un PDF firmado que cualquiera puede verificar; también le llega por correo y queda en «Mis trámites».',
  'tipo.declaracion':
    'Al final declarará que lo que informa es verdadero: entregar datos falsos o inexactos constituye un delito sancionado por el Artículo 210 del Código Penal.',
  'tipo.ingresar':
    'Para obtener una constancia inicie sesión con ClaveÚnica o con su cuenta de la Comisaría Virtual.',
  'tipo.cuenta': 'Ingresar',
  'tipo.signedIn': 'Sesión iniciada como {name}.',
  'tipo.start': 'Comenzar',
  'tipo.staff':
    'Las constancias las pide cada ciudadano con su propia cuenta. Cierre la sesión de funcionario para pedir una.',
}

export type TipoMessageKey = keyof typeof messages
export type TipoMessages = Record<TipoMessageKey, string>
