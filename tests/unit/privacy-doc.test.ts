import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BASES, CATALOGO, type Registro } from '../../db/catalog.ts'
import { DOC_FILE, PARTS, privacyDoc, ROOT, readParts, tieneDatos } from '../../scripts/privacy-doc.ts'

const catalogo: Record<string, Registro> = CATALOGO

describe('docs/privacy.md', () => {
  it('is what `npm run privacy:doc` makes of the current catalog and parts (run it after changing either)', () => {
    const committed = readFileSync(join(ROOT, DOC_FILE), 'utf8')
    expect(committed, 'docs/privacy.md is stale: run `npm run privacy:doc`').toBe(
      privacyDoc(catalogo, readParts()),
    )
  })

  it('gives every table with personal data its section, with its basis and clock, and lists the others', () => {
    const doc = privacyDoc(catalogo, [])
    for (const [tabla, registro] of Object.entries(catalogo)) {
      if (!tieneDatos(registro)) {
        expect(doc).toMatch(new RegExp(`^.*\`${tabla}\`.*sin plazo de conservación\\.$`, 'm'))
        continue
      }
      const section = doc.split(`### \`${tabla}\`: `)[1]?.split('\n### ')[0] ?? ''
      expect(section, tabla).toContain(BASES[registro.base])
      if (registro.retencion) expect(section, tabla).toContain(registro.retencion.plazo)
      expect(doc, tabla).toMatch(new RegExp(`^\\| [^\\n]*\\| \`${tabla}\` \\|`, 'm'))
    }
  })

  it('changes when the catalog does', () => {
    const changed = {
      ...catalogo,
      permisos: { ...catalogo.permisos, retencion: { plazo: 'Un plazo nuevo', accion: 'borrar' } },
    } as Record<string, Registro>
    expect(privacyDoc(changed, readParts())).not.toBe(privacyDoc(catalogo, readParts()))
  })

  it('includes the hand-written parts as they are', () => {
    const doc = readFileSync(join(ROOT, DOC_FILE), 'utf8')
    for (const { path, text } of readParts()) {
      expect(PARTS).toContain(path)
      expect(doc).toContain(text.trim())
    }
  })
})
