import type { EnviosMessages } from './es.ts'

/** English words of `/envios`, loaded on demand. */
export const messages: EnviosMessages = {
  'envios.title': 'Your submissions',
  'envios.lead': 'What you sent from this device and what happened to each submission.',
  'envios.empty': 'Nothing has been sent from this device.',
  'envios.state.pending': 'Waiting',
  'envios.state.sent': 'Sent',
  'envios.state.rejected': 'Rejected',
  'envios.pendingNote': 'It will be sent when there is a connection. Saved on {date}.',
  'envios.sentNote': 'Received on {date}. Reference number: {id}.',
  'envios.retry': 'Try to send now',
  'envios.dismiss': 'Remove from the list',
  'envios.edit': 'Correct and send again',
}
