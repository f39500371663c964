import { describe, expect, it } from 'vitest'
import { messages as archivosEn } from '../../web/archivos/i18n/en.ts'
import { messages as archivosEs } from '../../web/archivos/i18n/es.ts'
import { messages as archivosHt } from '../../web/archivos/i18n/ht.ts'
import { messages as avisoEn } from '../../web/components/aviso-privacidad/i18n/en.ts'
import { messages as avisoEs } from '../../web/components/aviso-privacidad/i18n/es.ts'
import { messages as avisoHt } from '../../web/components/aviso-privacidad/i18n/ht.ts'
import { messages as compartidoEn } from '../../web/components/dispositivo-compartido/i18n/en.ts'
import { messages as compartidoEs } from '../../web/components/dispositivo-compartido/i18n/es.ts'
import { messages as compartidoHt } from '../../web/components/dispositivo-compartido/i18n/ht.ts'
import { messages as condolenciasEn } from '../../web/condolencias/i18n/en.ts'
import { messages as condolenciasEs } from '../../web/condolencias/i18n/es.ts'
import { messages as condolenciasHt } from '../../web/condolencias/i18n/ht.ts'
import { messages as emitidaEn } from '../../web/constancias/certificados/emitida/i18n/en.ts'
import { messages as emitidaEs } from '../../web/constancias/certificados/emitida/i18n/es.ts'
import { messages as emitidaHt } from '../../web/constancias/certificados/emitida/i18n/ht.ts'
import { messages as certFormularioEn } from '../../web/constancias/certificados/formulario/i18n/en.ts'
import { messages as certFormularioEs } from '../../web/constancias/certificados/formulario/i18n/es.ts'
import { messages as certFormularioHt } from '../../web/constancias/certificados/formulario/i18n/ht.ts'
import { messages as nombresEn } from '../../web/constancias/certificados/i18n/en.ts'
import { messages as nombresEs } from '../../web/constancias/certificados/i18n/es.ts'
import { messages as nombresHt } from '../../web/constancias/certificados/i18n/ht.ts'
import { messages as tipoEn } from '../../web/constancias/certificados/tipo/i18n/en.ts'
import { messages as tipoEs } from '../../web/constancias/certificados/tipo/i18n/es.ts'
import { messages as tipoHt } from '../../web/constancias/certificados/tipo/i18n/ht.ts'
import { messages as guiaVotoEn } from '../../web/constancias/no-podre-votar/i18n/en.ts'
import { messages as guiaVotoEs } from '../../web/constancias/no-podre-votar/i18n/es.ts'
import { messages as guiaVotoHt } from '../../web/constancias/no-podre-votar/i18n/ht.ts'
import { messages as borradoresEn } from '../../web/cuenta/borradores/i18n/en.ts'
import { messages as borradoresEs } from '../../web/cuenta/borradores/i18n/es.ts'
import { messages as borradoresHt } from '../../web/cuenta/borradores/i18n/ht.ts'
import { messages as ingresoEn } from '../../web/cuenta/i18n/en.ts'
import { messages as ingresoEs } from '../../web/cuenta/i18n/es.ts'
import { messages as ingresoHt } from '../../web/cuenta/i18n/ht.ts'
import { messages as registroEn } from '../../web/cuenta/registro/i18n/en.ts'
import { messages as registroEs } from '../../web/cuenta/registro/i18n/es.ts'
import { messages as registroHt } from '../../web/cuenta/registro/i18n/ht.ts'
import { messages as denunciaEn } from '../../web/denuncias/denuncia/i18n/en.ts'
import { messages as denunciaEs } from '../../web/denuncias/denuncia/i18n/es.ts'
import { messages as denunciaHt } from '../../web/denuncias/denuncia/i18n/ht.ts'
import { messages as filtroEn } from '../../web/denuncias/filtro/i18n/en.ts'
import { messages as filtroEs } from '../../web/denuncias/filtro/i18n/es.ts'
import { messages as filtroHt } from '../../web/denuncias/filtro/i18n/ht.ts'
import { messages as formularioEn } from '../../web/denuncias/formulario/i18n/en.ts'
import { messages as formularioEs } from '../../web/denuncias/formulario/i18n/es.ts'
import { messages as formularioHt } from '../../web/denuncias/formulario/i18n/ht.ts'
import { messages as enviosEn } from '../../web/envios/i18n/en.ts'
import { messages as enviosEs } from '../../web/envios/i18n/es.ts'
import { messages as enviosHt } from '../../web/envios/i18n/ht.ts'
import { messages as condolenciasStaffEn } from '../../web/funcionarios/condolencias/i18n/en.ts'
import { messages as condolenciasStaffEs } from '../../web/funcionarios/condolencias/i18n/es.ts'
import { messages as condolenciasStaffHt } from '../../web/funcionarios/condolencias/i18n/ht.ts'
import { messages as denunciasStaffEn } from '../../web/funcionarios/denuncias/i18n/en.ts'
import { messages as denunciasStaffEs } from '../../web/funcionarios/denuncias/i18n/es.ts'
import { messages as denunciasStaffHt } from '../../web/funcionarios/denuncias/i18n/ht.ts'
import { messages as staffEn } from '../../web/funcionarios/i18n/en.ts'
import { messages as staffEs } from '../../web/funcionarios/i18n/es.ts'
import { messages as staffHt } from '../../web/funcionarios/i18n/ht.ts'
import { messages as analistasEn } from '../../web/funcionarios/informacion/i18n/en.ts'
import { messages as analistasEs } from '../../web/funcionarios/informacion/i18n/es.ts'
import { messages as analistasHt } from '../../web/funcionarios/informacion/i18n/ht.ts'
import { messages as permisosStaffEn } from '../../web/funcionarios/permisos/i18n/en.ts'
import { messages as permisosStaffEs } from '../../web/funcionarios/permisos/i18n/es.ts'
import { messages as permisosStaffHt } from '../../web/funcionarios/permisos/i18n/ht.ts'
import { messages as reclamosStaffEn } from '../../web/funcionarios/reclamos/i18n/en.ts'
import { messages as reclamosStaffEs } from '../../web/funcionarios/reclamos/i18n/es.ts'
import { messages as reclamosStaffHt } from '../../web/funcionarios/reclamos/i18n/ht.ts'
import { messages as reencuentroStaffEn } from '../../web/funcionarios/reencuentro/i18n/en.ts'
import { messages as reencuentroStaffEs } from '../../web/funcionarios/reencuentro/i18n/es.ts'
import { messages as reencuentroStaffHt } from '../../web/funcionarios/reencuentro/i18n/ht.ts'
import { messages as solicitudesDatosEn } from '../../web/funcionarios/solicitudes-datos/i18n/en.ts'
import { messages as solicitudesDatosEs } from '../../web/funcionarios/solicitudes-datos/i18n/es.ts'
import { messages as solicitudesDatosHt } from '../../web/funcionarios/solicitudes-datos/i18n/ht.ts'
import { messages as homeEn } from '../../web/home/i18n/en.ts'
import { messages as homeEs } from '../../web/home/i18n/es.ts'
import { messages as homeHt } from '../../web/home/i18n/ht.ts'
import { messages as webEn } from '../../web/i18n/en.ts'
import { messages as webEs } from '../../web/i18n/es.ts'
import { messages as webHt } from '../../web/i18n/ht.ts'
import { messages as informacionEn } from '../../web/informacion/i18n/en.ts'
import { messages as informacionEs } from '../../web/informacion/i18n/es.ts'
import { messages as informacionHt } from '../../web/informacion/i18n/ht.ts'
import { messages as volverEn } from '../../web/informacion/volver-i18n/en.ts'
import { messages as volverEs } from '../../web/informacion/volver-i18n/es.ts'
import { messages as volverHt } from '../../web/informacion/volver-i18n/ht.ts'
import { messages as correccionEn } from '../../web/mis-datos/correccion/i18n/en.ts'
import { messages as correccionEs } from '../../web/mis-datos/correccion/i18n/es.ts'
import { messages as correccionHt } from '../../web/mis-datos/correccion/i18n/ht.ts'
import { messages as misDatosEn } from '../../web/mis-datos/i18n/en.ts'
import { messages as misDatosEs } from '../../web/mis-datos/i18n/es.ts'
import { messages as misDatosHt } from '../../web/mis-datos/i18n/ht.ts'
import { palabras as misDatosCertificados } from '../../web/mis-datos/i18n/tipos/certificados.ts'
import { palabras as misDatosCondolencias } from '../../web/mis-datos/i18n/tipos/condolencias.ts'
import { palabras as misDatosConstancias } from '../../web/mis-datos/i18n/tipos/constancias.ts'
import { palabras as misDatosPermisos } from '../../web/mis-datos/i18n/tipos/permisos.ts'
import { palabras as misDatosReclamos } from '../../web/mis-datos/i18n/tipos/reclamos.ts'
import { palabras as misDatosReencuentro } from '../../web/mis-datos/i18n/tipos/reencuentro.ts'
import { messages as solicitudesEn } from '../../web/mis-datos/solicitudes/i18n/en.ts'
import { messages as solicitudesEs } from '../../web/mis-datos/solicitudes/i18n/es.ts'
import { messages as solicitudesHt } from '../../web/mis-datos/solicitudes/i18n/ht.ts'
import { messages as supresionEn } from '../../web/mis-datos/supresion/i18n/en.ts'
import { messages as supresionEs } from '../../web/mis-datos/supresion/i18n/es.ts'
import { messages as supresionHt } from '../../web/mis-datos/supresion/i18n/ht.ts'
import { messages as esperaEn } from '../../web/offline/i18n/en.ts'
import { messages as esperaEs } from '../../web/offline/i18n/es.ts'
import { messages as esperaHt } from '../../web/offline/i18n/ht.ts'
import { messages as permisoInicioEn } from '../../web/permisos/inicio/i18n/en.ts'
import { messages as permisoInicioEs } from '../../web/permisos/inicio/i18n/es.ts'
import { messages as permisoInicioHt } from '../../web/permisos/inicio/i18n/ht.ts'
import { messages as permisoEn } from '../../web/permisos/permiso/i18n/en.ts'
import { messages as permisoEs } from '../../web/permisos/permiso/i18n/es.ts'
import { messages as permisoHt } from '../../web/permisos/permiso/i18n/ht.ts'
import { messages as permisoSolicitudEn } from '../../web/permisos/solicitud/i18n/en.ts'
import { messages as permisoSolicitudEs } from '../../web/permisos/solicitud/i18n/es.ts'
import { messages as permisoSolicitudHt } from '../../web/permisos/solicitud/i18n/ht.ts'
import { messages as reclamoEn } from '../../web/reclamos/i18n/en.ts'
import { messages as reclamoEs } from '../../web/reclamos/i18n/es.ts'
import { messages as reclamoHt } from '../../web/reclamos/i18n/ht.ts'
import { messages as reclamosInicioEn } from '../../web/reclamos/inicio/i18n/en.ts'
import { messages as reclamosInicioEs } from '../../web/reclamos/inicio/i18n/es.ts'
import { messages as reclamosInicioHt } from '../../web/reclamos/inicio/i18n/ht.ts'
import { messages as reencuentroEn } from '../../web/reencuentro/i18n/en.ts'
import { messages as reencuentroEs } from '../../web/reencuentro/i18n/es.ts'
import { messages as reencuentroHt } from '../../web/reencuentro/i18n/ht.ts'
import { messages as reencuentroInicioEn } from '../../web/reencuentro/inicio/i18n/en.ts'
import { messages as reencuentroInicioEs } from '../../web/reencuentro/inicio/i18n/es.ts'
import { messages as reencuentroInicioHt } from '../../web/reencuentro/inicio/i18n/ht.ts'
import { messages as verificarEn } from '../../web/verificar/i18n/en.ts'
import { messages as verificarEs } from '../../web/verificar/i18n/es.ts'
import { messages as verificarHt } from '../../web/verificar/i18n/ht.ts'
import { messages as verificacionPermisoEn } from '../../web/verificar/permiso/i18n/en.ts'
import { messages as verificacionPermisoEs } from '../../web/verificar/permiso/i18n/es.ts'
import { messages as verificacionPermisoHt } from '../../web/verificar/permiso/i18n/ht.ts'
import {
  camposDenuncia,
  nombresTipo,
  opcionesDenuncia,
  validacionDenuncia,
} from '../../worker/denuncias/palabras.ts'
import { en as serverEn } from '../../worker/i18n/en.ts'
import { es as serverEs } from '../../worker/i18n/es.ts'
import { ht as serverHt } from '../../worker/i18n/ht.ts'

/** Every leaf of a catalogue as `path → string`. */
function leaves(value: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>()
  if (typeof value === 'string') return found.set(prefix, value)
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, text] of leaves(child, prefix ? `${prefix}.${key}` : key)) found.set(path, text)
    }
  }
  return found
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

const suites = {
  'privacy notice strings (web/components/aviso-privacidad/i18n)': { es: avisoEs, en: avisoEn, ht: avisoHt },
  'home page strings (web/home/i18n)': { es: homeEs, en: homeEn, ht: homeHt },
  'Mis datos strings (web/mis-datos/i18n)': { es: misDatosEs, en: misDatosEn, ht: misDatosHt },
  'Mis datos words of certificados records (web/mis-datos/i18n/tipos/certificados.ts)': misDatosCertificados,
  'Mis datos words of condolencias records (web/mis-datos/i18n/tipos/condolencias.ts)': misDatosCondolencias,
  'Mis datos words of constancias records (web/mis-datos/i18n/tipos/constancias.ts)': misDatosConstancias,
  'Mis datos words of permisos records (web/mis-datos/i18n/tipos/permisos.ts)': misDatosPermisos,
  'Mis datos words of reclamos records (web/mis-datos/i18n/tipos/reclamos.ts)': misDatosReclamos,
  'Mis datos words of reencuentro records (web/mis-datos/i18n/tipos/reencuentro.ts)': misDatosReencuentro,
  'correction strings (web/mis-datos/correccion/i18n)': {
    es: correccionEs,
    en: correccionEn,
    ht: correccionHt,
  },
  'erasure strings (web/mis-datos/supresion/i18n)': { es: supresionEs, en: supresionEn, ht: supresionHt },
  'data requests strings (web/mis-datos/solicitudes/i18n)': {
    es: solicitudesEs,
    en: solicitudesEn,
    ht: solicitudesHt,
  },
  'verification strings (web/verificar/i18n)': { es: verificarEs, en: verificarEn, ht: verificarHt },
  'PWA strings (web/i18n)': { es: webEs, en: webEn, ht: webHt },
  'API strings (worker/i18n)': { es: serverEs, en: serverEn, ht: serverHt },
  'condolence book strings (web/condolencias/i18n)': {
    es: condolenciasEs,
    en: condolenciasEn,
    ht: condolenciasHt,
  },
  'condolence book staff strings (web/funcionarios/condolencias/i18n)': {
    es: condolenciasStaffEs,
    en: condolenciasStaffEn,
    ht: condolenciasStaffHt,
  },
  'anonymous tip strings (web/informacion/i18n)': { es: informacionEs, en: informacionEn, ht: informacionHt },
  'analysts of anonymous tips strings (web/funcionarios/informacion/i18n)': {
    es: analistasEs,
    en: analistasEn,
    ht: analistasHt,
  },
  'the way back strings (web/informacion/volver-i18n)': { es: volverEs, en: volverEn, ht: volverHt },
  'sign-in strings (web/cuenta/i18n)': { es: ingresoEs, en: ingresoEn, ht: ingresoHt },
  'outbox waits on a sign-in (web/offline/i18n)': { es: esperaEs, en: esperaEn, ht: esperaHt },
  'registration strings (web/cuenta/registro/i18n)': { es: registroEs, en: registroEn, ht: registroHt },
  'officer strings (web/funcionarios/i18n)': { es: staffEs, en: staffEn, ht: staffHt },
  'permit landing strings (web/permisos/inicio/i18n)': {
    es: permisoInicioEs,
    en: permisoInicioEn,
    ht: permisoInicioHt,
  },
  'permit request strings (web/permisos/solicitud/i18n)': {
    es: permisoSolicitudEs,
    en: permisoSolicitudEn,
    ht: permisoSolicitudHt,
  },
  'issued permit strings (web/permisos/permiso/i18n)': { es: permisoEs, en: permisoEn, ht: permisoHt },
  'officer permit strings (web/funcionarios/permisos/i18n)': {
    es: permisosStaffEs,
    en: permisosStaffEn,
    ht: permisosStaffHt,
  },
  'officer data request strings (web/funcionarios/solicitudes-datos/i18n)': {
    es: solicitudesDatosEs,
    en: solicitudesDatosEn,
    ht: solicitudesDatosHt,
  },
  'officer denuncia strings (web/funcionarios/denuncias/i18n)': {
    es: denunciasStaffEs,
    en: denunciasStaffEn,
    ht: denunciasStaffHt,
  },
  'officer complaint strings (web/funcionarios/reclamos/i18n)': {
    es: reclamosStaffEs,
    en: reclamosStaffEn,
    ht: reclamosStaffHt,
  },
  'file upload strings (web/archivos/i18n)': { es: archivosEs, en: archivosEn, ht: archivosHt },
  'submissions page strings (web/envios/i18n)': { es: enviosEs, en: enviosEn, ht: enviosHt },
  'permit verification strings (web/verificar/permiso/i18n)': {
    es: verificacionPermisoEs,
    en: verificacionPermisoEn,
    ht: verificacionPermisoHt,
  },
  'drafts on the account (web/cuenta/borradores/i18n)': {
    es: borradoresEs,
    en: borradoresEn,
    ht: borradoresHt,
  },
  'shared-device choice (web/components/dispositivo-compartido/i18n)': {
    es: compartidoEs,
    en: compartidoEn,
    ht: compartidoHt,
  },
  'denuncia screener strings (web/denuncias/filtro/i18n)': { es: filtroEs, en: filtroEn, ht: filtroHt },
  'denuncia form strings (web/denuncias/formulario/i18n)': {
    es: formularioEs,
    en: formularioEn,
    ht: formularioHt,
  },
  'family reunification’s landing pages (web/reencuentro/inicio/i18n)': {
    es: reencuentroInicioEs,
    en: reencuentroInicioEn,
    ht: reencuentroInicioHt,
  },
  'family reunification’s form and request (web/reencuentro/i18n)': {
    es: reencuentroEs,
    en: reencuentroEn,
    ht: reencuentroHt,
  },
  'officer family reunification strings (web/funcionarios/reencuentro/i18n)': {
    es: reencuentroStaffEs,
    en: reencuentroStaffEn,
    ht: reencuentroStaffHt,
  },
  'complaints’ start page (web/reclamos/inicio/i18n)': {
    es: reclamosInicioEs,
    en: reclamosInicioEn,
    ht: reclamosInicioHt,
  },
  'a complaint’s form and page (web/reclamos/i18n)': { es: reclamoEs, en: reclamoEn, ht: reclamoHt },
  'constancias’ names (web/constancias/certificados/i18n)': { es: nombresEs, en: nombresEn, ht: nombresHt },
  'a constancia’s page (web/constancias/certificados/tipo/i18n)': { es: tipoEs, en: tipoEn, ht: tipoHt },
  'constancias’ form (web/constancias/certificados/formulario/i18n)': {
    es: certFormularioEs,
    en: certFormularioEn,
    ht: certFormularioHt,
  },
  'the guide «¿No podrá votar?» (web/constancias/no-podre-votar/i18n)': {
    es: guiaVotoEs,
    en: guiaVotoEn,
    ht: guiaVotoHt,
  },
  'issued constancia (web/constancias/certificados/emitida/i18n)': {
    es: emitidaEs,
    en: emitidaEn,
    ht: emitidaHt,
  },
  'denuncia page strings (web/denuncias/denuncia/i18n)': { es: denunciaEs, en: denunciaEn, ht: denunciaHt },
  'denuncia API strings (worker/denuncias/palabras.ts)': {
    es: {
      campos: camposDenuncia.es,
      validacion: validacionDenuncia.es,
      tipos: nombresTipo.es,
      opciones: opcionesDenuncia.es,
    },
    en: {
      campos: camposDenuncia.en,
      validacion: validacionDenuncia.en,
      tipos: nombresTipo.en,
      opciones: opcionesDenuncia.en,
    },
    ht: {
      campos: camposDenuncia.ht,
      validacion: validacionDenuncia.ht,
      tipos: nombresTipo.ht,
      opciones: opcionesDenuncia.ht,
    },
  },
}

describe.each(Object.entries(suites))('%s', (_name, catalogues) => {
  const reference = leaves(catalogues.es)

  it.each(['en', 'ht'] as const)('%s has exactly the Spanish keys', (code) => {
    const other = leaves(catalogues[code])
    expect([...other.keys()].sort()).toEqual([...reference.keys()].sort())
  })

  it.each(['es', 'en', 'ht'] as const)(
    '%s has no empty string and the same placeholders as Spanish',
    (code) => {
      for (const [path, text] of leaves(catalogues[code])) {
        expect(text.trim(), `${code} ${path}`).not.toBe('')
        expect(placeholders(text), `${code} ${path}`).toEqual(placeholders(reference.get(path) ?? ''))
      }
    },
  )
})
