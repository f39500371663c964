const EARTH_RADIUS_KM = 6371.0088

/**
 * The great-circle distance between two points, in kilometres (haversine, mean Earth radius).
 *
 * @example
 * distanceKm({ lat: -33.4496, lon: -70.6535 }, { lat: -53.1544, lon: -70.9226 }) // ≈ 2191
 */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLon = (b.lon - a.lon) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}
