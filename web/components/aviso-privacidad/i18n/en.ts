import type { AvisoMessages } from './es.ts'

/** English words of the privacy notices, loaded on demand. */
export const messages: AvisoMessages = {
  'av.title': 'Your personal data',
  'av.more': 'More about your data',
  'av.h.datos': 'What is collected',
  'av.h.finalidad': 'What for',
  'av.h.base': 'Legal basis',
  'av.h.plazo': 'How long it is kept',
  'av.h.destinatarios': 'Who receives it',
  'av.h.derechos': 'Your rights',
  'av.responsable': 'Controller: Carabineros de Chile, through Comisaría Virtual.',
  'av.derechos':
    'You have the right of access, rectification, erasure, objection, portability and blocking of your data (Law 19.628, as amended by Law 21.719, art. 4).',
  'av.usar.misDatos': 'You can see, download, correct or ask for the erasure of your data in',
  'av.misDatos': 'My data',
  'av.usar.unidad':
    'Your message is not linked to an account: to ask for it to be corrected or removed, go to any Carabineros unit.',
  'av.reclamo':
    'If you think your data is not handled as the law requires, you can complain to the Personal Data Protection Agency (Agencia de Protección de Datos Personales).',

  'av.constancia_voto.resumen':
    'Carabineros de Chile will use your name, RUN, date of birth, e-mail, telephone and voting comuna to issue your certificate and validate it at a unit; you present it to the local police court. It is kept for {anos} years after the election.',
  'av.constancia_voto.datos':
    'What comes from the Civil Registry and SERVEL (name, RUN, voting comuna and polling place), what you type (date of birth, e-mail and telephone) and, when it is validated, the identity document you show and the distance to your polling place.',
  'av.constancia_voto.finalidad':
    'To prove that on election day you were more than 200 km from your polling place, and to count certificates by region and hour.',
  'av.constancia_voto.base':
    'Law 18.700, art. 139 bis, and the public function of Carabineros (Law 18.961). Your consent is not needed.',
  'av.constancia_voto.plazo':
    'Validated or refused: {anos} years after the election. If never validated: {dias} days after the deadline closes. After that only the code, the election, the comuna and the state remain, without your name or RUN. While you fill in the form signed in, your answers are kept as a draft on your account until you send or discard it, and at most {borrador} days after they were last saved.',
  'av.constancia_voto.destinatarios':
    'The Carabineros officers who validate it. The document is for the local police court, where you present it; anyone with the code can check whether it is valid.',

  'av.permiso.resumen':
    'Carabineros de Chile will use your name, RUN, document number, comuna and destination to issue your permit, after checking with the Civil Registry, the health authority and the prison service (Gendarmería). The permit is kept for {meses} months after it ends.',
  'av.permiso.datos':
    'Your name and RUN (from ClaveÚnica), your identity card’s document number, the type of permit, the comuna, the destination, the day and time, and what that type of permit asks for (for example, a health centre).',
  'av.permiso.finalidad':
    'To issue a permit that can be checked at a checkpoint, to keep to the number of permits per week and to count permits by comuna.',
  'av.permiso.base':
    'The Health Code and the health alert decrees, and the public function of Carabineros (Law 18.961).',
  'av.permiso.plazo':
    'The permit: {meses} months after it ends; after that only the code, the type, the comuna and the dates remain. If a registry prevents it from being issued, the refusal is kept for {rechazo} months. While you fill in the form signed in, your answers are kept as a draft on your account until you send or discard it, and at most {borrador} days after they were last saved.',
  'av.permiso.destinatarios':
    'The Civil Registry (your identity and your card), the health authority and Gendarmería (travel restrictions) are consulted. Whoever checks your permit sees your name and part of your RUN.',

  'av.certificado.resumen':
    'Carabineros de Chile will use what you declare and your details to issue the signed constancia, send it to you and let whoever receives it verify it. It is kept {anos} years.',
  'av.certificado.datos':
    'Your name and RUN (and whether ClaveÚnica verified them), the e-mail address we send it to, and what you declare: dates, places, documents, numbers and the people you name.',
  'av.certificado.finalidad':
    'To issue the constancia, send it to you, show it in “My requests”, let it be verified and annulled by Carabineros where appropriate, and count constancias by type and comuna.',
  'av.certificado.base':
    'The public function of Carabineros (Law 18.961), which includes recording what people declare before the institution.',
  'av.certificado.plazo':
    'The constancia: {anos} years from its issue, the time within which a false declaration (article 210 of the Penal Code) may be prosecuted; after that only its number, type, date and comuna remain.',
  'av.certificado.destinatarios':
    'The Carabineros staff who look it up or annul it, and whoever you give it to. Whoever has its number or QR code only sees the type of constancia, the date, your name, your partly hidden RUN and whether it was annulled.',
  'av.denuncia.resumen':
    'Carabineros de Chile will use what you report, your details and those of the people you name to analyse your report, send it to the unit of your home address and forward it to the Fiscalía. It is kept {anos} years after it is closed.',
  'av.denuncia.datos':
    'Your name and RUN (and whether ClaveÚnica verified them), your e-mail, your phone and the comuna where you live; when and where the offence happened, your account of it, what was taken or damaged, and the people you name as suspects or witnesses.',
  'av.denuncia.finalidad':
    'To receive and analyse the report, send it to the right police unit and Fiscalía, tell you of each change, and count reports by comuna.',
  'av.denuncia.base':
    'The public function of Carabineros (Law 18,961) and the Code of Criminal Procedure, which governs reports of crimes (arts. 173 ff.).',
  'av.denuncia.plazo':
    'The report: {anos} years from when it is closed; after that only the type of offence, the dates and the comunas remain.',
  'av.denuncia.destinatarios':
    'The staff of the Comisaría Virtual and of the Carabineros unit of your home address, and the Public Prosecutor’s Office (Fiscalía), which investigates. Whoever has the number can only check that the report exists, its date and its status.',

  'av.condolencia.resumen':
    'Your message and the signature you choose (your full name, or your initials and comuna) will be published in the book of condolences after a review, for anyone to see. They are kept for {anos} years.',
  'av.condolencia.datos':
    'Your account (to know who wrote and to tell you if the message is not published), the signature you choose, your comuna if you sign with initials, your message and the date it is received.',
  'av.condolencia.finalidad': 'To publish messages of condolence for Carabineros officers who died on duty.',
  'av.condolencia.base': 'Your consent, when you send the message.',
  'av.condolencia.plazo': 'Published: {anos} years. If a moderator hides it: {dias} days.',
  'av.condolencia.destinatarios': 'Anyone who visits the book of condolences.',

  'av.cuenta.resumen':
    'Carabineros de Chile will keep your RUN, name, e-mail and password so that you can sign in and see your requests. The account is kept for up to {anos} years after your last sign-in.',
  'av.cuenta.datos':
    'Your RUN, given names and surnames, e-mail address and password (stored so that nobody can read it), and the dates you created the account and signed in.',
  'av.cuenta.finalidad':
    'To identify you when you sign in, to tell you by e-mail how your requests went and to protect your account.',
  'av.cuenta.base':
    'Your request to create an account and the service’s duty of security (Law 19.628, art. 3).',
  'av.cuenta.plazo':
    '{anos} years after your last sign-in, once you have no records that must be kept. The record of who looked at your data is kept for {auditoria} years.',
  'av.cuenta.destinatarios':
    'Nobody outside Carabineros. The portal’s administrators can see it to help you.',

  'av.rectificacion.resumen':
    'Carabineros de Chile will use the details of this request (the detail, the correct value and your explanation) to answer you within {dias} calendar days. The request and its answer are kept for {anos} years.',
  'av.rectificacion.datos':
    'The record and the detail you ask to correct, the correct value, your explanation and the answer.',
  'av.rectificacion.finalidad': 'To deal with your right to rectification and keep a record of the answer.',
  'av.rectificacion.base':
    'The exercise of your rights as the data subject (Law 19.628, as amended by Law 21.719, arts. 4 to 11).',
  'av.rectificacion.plazo':
    '{anos} years after the answer. While you fill in the form signed in, your answers are kept as a draft on your account until you send or discard it, and at most {borrador} days after they were last saved.',
  'av.rectificacion.destinatarios': 'A Carabineros supervisor, who reviews the request and answers you.',
  'av.felicitacion.resumen':
    'Your message reaches the unit you chose and, if you name them, the officer. Your name is shown only if you choose. Kept {anos} years.',
  'av.felicitacion.datos':
    'The unit, the officer’s name and rank you give, your message, the date, your account and, only if you choose, your name.',
  'av.felicitacion.finalidad':
    'So that the unit and the officer read your thanks, you see what you sent, and commendations are counted per unit and region.',
  'av.felicitacion.base':
    'The public function of Carabineros (Ley 18.961), which receives citizens’ commendations.',
  'av.felicitacion.plazo': '{anos} years from sending; the draft, {borrador} days.',
  'av.felicitacion.destinatarios':
    'The unit’s officers and its commanders. They never see your RUN or e-mail; your name, only if you choose.',
}
