import type { CertificadoFuncionario, cifrasCertificados } from '../../../worker/certificados/staff.ts'

/** A constancia as an officer looks it up, `GET /api/funcionarios/certificados/:codigo` (a read its holder sees). */
export type Certificado = CertificadoFuncionario

/** A day's figures, `GET /api/supervisor/certificados/cifras`. */
export type CifrasCertificados = Awaited<ReturnType<typeof cifrasCertificados>>

export const CONSULTA_API = '/api/funcionarios/certificados'
export const CIFRAS_API = '/api/supervisor/certificados/cifras'
export const CONSULTA_PATH = '/funcionarios/certificados'
export const CIFRAS_PATH = '/funcionarios/certificados/cifras'
