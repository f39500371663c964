import type { InicioMessageKey } from './es.ts'

/** Haitian Creole words of the complaints' start page. */
export const messages: Record<InicioMessageKey, string> = {
  'inicio.title': 'Plent sou jan Carabineros te trete ou',
  'inicio.lead':
    'Si yon ajan Carabineros te trete ou mal, pa t ede ou oswa te aji yon fason ki pa kòrèk, ou ka pote plent isit la.',
  'inicio.confidencial.title': 'Idantite ou rete sekrè',
  'inicio.confidencial':
    'Se Biwo Plent yo ki resevwa plent ou, pa inite ou pote plent kont li a. Si biwo a mande inite a vèsyon pa l, inite a wè sa ki te pase sèlman, janm non ou, RUN ou oswa kontak ou.',
  'inicio.plazo.title': 'Delè pou repons lan',
  'inicio.plazo':
    'Biwo a reponn nan 20 jou travay (Lwa 19.880, atik 24). W ap wè dat limit lan sou resi a ak nan Demach mwen yo.',
  'inicio.necesita.title': 'Sa w ap bezwen',
  'inicio.necesita.cuando': 'kilè ak ki kote sa te pase',
  'inicio.necesita.quien': 'inite polis la epi, si ou konnen yo, non oswa grad ajan an ak nimewo machin nan',
  'inicio.necesita.archivos': 'foto, videyo oswa dokiman, si ou genyen (pa obligatwa)',
  'inicio.delito':
    'Si sa ki te pase a ka yon krim, ou ka fè yon denonsyasyon tou; biwo a ap voye plent ou bay Fiscalía si sa nesesè.',
  'inicio.ingresar': 'Plent yo fèt ak ClaveÚnica oswa ak kont Comisaría Virtual ou.',
  'inicio.comenzar': 'Kòmanse',
}
