import type { TipoCertificado } from '../../core/certificados/tipos.ts'

/**
 * Valid answers for each of the nine constancias, as the form sends them, for facts on `fecha`
 * (`YYYY-MM-DD`, Chile's calendar); with what each one's PDF must print.
 *
 * @example
 * const body = certificadoRequest('extravio_celular', '2026-11-22')
 */
export function respuestasValidas(fecha: string): Record<TipoCertificado, Record<string, unknown>> {
  const mes = fecha.slice(0, 7)
  return {
    regimen_visitas: {
      tribunal: 'Juzgado de Familia de Pudahuel',
      rit: 'c 1234 2024',
      contraparte_run: '',
      contraparte_nombre: 'Rodrigo Ibáñez Soto',
      programada: `${fecha}T10:00`,
      comuna: '13124',
      lugar: 'Av. Teniente Cruz 500',
      relato: 'Esperé una hora en el lugar acordado y el niño no fue llevado a la visita.',
    },
    extravio_documentos: {
      documentos: [
        { documento: 'cedula', numero: '12.345.678', descripcion: '' },
        { documento: 'licencia_conducir' },
      ],
      fecha,
      comuna: '13101',
      lugar: 'Metro Universidad de Chile',
    },
    extravio_celular: {
      imei: '35-209900-176148-1',
      marca: 'Samsung',
      modelo: 'Galaxy A54',
      numero: '9 8765 4321',
      compania: 'entel',
      fecha,
      comuna: '13101',
      lugar: 'Paseo Ahumada',
    },
    placa_patente: {
      patente: 'bb·bb·12',
      placas: 'trasera',
      motivo: 'extravio',
      marca: 'Toyota',
      modelo: 'Yaris',
      fecha,
      comuna: '05101',
      lugar: 'Av. España 1680',
    },
    pension_alimentos: {
      tribunal: 'Segundo Juzgado de Familia de Santiago',
      rit: 'Z-56-2023',
      deudor_run: '11.111.111-1',
      deudor_nombre: 'Jorge Pérez Lagos',
      desde: `${Number(mes.slice(0, 4)) - 1}${mes.slice(4)}`,
      hasta: mes,
      monto: '$1.250.000',
    },
    abandono_hogar: {
      ausente_nombre: 'Luis Araya Torres',
      parentesco: 'conyuge',
      fecha,
      comuna: '08101',
      domicilio: 'Barros Arana 1000, depto 52',
      circunstancias: 'Se fue con sus pertenencias durante la noche sin avisar a nadie.',
      permanecen: 'Yo y mis dos hijos',
    },
    fines_laborales: {
      calidad: 'trabajador',
      contraparte_run: '76.086.428-5',
      contraparte_nombre: 'Comercial Los Andes SpA',
      incumplimiento: 'No se me pagó la remuneración del mes y se me impidió el ingreso al local.',
      fecha,
      comuna: '13101',
      lugar: 'Huérfanos 1160',
    },
    bomberos_lesionados: {
      solicitante: 'bombero',
      bombero_run: '44.444.444-4',
      bombero_nombre: 'Andrés Castro Vidal',
      cuerpo: 'Cuerpo de Bomberos de Santiago',
      compania: 'Quinta Compañía',
      acto: 'incendio',
      fecha: `${fecha}T03:15`,
      comuna: '13101',
      lugar: 'San Diego 900',
      lesiones: 'Quemaduras de segundo grado en el brazo izquierdo.',
    },
    permanencia_definitiva: {
      nacionalidad: 'haitiana',
      certificado_numero: 'PD-2019-55123',
      certificado_fecha: '2019-05-14',
      fecha,
      comuna: '13101',
      lugar: 'Estación Central',
    },
  }
}

/** A request for a constancia of a type with valid answers (`cambios` replace some). */
export function certificadoRequest(
  tipo: TipoCertificado,
  fecha: string,
  cambios: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    tipo,
    respuestas: { ...respuestasValidas(fecha)[tipo], ...cambios },
    declaracion: true,
    email: 'valentina@example.cl',
  }
}

/** What each type's PDF prints of those answers (formatted for print). */
export const IMPRESO: Record<TipoCertificado, string[]> = {
  regimen_visitas: [
    'C-1234-2024',
    'Juzgado de Familia de Pudahuel',
    'Rodrigo Ibáñez Soto',
    'Pudahuel',
    'a las 10:00',
  ],
  extravio_documentos: ['Cédula de identidad, N° 12.345.678', 'Licencia de conducir', 'Registro Civil'],
  extravio_celular: [
    '352099001761481',
    'Samsung Galaxy A54',
    '+56 9 8765 4321',
    'Entel',
    'bloqueo del equipo',
  ],
  placa_patente: ['BB·BB·12', 'el extravío de la placa trasera', 'Valparaíso', 'duplicado'],
  pension_alimentos: ['Z-56-2023', 'Jorge Pérez Lagos', '11.111.111-1', '$1.250.000'],
  abandono_hogar: ['Luis Araya Torres', 'su cónyuge', 'Concepción', 'Yo y mis dos hijos'],
  fines_laborales: ['trabajador', '76.086.428-5', 'Comercial Los Andes SpA', 'Huérfanos 1160'],
  bomberos_lesionados: [
    'Andrés Castro Vidal',
    '44.444.444-4',
    'Quinta Compañía',
    '(incendio)',
    'a las 03:15',
    'Comisión para el Mercado Financiero',
  ],
  permanencia_definitiva: ['haitiana', 'PD-2019-55123', '14-05-2019', 'Servicio Nacional de Migraciones'],
}
