import {
  fill,
  PDFDocument,
  type PDFFont,
  type PDFOperator,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  StandardFonts,
  setFillingColor,
} from 'pdf-lib'
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
 * Draws a QR code `side` points wide with its lower-left corner at (x, y), as one filled path of
 * rectangles (a run of dark modules each) written as raw PDF operators: pdf-lib's SVG path parser
 * took about three times as long as the rest of a receipt (decision 0033 has the figures).
 */
function drawQr(page: PDFPage, text: string, x: number, y: number, side: number): void {
  const qr = encode(text, { ecc: 'M', border: 0 })
  const module = side / qr.size
  const runs: PDFOperator[] = []
  qr.data.forEach((row, r) => {
    for (let col = 0; col < row.length; col += 1) {
      if (!row[col]) continue
      let end = col
      while (row[end + 1]) end += 1
      // PDF's y grows upwards; the QR's rows go down from its top edge.
      runs.push(rectangle(x + col * module, y + side - (r + 1) * module, (end - col + 1) * module, module))
      col = end
    }
  })
  page.pushOperators(pushGraphicsState(), setFillingColor(INK), ...runs, fill(), popGraphicsState())
}

const A4: [number, number] = [595.28, 841.89]

/** A new A4 page with the institution's header band and name. */
function headedPage(pdf: PDFDocument, fonts: { regular: PDFFont; bold: PDFFont }): PDFPage {
  const page = pdf.addPage(A4)
  const top = page.getHeight() - MARGIN
  page.drawRectangle({ x: 0, y: page.getHeight() - 8, width: page.getWidth(), height: 8, color: GREEN })
  page.drawText('CARABINEROS DE CHILE', { x: MARGIN, y: top, size: 11, font: fonts.bold, color: GREEN })
  page.drawText('Comisaría Virtual', { x: MARGIN, y: top - 15, size: 10, font: fonts.regular, color: INK })
  return page
}

/**
 * Text the standard PDF fonts can draw (WinAnsi): Spanish fits; anything else (an emoji, a name
 * in another script) becomes `?` instead of failing the whole document.
 */
function drawable(text: string): string {
  return text.replace(/[^\u0020-\u007e\u00a0-\u00ff\n€‘’“”–—•…]/g, '?')
}

export interface ReportPdf {
  title: string
  intro: string[]
  /**
   * A signed document's code and QR, on the first page below the introduction: a receipt of any
   * length (a denuncia as it was sent) verifies like a one-page document.
   */
  verification?: { label: string; code: string; qr: string; footer: string }
  sections: { heading: string; rows: [label: string, value: string][] }[]
}

/**
 * A report of any length (pages added as it grows): a title, an introduction, and sections of
 * label–value rows. For what is not a signed document, such as a citizen's copy of their data.
 *
 * @example
 * const bytes = await reportPdf({ title: 'Mis datos', intro: ['…'], sections: [{ heading: 'Cuenta', rows: [['RUN', '…']] }] })
 */
export async function reportPdf(report: ReportPdf): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(drawable(report.title))
  pdf.setAuthor('Carabineros de Chile — Comisaría Virtual')
  pdf.setCreator('Comisaría Virtual')
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  }
  let page = headedPage(pdf, fonts)
  const width = page.getWidth() - 2 * MARGIN
  let y = page.getHeight() - MARGIN - 49
  const room = (needed: number) => {
    if (y - needed >= MARGIN) return
    page = headedPage(pdf, fonts)
    y = page.getHeight() - MARGIN - 49
  }
  const text = (value: string, x: number, size: number, font: PDFFont, maxWidth: number, leading: number) => {
    for (const line of wrap(drawable(value), font, size, maxWidth)) {
      room(leading)
      page.drawText(line, { x, y, size, font, color: INK })
      y -= leading
    }
  }
  text(report.title, MARGIN, 17, fonts.bold, width, 22)
  y -= 6
  for (const paragraph of report.intro) {
    text(paragraph, MARGIN, 10, fonts.regular, width, 14)
    y -= 6
  }
  if (report.verification) {
    const { label, code, qr, footer } = report.verification
    const qrSide = 130
    y -= 6
    drawQr(page, qr, MARGIN + width - qrSide, y - qrSide, qrSide)
    const top = y
    text(label, MARGIN, 10, fonts.regular, width - qrSide - 20, 14)
    y -= 16
    text(code, MARGIN, 24, fonts.bold, width - qrSide - 20, 30)
    y -= 4
    text(footer, MARGIN, 9, fonts.regular, width - qrSide - 20, 12)
    y = Math.min(y, top - qrSide) - 8
  }
  const labelWidth = 170
  for (const section of report.sections) {
    y -= 10
    room(40)
    text(section.heading, MARGIN, 13, fonts.bold, width, 18)
    for (const [label, value] of section.rows) {
      const lines = wrap(drawable(value), fonts.regular, 10, width - labelWidth)
      room(14 * Math.min(lines.length, 3))
      page.drawText(drawable(label), { x: MARGIN, y, size: 10, font: fonts.bold, color: INK })
      for (const line of lines) {
        room(14)
        page.drawText(line, { x: MARGIN + labelWidth, y, size: 10, font: fonts.regular, color: INK })
        y -= 14
      }
    }
  }
  return pdf.save()
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
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const page = headedPage(pdf, { regular, bold })
  const width = page.getWidth() - 2 * MARGIN
  let y = page.getHeight() - MARGIN - 49
  for (const line of wrap(drawable(doc.title), bold, 17, width)) {
    page.drawText(line, { x: MARGIN, y, size: 17, font: bold, color: INK })
    y -= 22
  }
  y -= 6
  for (const paragraph of doc.preamble) {
    for (const line of wrap(drawable(paragraph), regular, 10, width)) {
      page.drawText(line, { x: MARGIN, y, size: 10, font: regular, color: INK })
      y -= 14
    }
    y -= 6
  }
  y -= 6
  const labelWidth = 170
  for (const [label, value] of doc.fields) {
    const lines = wrap(drawable(value), regular, 10.5, width - labelWidth)
    page.drawText(drawable(label), { x: MARGIN, y, size: 10.5, font: bold, color: INK })
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
  for (const [i, line] of wrap(drawable(doc.footer), regular, 9, width - qrSide - 20).entries()) {
    page.drawText(line, { x: MARGIN, y: y - 72 - i * 12, size: 9, font: regular, color: INK })
  }
  return pdf.save()
}
