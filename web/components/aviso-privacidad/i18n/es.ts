/**
 * Spanish words of the privacy notices (web/components/AvisoPrivacidad.tsx): what each service's
 * form collects, why, on what legal basis, for how long, who receives it, and the citizen's rights.
 * The figures come from RETENCION (core/retention.ts) through `servicios.ts`. The reference for en.ts
 * and ht.ts.
 */
export const messages = {
  'av.title': 'Sus datos personales',
  'av.more': 'Más información sobre sus datos',
  'av.h.datos': 'Qué datos se recogen',
  'av.h.finalidad': 'Para qué',
  'av.h.base': 'Con qué base legal',
  'av.h.plazo': 'Por cuánto tiempo',
  'av.h.destinatarios': 'Quién los recibe',
  'av.h.derechos': 'Sus derechos',
  'av.responsable': 'Responsable del tratamiento: Carabineros de Chile, a través de la Comisaría Virtual.',
  'av.derechos':
    'Tiene derecho de acceso, rectificación, supresión, oposición, portabilidad y bloqueo de sus datos (Ley 19.628, modificada por la Ley 21.719, art. 4).',
  'av.usar.misDatos': 'Puede ver, descargar, corregir o pedir que se supriman sus datos en',
  'av.misDatos': 'Mis datos',
  'av.usar.unidad':
    'Su mensaje no queda unido a una cuenta: para pedir que se corrija o se retire, acuda a cualquier unidad de Carabineros.',
  'av.reclamo':
    'Si cree que sus datos no se tratan conforme a la ley, puede reclamar ante la Agencia de Protección de Datos Personales.',

  'av.constancia_voto.resumen':
    'Carabineros de Chile usará su nombre, RUN, fecha de nacimiento, correo, teléfono y comuna de votación para emitir su constancia y validarla en una unidad; usted la presenta al Juzgado de Policía Local. Se guardan {anos} años desde la elección.',
  'av.constancia_voto.datos':
    'Los que vienen del Registro Civil y del SERVEL (nombre, RUN, comuna y local de votación), los que usted escribe (fecha de nacimiento, correo y teléfono) y, al validarla, el documento de identidad que muestra y la distancia a su local de votación.',
  'av.constancia_voto.finalidad':
    'Acreditar que el día de la elección estuvo a más de 200 km de su local de votación, y contar las constancias por región y hora.',
  'av.constancia_voto.base':
    'Ley 18.700, art. 139 bis, y la función pública de Carabineros (Ley 18.961). No se necesita su consentimiento.',
  'av.constancia_voto.plazo':
    'Validada o rechazada: {anos} años desde la elección. Si nunca se valida: {dias} días desde que se cierra el plazo. Después solo quedan el código, la elección, la comuna y el estado, sin su nombre ni su RUN. Mientras completa el formulario con su sesión iniciada, sus respuestas se guardan como borrador en su cuenta hasta que lo envíe o lo descarte, y a lo más {borrador} días desde la última vez que se guardaron.',
  'av.constancia_voto.destinatarios':
    'Los funcionarios de Carabineros que la validan. El documento es para el Juzgado de Policía Local, ante el que usted lo presenta; quien tenga el código puede comprobar si es válido.',

  'av.permiso.resumen':
    'Carabineros de Chile usará su nombre, RUN, número de documento, comuna y destino para emitir su permiso, después de consultar al Registro Civil, a la autoridad sanitaria y a Gendarmería. El permiso se guarda {meses} meses después de terminar.',
  'av.permiso.datos':
    'Su nombre y RUN (de ClaveÚnica), el número de documento de su cédula, el tipo de permiso, la comuna, el destino, el día y la hora, y lo que pida ese tipo de permiso (por ejemplo, un establecimiento de salud).',
  'av.permiso.finalidad':
    'Emitir un permiso que se pueda comprobar en un control, respetar el número de permisos por semana y contar los permisos por comuna.',
  'av.permiso.base':
    'El Código Sanitario y los decretos de alerta sanitaria, y la función pública de Carabineros (Ley 18.961).',
  'av.permiso.plazo':
    'El permiso: {meses} meses desde que termina; después solo quedan el código, el tipo, la comuna y las fechas. Si un registro impide emitirlo, el rechazo se guarda {rechazo} meses. Mientras completa el formulario con su sesión iniciada, sus respuestas se guardan como borrador en su cuenta hasta que lo envíe o lo descarte, y a lo más {borrador} días desde la última vez que se guardaron.',
  'av.permiso.destinatarios':
    'Se consulta al Registro Civil (su identidad y su cédula), a la autoridad sanitaria y a Gendarmería (restricciones de desplazamiento). Quien controle su permiso ve su nombre y parte de su RUN.',

  'av.certificado.resumen':
    'Carabineros de Chile usará lo que declara y sus datos para emitir la constancia firmada, enviársela y que quien la reciba pueda verificarla. Se guarda {anos} años.',
  'av.certificado.datos':
    'Su nombre y RUN (y si los verificó ClaveÚnica), el correo al que se la enviamos, y lo que declara: fechas, lugares, documentos, números y las personas que nombra.',
  'av.certificado.finalidad':
    'Emitir la constancia, enviársela, mostrarla en «Mis trámites», permitir que se verifique y que Carabineros la anule si corresponde, y contar las constancias por tipo y comuna.',
  'av.certificado.base':
    'La función pública de Carabineros (Ley 18.961), que incluye dejar constancia de lo que las personas declaran ante la institución.',
  'av.certificado.plazo':
    'La constancia: {anos} años desde que se emite, el plazo en que una declaración falsa (artículo 210 del Código Penal) puede perseguirse; después solo quedan su número, su tipo, su fecha y su comuna.',
  'av.certificado.destinatarios':
    'El personal de Carabineros que la consulta o la anula, y a quien usted se la entregue. Quien tenga su número o su código QR solo ve el tipo de constancia, la fecha, su nombre, su RUN en parte oculto y si fue anulada.',
  'av.denuncia.resumen':
    'Carabineros de Chile usará lo que usted relata, sus datos y los de las personas que nombra para analizar su denuncia, derivarla a la unidad de su domicilio y enviarla a la Fiscalía. Se guarda {anos} años después de cerrada.',
  'av.denuncia.datos':
    'Su nombre y RUN (y si los verificó ClaveÚnica), su correo, su teléfono y la comuna de su domicilio; cuándo y dónde ocurrió el hecho, su relato, lo que le quitaron o dañaron, y las personas que nombra como sospechosas o testigos.',
  'av.denuncia.finalidad':
    'Recibir y analizar la denuncia, derivarla a la unidad policial y a la Fiscalía que corresponden, avisarle cada cambio y contar las denuncias por comuna.',
  'av.denuncia.base':
    'La función pública de Carabineros (Ley 18.961) y el Código Procesal Penal, que regula la denuncia (arts. 173 y siguientes).',
  'av.denuncia.plazo':
    'La denuncia: {anos} años desde que se cierra; después solo quedan el tipo de delito, las fechas y las comunas.',
  'av.denuncia.destinatarios':
    'El personal de la Comisaría Virtual y de la unidad de Carabineros de su domicilio, y el Ministerio Público (la Fiscalía), que investiga. Quien tenga el número solo puede comprobar que la denuncia existe, su fecha y su estado.',

  'av.condolencia.resumen':
    'Su mensaje y la firma que elija (su nombre completo, o sus iniciales y su comuna) se publicarán en el libro de condolencias después de una revisión, a la vista de cualquier persona. Se conservan {anos} años.',
  'av.condolencia.datos':
    'Su cuenta (para saber quién escribió y avisarle si el mensaje no se publica), la firma que elija, su comuna si firma con iniciales, su mensaje y la fecha en que se recibe.',
  'av.condolencia.finalidad': 'Publicar mensajes de condolencia por los carabineros caídos en servicio.',
  'av.condolencia.base': 'Su consentimiento, al enviar el mensaje.',
  'av.condolencia.plazo': 'Publicado: {anos} años. Si un moderador lo oculta: {dias} días.',
  'av.condolencia.destinatarios': 'Cualquier persona que visite el libro de condolencias.',

  'av.cuenta.resumen':
    'Carabineros de Chile guardará su RUN, nombre, correo y contraseña para que pueda ingresar y ver sus trámites. La cuenta se guarda hasta {anos} años después de su último ingreso.',
  'av.cuenta.datos':
    'Su RUN, nombres y apellidos, correo electrónico y contraseña (guardada de forma que nadie puede leerla), y las fechas en que creó la cuenta y en que ingresó.',
  'av.cuenta.finalidad':
    'Identificarle cuando ingresa, avisarle por correo del resultado de sus trámites y proteger su cuenta.',
  'av.cuenta.base':
    'Su solicitud de crear una cuenta y el deber de seguridad del servicio (Ley 19.628, art. 3).',
  'av.cuenta.plazo':
    '{anos} años desde su último ingreso, si ya no tiene registros que deban conservarse. El registro de quién consultó sus datos se guarda {auditoria} años.',
  'av.cuenta.destinatarios':
    'Nadie fuera de Carabineros. Los administradores del portal pueden verla para ayudarle.',

  'av.rectificacion.resumen':
    'Carabineros de Chile usará los datos de esta solicitud (el dato, el valor correcto y su explicación) para responderle dentro de {dias} días corridos. La solicitud y su respuesta se guardan {anos} años.',
  'av.rectificacion.datos':
    'El registro y el dato que pide corregir, el valor correcto, su explicación y la respuesta.',
  'av.rectificacion.finalidad': 'Atender su derecho de rectificación y dejar constancia de la respuesta.',
  'av.rectificacion.base':
    'El ejercicio de sus derechos como titular de los datos (Ley 19.628, modificada por la Ley 21.719, arts. 4 a 11).',
  'av.rectificacion.plazo':
    '{anos} años desde la respuesta. Mientras completa el formulario con su sesión iniciada, sus respuestas se guardan como borrador en su cuenta hasta que lo envíe o lo descarte, y a lo más {borrador} días desde la última vez que se guardaron.',
  'av.rectificacion.destinatarios': 'Un supervisor de Carabineros, que revisa la solicitud y le responde.',
  'av.felicitacion.resumen':
    'Su mensaje llega a la unidad que eligió y, si lo nombra, al funcionario. Su nombre sólo se muestra si lo elige. Se conserva {anos} años.',
  'av.felicitacion.datos':
    'La unidad, el nombre y grado del funcionario que indique, su mensaje, la fecha, su cuenta y, sólo si lo elige, su nombre.',
  'av.felicitacion.finalidad':
    'Que la unidad y el funcionario lean el reconocimiento, que usted vea lo que envió, y contar las felicitaciones por unidad y región.',
  'av.felicitacion.base':
    'La función pública de Carabineros (Ley 18.961), que recibe las felicitaciones de la ciudadanía.',
  'av.felicitacion.plazo': '{anos} años desde su envío; el borrador, {borrador} días.',
  'av.felicitacion.destinatarios':
    'Los funcionarios de la unidad y su jefatura. Nunca ven su RUN ni su correo; su nombre, sólo si lo elige.',
}

export type AvisoKey = keyof typeof messages
export type AvisoMessages = Record<AvisoKey, string>
