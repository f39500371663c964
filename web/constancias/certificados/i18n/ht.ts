import type { TiposMessages } from './es.ts'

/** Haitian Creole words of the nine constancias' shared screens. */
export const messages: TiposMessages = {
  'regimen_visitas.nombre': 'Yo pa respekte règ vizit la',
  'regimen_visitas.desc': 'Lè yo pa respekte yon règ vizit yon tribinal fanmi fikse.',
  'extravio_documentos.nombre': 'Dokiman ki pèdi',
  'extravio_documentos.desc': 'Pèt kat idantite, paspò, lisans kondwi oswa lòt dokiman.',
  'extravio_celular.nombre': 'Telefòn selilè ki pèdi',
  'extravio_celular.desc': 'Pèt yon telefòn selilè, pou konpayi an bloke l.',
  'placa_patente.nombre': 'Plak machin ki pèdi oswa yon lòt kopi',
  'placa_patente.desc': 'Yon plak machin ki pèdi, yo vòlè oswa ki abime, pou mande yon lòt.',
  'pension_alimentos.nombre': 'Pansyon alimantè ki pa peye',
  'pension_alimentos.desc': 'Pansyon alimantè yon tribinal fikse ki pa peye.',
  'abandono_hogar.nombre': 'Abandon kay',
  'abandono_hogar.desc': 'Yon manm fanmi ki kite kay yo te rete ansanm nan pa pwòp volonte l.',
  'fines_laborales.nombre': 'Konstans pou travay',
  'fines_laborales.desc': 'Lòt pati yon relasyon travay, patwon oswa travayè, ki pa respekte angajman l.',
  'bomberos_lesionados.nombre': 'Ponpye ki blese nan sèvis',
  'bomberos_lesionados.desc':
    'Blesi yon ponpye nan yon zak sèvis, pou reklamasyon devan Komisyon Mache Finansye a (CMF).',
  'permanencia_definitiva.nombre': 'Sètifika rezidans definitif ki pèdi',
  'permanencia_definitiva.desc': 'Pèt sètifika rezidans definitif yon moun etranje.',
}
