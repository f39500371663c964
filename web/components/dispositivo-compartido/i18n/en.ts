import type { CompartidoMessages } from './es.ts'

export const messages: CompartidoMessages = {
  'dc.label': 'I am on a shared device',
  'dc.hint.cuenta':
    'For example, a library computer or someone else’s phone. Your answers will not be kept on this device, only on your account: you can continue from “My requests”.',
  'dc.hint.pagina':
    'For example, a library computer or someone else’s phone. Your answers will not be kept on this device: if you close this page, they are lost.',
}
