import type { PermisoVerificacionMessages } from './es.ts'

/** English words of a permit's verification, loaded on demand. */
export const messages: PermisoVerificacionMessages = {
  'vp.valido': 'VALID',
  'vp.valido.detalle': 'Permit in force until {fin}. Compare the name and RUN with the identity card.',
  'vp.vencido': 'EXPIRED',
  'vp.vencido.detalle': 'This permit expired on {fin}. It no longer allows travel.',
  'vp.por_comenzar': 'NOT VALID YET',
  'vp.por_comenzar.detalle': 'This permit is valid from {inicio}. It does not allow travel yet.',
  'vp.revocado': 'REVOKED',
  'vp.revocado.detalle': 'Carabineros revoked this permit. It does not allow travel.',
  'vp.falsificado': 'FORGED OR ALTERED',
  'vp.falsificado.bad_signature':
    'The digital signature does not match: the permit was altered or is not genuine. Do not accept it.',
  'vp.falsificado.unknown_key': 'The signature matches no key of the Comisaría Virtual. Do not accept it.',
  'vp.falsificado.malformed': 'The QR code does not hold a Comisaría Virtual document. Do not accept it.',
  'vp.sin_claves': 'COULD NOT CHECK',
  'vp.sin_claves.detalle':
    'This device does not have the keys to check the signature. Connect to the internet and try again.',
  'vp.otro_documento': 'NOT A PERMIT',
  'vp.otro_documento.detalle': 'This is another Comisaría Virtual document, not a travel permit.',
  'vp.sin_registro': 'NO RECORD',
  'vp.sin_registro.detalle':
    'The signature is genuine, but the server has no record of this permit. Do not accept it.',
  'vp.depurado': 'RETENTION PERIOD ENDED',
  'vp.depurado.detalle':
    'This permit was issued, but its retention period ended and its personal data was deleted on {fecha}. It does not allow travel.',
  'vp.titular': 'Holder',
  'vp.run': 'RUN',
  'vp.permiso': 'Permit',
  'vp.desde': 'Valid from',
  'vp.hasta': 'Valid until',
  'vp.codigo': 'Code',
  'vp.servidor': 'Checked with the Comisaría Virtual server at {hora}: revocations included.',
  'vp.consultando': 'Asking the server whether the permit was revoked…',
  'vp.offline.title': 'No connection: only the signature was checked',
  'vp.offline.body':
    "This answer rests on the permit's signature and this device's clock. It may be out of date: if the permit was revoked, this device cannot know. Check it again when you are online.",
  'vp.offline.ultimo': 'This device last heard from the server on {fecha}.',
}
