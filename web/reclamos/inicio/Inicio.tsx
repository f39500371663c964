import { PortadaServicio } from '../../components/PortadaServicio.tsx'
import { tri } from './i18n/index.ts'

/**
 * `/reclamos`: what a complaint is for, that the unit complained about never learns who complained,
 * the legal term of the answer, what to have at hand, and «Comenzar» (the form asks who is signed
 * in). A landing page: no form code, its words alone.
 */
export function Inicio() {
  return (
    // Only words differ from reencuentro/inicio's landing page: the page itself is the shared PortadaServicio.
    <PortadaServicio
      titulo={tri('inicio.title')}
      lead={tri('inicio.lead')}
      secciones={[
        { titulo: tri('inicio.confidencial.title'), texto: tri('inicio.confidencial') },
        { titulo: tri('inicio.plazo.title'), texto: tri('inicio.plazo') },
      ]}
      necesita={{
        titulo: tri('inicio.necesita.title'),
        items: [tri('inicio.necesita.cuando'), tri('inicio.necesita.quien'), tri('inicio.necesita.archivos')],
      }}
      claseLista="rc-lista"
      notas={[tri('inicio.delito'), tri('inicio.ingresar')]}
      href="/reclamos/tipo"
      comenzar={tri('inicio.comenzar')}
    />
  )
}
