import type { SupresionMessages } from './es.ts'

/** English words of the erasure, loaded on demand. */
export const messages: SupresionMessages = {
  'su.title': 'Ask for your data to be erased',
  'su.lead':
    'You can ask for the data Comisaría Virtual no longer needs to keep to be deleted. Data the law requires to be kept stays until its time runs out; after that it is deleted automatically.',
  'su.suprimira.title': 'Will be erased',
  'su.conservara.title': 'Will be kept, and why',
  'su.conservara.empty': 'Nothing: everything will be erased.',
  'su.nada':
    'For now none of your data can be erased: it must all be kept until the dates shown. After that it is deleted automatically.',
  'su.cuenta':
    'As nothing of yours has to be kept, your account will also be deleted and you will be signed out. To use the services again you will have to sign in again.',
  'su.confirmar.legend': 'Confirm that you want your data erased',
  'su.enviar': 'Erase my data',
  'su.enviando': 'Erasing…',
  'su.hecha.title': 'Your data has been erased',
  'su.hecha.ref': 'Request number',
  'su.hecha.suprimidos': 'Erased',
  'su.hecha.conservados': 'Kept, and why',
  'su.hecha.nadaSuprimido': 'No data was erased.',
  'su.hecha.nadaConservado': 'No data is kept.',
  'su.hecha.sin': 'There is no recent erasure to show on this device.',
  'su.hecha.tramites': 'Your request and its answer are in My requests.',
  'su.eliminada.title': 'Your account has been deleted',
  'su.eliminada.body':
    'Your data and your Comisaría Virtual account have been erased, and you have been signed out on this device.',
  'su.eliminada.ref': 'Your request number:',
  'su.eliminada.inicio': 'Go to the home page',
}
