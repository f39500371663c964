/**
 * Spanish words of the outbox's waits on a sign-in (web/offline/Waiting.tsx): the reference for
 * en.ts and ht.ts. They load with that notice, only on a device where something waits for one, so
 * the shell every visitor downloads carries none of them.
 */
export const messages = {
  'wait.signIn.one':
    'Su sesión terminó: 1 envío espera en este dispositivo hasta que vuelva a iniciar sesión.',
  'wait.signIn.other':
    'Su sesión terminó: {n} envíos esperan en este dispositivo hasta que vuelva a iniciar sesión.',
  'wait.signIn.link': 'Iniciar sesión para enviar',
  'wait.others':
    'Hay envíos de otra cuenta esperando en este dispositivo: se enviarán cuando esa persona inicie sesión.',
}

export type WaitMessages = typeof messages
