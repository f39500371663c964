import type { messages as es } from './es.ts'

export const messages: Record<keyof typeof es, string> = {
  'in.back': 'Back to the home page',
  'in.menu.title': 'Anonymous tips',
  'in.menu.miClave': 'My analyst key',
  'in.menu.miClave.hint': 'Your key on this device and the keys of your desks.',
  'in.forbidden': 'Your account may not analyse anonymous tips.',
  'in.cargando': 'Loading…',
  'in.sinConexion': 'The server cannot be reached. Try again.',
  'in.mi.title': 'My analyst key',
  'in.mi.lead':
    'Anonymous tips are encrypted to each desk’s key, and the desk’s key is kept encrypted to each analyst’s key. Your key is made in this browser and never leaves it: the server cannot read any tip.',
  'in.mi.aqui': 'This device holds your key.',
  'in.mi.huella': 'Your key’s fingerprint: {huella}',
  'in.mi.huella.hint': 'A colleague who wraps a desk’s key for you may check this fingerprint with you.',
  'in.mi.noAqui': 'This device does not hold your key.',
  'in.mi.otroEquipo':
    'The key registered for you is another device’s. If you make one here, the other device’s stops working and a colleague of each desk will have to wrap its keys for you again.',
  'in.mi.crear': 'Make my key on this device',
  'in.mi.recrear': 'Make a new key on this device',
  'in.mi.recrear.aviso':
    'A new key replaces the old one: your copies of the desks’ keys are deleted and a colleague of each desk will have to wrap them for you again.',
  'in.mi.creada.title': 'Key made',
  'in.mi.creada.body':
    'This device now holds your key. Your colleagues will see it under “Pending” on each desk.',
  'in.mi.compartido':
    'Use a device that is yours alone: whoever uses this browser with your account can read what you read.',
  'in.mi.frase': 'Passphrase to recover your key (optional)',
  'in.mi.frase.hint':
    'If you type one, you can download your key encrypted with it and recover it on another device. At least 12 characters. Nobody can recover the passphrase for you.',
  'in.mi.frase.corta': '“Passphrase to recover your key” must be at least 12 characters long.',
  'in.mi.descargar': 'Download the recovery file',
  'in.mi.descargar.hint':
    'Keep it off this device. With the file and the passphrase, anyone would have your key.',
  'in.rec.title': 'Recover your key on this device',
  'in.rec.lead':
    'If you saved a recovery file when you made your key, use it here: your colleagues will not have to wrap the keys for you again.',
  'in.rec.archivo': 'Recovery file',
  'in.rec.frase': 'Recovery passphrase',
  'in.rec.submit': 'Recover my key',
  'in.rec.mal':
    'The file or the passphrase does not work. Check it is the right file and the exact passphrase.',
  'in.rec.hecho.title': 'Key recovered',
  'in.rec.hecho.body': 'This device holds your key again.',
  'in.mesas.title': 'Your desks',
  'in.mesas.ninguna': 'You are on no desk yet. An administrator must add you.',
  'in.mesas.ir': 'Keys of the {unidad} desk',
  'in.mesa.title': 'Keys of the {unidad} desk',
  'in.mesa.noEncontrada': 'You are not on that desk, or the desk does not exist.',
  'in.estado.tiene': 'You hold the desk’s key (version {version}).',
  'in.estado.sinClave': 'The desk has no key yet: nobody can send it a tip until you make it.',
  'in.estado.espera':
    'Waiting for a colleague of the desk to wrap the key for you (version {version}). Ask them: you will see it here once they do.',
  'in.estado.sinLlavero': 'This device does not hold your analyst key.',
  'in.estado.sinLlavero.link': 'Make my key on this device',
  'in.estado.otroEquipo':
    'Your copy of the desk’s key is encrypted to another device’s key. Make your key on this device and ask a colleague to wrap it for you again.',
  'in.crear': 'Make the desk’s key (version 1)',
  'in.crear.hint':
    'It is made in this browser and kept encrypted to you and to the desk’s colleagues who already have a key.',
  'in.creada.title': 'Desk key made',
  'in.creada.body': 'The desk holds key version {version}. Tips can be sent to it from now on.',
  'in.rotar': 'Rotate the desk’s key (make version {version})',
  'in.rotar.hint':
    'Do it when someone leaves the desk: new tips will go to the new version, which that person lacks. Older tips are still read with the earlier versions.',
  'in.rotar.incompleta':
    'The new version could not be made: the desk has analysts whose key this device does not know. Ask them to check “Pending”, or try again later.',
  'in.pendientes.title': 'Pending',
  'in.pendientes.lead':
    'Colleagues of the desk waiting for a copy of the key. Check each one’s key fingerprint with them before wrapping it.',
  'in.pendientes.ninguno': 'No colleague is waiting for the key.',
  'in.pendientes.colega': 'Colleague with key {huella}',
  'in.pendientes.versiones': 'Versions they lack: {versiones}.',
  'in.pendientes.envolver': 'Wrap the key for this colleague',
  'in.pendientes.hecho': 'The key is wrapped for the colleague with key {huella}.',
  'in.pendientes.sinClave': 'You do not hold the desk’s key yet: you cannot wrap it for others.',
  'in.admin.title': 'Anonymous tips desks',
  'in.admin.lead':
    'Put this person on a desk to analyse its tips (they also need “Analyse anonymous tips”). They read nothing until an analyst of the desk wraps its key for them. When you take them off, an analyst of the desk must rotate its key.',
  'in.admin.mesa': 'Desk',
  'in.admin.elegir': 'Choose a desk',
  'in.admin.poner': 'Put on the desk',
  'in.admin.quitar': 'Take off the desk',
  'in.admin.puesto': '{name} is now on the {unidad} desk.',
  'in.admin.quitado': '{name} is no longer on the {unidad} desk.',
  'in.admin.falta': 'Choose a desk.',
  'in.admin.hecho': 'Change saved',
}
