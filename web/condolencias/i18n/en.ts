import type { CondolenciasMessages } from './es.ts'

/** English words of the condolence book's screens, loaded on demand. */
export const messages: CondolenciasMessages = {
  'cond.lead': 'Leave a message of condolence for the families and colleagues of officers who died on duty.',
  'cond.before': 'Before you start',
  'cond.beforeName': 'Your message will be published in this book with the name you give.',
  'cond.beforeOffline': 'You can write it offline: it will be sent by itself when you are back online.',
  'cond.recent': 'Recent messages',
  'cond.recentEmpty': 'There are no messages yet.',
  'cond.recentOffline': 'The messages in the book cannot be shown offline.',
  'cond.recentLoading': 'Loading messages…',
  'cond.nombre.label': 'What is your name?',
  'cond.nombre.hint': 'It will be shown with your message. You can use the name of a family or organisation.',
  'cond.mensaje.label': 'Write your message',
  'cond.mensaje.hint': 'No more than 2,000 characters.',
  'cond.check.nombre': 'Name',
  'cond.check.mensaje': 'Message',
  'cond.sent.title': 'Message sent',
  'cond.sent.body': 'Thank you. Your message has been recorded in the book of condolence.',
  'cond.sent.ref': 'Reference number',
  'cond.queued.title': 'Message saved to send',
  'cond.queued.body':
    'There is no connection right now. Your message is saved on this device and will be sent by itself when the connection returns. You do not need to send it again.',
  'cond.another': 'Write another message',
}
