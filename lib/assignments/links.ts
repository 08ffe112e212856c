/** Where students join an assignment: the link, and the same link as a QR code. Server-only. */
import 'server-only'
import QRCode from 'qrcode'
import { getEnv } from '@/lib/env'

export function joinUrl(joinCode: string): string {
  const base = getEnv().PUBLIC_BASE_URL.replace(/\/$/, '')
  return `${base}/join?code=${encodeURIComponent(joinCode)}`
}

/** The QR code of `text` as an SVG data URL, for an <img> (never injected as markup). */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`
}
