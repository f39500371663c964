import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib'
import { encode } from 'uqr'

const GREEN = rgb(0.043, 0.369, 0.227)
const INK = rgb(0.07, 0.07, 0.07)
const MARGIN = 56

/** Breaks a text into lines that fit a width, for the standard PDF fonts (WinAnsi: Spanish fits). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(' ')) {
      const next = line ? `${line} ${word}` : word
      if (font.widthOfTextAtSize(next, size) > width && line) {
        lines.push(line)
        line = word
      } else {
        line = next
      }
    }
    lines.push(line)
  }
  return lines
}

/**
 * Draws a QR code `side` points wide with its lower-left corner at (x, y), as one path of
 * horizontal runs: a single drawing operation instead of one per module.
 */
function drawQr(page: PDFPage, text: string, x: number, y: number, side: number): void {
  const qr = encode(text, { ecc: 'M', border: 0 })
  let path = ''
  qr.data.forEach((row, r) => {
    for (let col = 0; col < row.length; col += 1) {
      if (!row[col]) continue
      let end = col
      while (row[end + 1]) end += 1
      path += `M${col} ${r}h${end - col + 1}v1h${-(end - col + 1)}z`
      col = end
    }
  })
  page.drawSvgPath(path, { x, y: y + side, scale: side / qr.size, color: INK, borderWidth: 0 })
}

export interface DocumentPdf {
  title: string
  /** Paragraphs above the fields: the legal basis, what the document certifies. */
  preamble: string[]
  fields: [label: string, value: string][]
  code: string
  /** What the QR carries: the verification URL with the signed payload. */
  qr: string
  footer: string
}

/**
 * The PDF of an issued document: header, title, text, the fields as a table, the code in large
 * type and the QR code that verifies it. pdf-lib is plain JavaScript, so the same code runs on
 * Node and in workerd.
 *
 * @example
 * const bytes = await documentPdf({ title: 'Constancia…', preamble: […], fields: [['RUN', '44.444.444-4']], code, qr, footer })
 */
export async function documentPdf(doc: DocumentPdf): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(`${doc.title} ${doc.code}`)
  pdf.setAuthor('Carabineros de Chile — Comisaría Virtual')
  pdf.setCreator('Comisaría Virtual')
  const page = pdf.addPage([595.28, 841.89])
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const width = page.getWidth() - 2 * MARGIN
  let y = page.getHeight() - MARGIN

  page.drawRectangle({ x: 0, y: page.getHeight() - 8, width: page.getWidth(), height: 8, color: GREEN })
  page.drawText('CARABINEROS DE CHILE', { x: MARGIN, y, size: 11, font: bold, color: GREEN })
  y -= 15
  page.drawText('Comisaría Virtual', { x: MARGIN, y, size: 10, font: regular, color: INK })
  y -= 34
  for (const line of wrap(doc.title, bold, 17, width)) {
    page.drawText(line, { x: MARGIN, y, size: 17, font: bold, color: INK })
    y -= 22
  }
  y -= 6
  for (const paragraph of doc.preamble) {
    for (const line of wrap(paragraph, regular, 10, width)) {
      page.drawText(line, { x: MARGIN, y, size: 10, font: regular, color: INK })
      y -= 14
    }
    y -= 6
  }
  y -= 6
  const labelWidth = 170
  for (const [label, value] of doc.fields) {
    const lines = wrap(value, regular, 10.5, width - labelWidth)
    page.drawText(label, { x: MARGIN, y, size: 10.5, font: bold, color: INK })
    for (const line of lines) {
      page.drawText(line, { x: MARGIN + labelWidth, y, size: 10.5, font: regular, color: INK })
      y -= 15
    }
    page.drawLine({
      start: { x: MARGIN, y: y + 9 },
      end: { x: MARGIN + width, y: y + 9 },
      thickness: 0.4,
      color: rgb(0.75, 0.75, 0.75),
    })
    y -= 4
  }
  y -= 20
  const qrSide = 150
  drawQr(page, doc.qr, MARGIN + width - qrSide, y - qrSide, qrSide)
  page.drawText('Código de verificación', { x: MARGIN, y: y - 14, size: 10, font: regular, color: INK })
  page.drawText(doc.code, { x: MARGIN, y: y - 44, size: 26, font: bold, color: GREEN })
  for (const [i, line] of wrap(doc.footer, regular, 9, width - qrSide - 20).entries()) {
    page.drawText(line, { x: MARGIN, y: y - 72 - i * 12, size: 9, font: regular, color: INK })
  }
  return pdf.save()
}
