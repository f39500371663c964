import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { comunas } from './territorio.ts'

/**
 * The civil registry (Registro Civil) as the portal needs it: who a RUN is, born when, alive or
 * not, and the serial of their current identity card. A real service can replace the table behind
 * the `CivilRegistry` interface (worker/registries).
 */
export const registroCivil = sqliteTable('registro_civil', {
  run: text('run').primaryKey(),
  nombres: text('nombres').notNull(),
  apellidos: text('apellidos').notNull(),
  /** `YYYY-MM-DD`. */
  fechaNacimiento: text('fecha_nacimiento').notNull(),
  fechaDefuncion: text('fecha_defuncion'),
  serieCedula: text('serie_cedula'),
})

/**
 * The electoral roll (padrón electoral, SERVEL): where each voter is registered to vote. Behind
 * the `ElectoralRoll` interface, like the civil registry.
 */
export const padronElectoral = sqliteTable(
  'padron_electoral',
  {
    run: text('run').primaryKey(),
    nombres: text('nombres').notNull(),
    apellidos: text('apellidos').notNull(),
    domicilioElectoral: text('domicilio_electoral').notNull(),
    comunaCut: text('comuna_cut')
      .notNull()
      .references(() => comunas.cut),
    localVotacion: text('local_votacion').notNull(),
    mesa: text('mesa'),
  },
  (t) => [index('padron_comuna_idx').on(t.comunaCut)],
)

/** Election days, managed by administrators: the date, the primaries it refers to, and the window. */
export const elecciones = sqliteTable('elecciones', {
  id: text('id').primaryKey(),
  nombre: text('nombre').notNull(),
  /** The election's date, `YYYY-MM-DD`, in America/Santiago. */
  fecha: text('fecha').notNull(),
  /** The primaries the identity-document rule counts from (expired up to 12 months before). */
  fechaPrimarias: text('fecha_primarias').notNull(),
  ventanaInicio: integer('ventana_inicio', { mode: 'timestamp_ms' }).notNull(),
  ventanaFin: integer('ventana_fin', { mode: 'timestamp_ms' }).notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
})

/**
 * The stolen-vehicle registry (encargo por robo, as the SEBV keeps it): a plate reported stolen
 * on a day in a comuna, and whether the report is still in force (a recovered vehicle's is not).
 * Loaded from CSV like the other registries; behind the `stolenVehicles` port (worker/registries).
 */
export const registroVehiculosRobados = sqliteTable(
  'registro_vehiculos_robados',
  {
    /** The plate's canonical form (core/identificadores.ts `parsePatente`): `AB1234`, `BBBB12`. */
    patente: text('patente').notNull(),
    /** The day of the theft report, `YYYY-MM-DD`. */
    fecha: text('fecha').notNull(),
    comunaCut: text('comuna_cut')
      .notNull()
      .references(() => comunas.cut),
    /** The report's number at the prosecutor's or the police, if the source gives it. */
    denuncia: text('denuncia'),
    vigente: integer('vigente', { mode: 'boolean' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.patente, t.fecha] })],
)

/**
 * The address registry: each person's last known address as a source gave it (Registro Civil,
 * Servel, Fonasa…), and the day the source last updated it. Loaded from CSV like the other
 * registries; behind the `domicilios` port (worker/registries), which a deployment with access to
 * such a service implements with calls (decision 0067). The reencuentro team's look-ups read it.
 */
export const registroDomicilios = sqliteTable('registro_domicilios', {
  run: text('run').primaryKey(),
  direccion: text('direccion').notNull(),
  comunaCut: text('comuna_cut')
    .notNull()
    .references(() => comunas.cut),
  /** The organ the address comes from, as it names itself: `Registro Civil`, `Servel`, `Fonasa`. */
  fuente: text('fuente').notNull(),
  /** The day the source last updated it, `YYYY-MM-DD`. */
  actualizadoEl: text('actualizado_el').notNull(),
})
