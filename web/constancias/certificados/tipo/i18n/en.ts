import type { TipoMessages } from './es.ts'

/** English words of a constancia's own page. */
export const messages: TipoMessages = {
  'regimen_visitas.para':
    'Records that on the day and at the time set by the family court, the visitation arrangement (direct and regular contact) was not complied with: for example, the other party did not come or did not hand over the child. It serves as evidence before the court. You will need the name of the court and the case number (RIT).',
  'regimen_visitas.no':
    'If a child is in danger, or was not returned and you fear for their safety, call 133. This record does not enforce the arrangement: for that, go to the family court that set it.',
  'extravio_documentos.para':
    'Records the documents you lost, with their number where you know it, and where and when you lost them. Banks, institutions and employers ask for it while you get a new one.',
  'extravio_documentos.no': 'If they were stolen, they were not lost: make a police report (denuncia).',
  'extravio_celular.para':
    'Records that you lost your mobile phone, with its IMEI, so that you can ask your carrier to block it. You will need the IMEI: 15 digits found on the box, the invoice or the contract.',
  'extravio_celular.no':
    'If it was stolen (with violence, snatched, or without you noticing), it was not lost: make a police report (denuncia).',
  'placa_patente.para':
    'Records that a number plate of your vehicle was lost, stolen or damaged, so that you can ask the Civil Registry for a replacement. It is for the vehicle’s owner.',
  'placa_patente.no':
    'If the whole vehicle was stolen, this is not the right constancia: call 133 or make a police report (denuncia).',
  'pension_alimentos.para':
    'Records that the person who must pay the child support set by the family court did not pay it, in the months and for the amount you give. It is for whoever receives the support or has the child in their care. You will need the name of the court and the case number (RIT).',
  'pension_alimentos.no':
    'This record does not collect the debt: to have it calculated, payments withheld or the debtor placed under night arrest, go to the family court.',
  'abandono_hogar.para':
    'Records that a member of the household left of their own will, since when, and who still lives in the home. It is for another member of the household.',
  'abandono_hogar.no':
    'If you do not know where that person is or fear something has happened to them, this is not a case of leaving home but a missing person: go at once to any Carabineros unit or call 133, without waiting 24 hours. If there was violence, call 149 (Fono Familia).',
  'fines_laborales.para':
    'Records a breach by the other party of a working relationship: for example, that you were not allowed into your workplace, or that the employee stopped coming to work. It is for the employer or the employee. You will need the other party’s RUT and name.',
  'fines_laborales.no':
    'It does not replace a complaint to the Labour Inspectorate (Inspección del Trabajo). If you were attacked or robbed at work, make a police report (denuncia).',
  'bomberos_lesionados.para':
    'Records that a firefighter was injured on duty (a fire, a rescue or another emergency), for the compensation claim before the Financial Market Commission (CMF). It is for the firefighter or their company.',
  'bomberos_lesionados.no':
    'If the firefighter needs care, health care comes first. If someone attacked them, also make a police report (denuncia).',
  'permanencia_definitiva.para':
    'Records that you lost your certificate of permanent residence in Chile, so that you can ask the National Migration Service (Servicio Nacional de Migraciones) for a new one. You will need the certificate’s number and date.',
  'permanencia_definitiva.no':
    'If it was stolen, make a police report (denuncia). If you lost your identity card for foreigners, choose “Lost documents”.',
  'tipo.back': 'Constancias',
  'tipo.para.title': 'What it is for',
  'tipo.no.title': 'When this is not the right constancia',
  'tipo.denuncia': 'Make a police report (denuncia)',
  'tipo.como.title': 'How to get it',
  'tipo.como':
    'Answer a few questions, one per page, and check your answers. The constancia is issued at once, with its number and a signed PDF that anyone can verify; it is also e-mailed to you and listed in “My requests”.',
  'tipo.declaracion':
    'At the end you will declare that what you report is true: giving false or inaccurate information is a crime punished by Article 210 of the Chilean Penal Code.',
  'tipo.ingresar': 'To get a constancia, sign in with ClaveÚnica or with your Comisaría Virtual account.',
  'tipo.cuenta': 'Sign in',
  'tipo.signedIn': 'Signed in as {name}.',
  'tipo.start': 'Start now',
  'tipo.staff':
    'Each citizen asks for their constancias with their own account. Sign out of your officer session to ask for one.',
}
