/**
 * Spanish words of what a citizen whose request was rejected can still do that day: the reference
 * for en.ts and ht.ts. The document rule is the instructions' (seeds/instructivo-constancia-voto-2025.md).
 */
export const messages = {
  'aun.title': 'Lo que aún puede hacer hoy',
  'aun.go':
    'Si el motivo del rechazo se puede resolver, acuda en persona hoy, {fecha}, antes de las {hora}, a una Unidad Territorial de Carabineros ubicada a más de 200 km de su local de votación, con su código {code} y su Cédula de Identidad o Pasaporte.',
  'aun.document':
    'Su Cédula de Identidad o Pasaporte puede estar vencido hasta doce meses antes de las elecciones primarias del {primarias}: se acepta si venció el {desde} o después.',
  'aun.document.generic':
    'Su Cédula de Identidad o Pasaporte puede estar vencido hasta doce meses antes de las elecciones primarias.',
  'aun.officer':
    'Un funcionario de Carabineros puede validar allí su constancia; entonces la recibirá en PDF en su correo electrónico.',
  'aun.closed':
    'El plazo para validar la constancia se cerró el {fecha} a las {hora}: ya no se puede emitir.',
  'aun.juzgado':
    'Si está a 200 km o menos de su local de votación, o su excusa es otra (enfermedad, ausencia del país, impedimento grave), preséntela ante el Juzgado de Policía Local cuando lo cite.',
}

export type AunPuedeMessageKey = keyof typeof messages
export type AunPuedeMessages = Record<AunPuedeMessageKey, string>
