// Paper sizes: A4, and F4 (folio, 21 × 33 cm), common in Indonesian government offices.
export const PAPERS = ['a4', 'f4'] as const;
export type Paper = (typeof PAPERS)[number];

const MM = 72 / 25.4;

export const PAPER: Record<Paper, { widthMm: number; heightMm: number; width: number; height: number }> = {
  a4: { widthMm: 210, heightMm: 297, width: 210 * MM, height: 297 * MM },
  f4: { widthMm: 210, heightMm: 330, width: 210 * MM, height: 330 * MM },
};

/** Millimetres to PDF points. */
export function mm(value: number): number {
  return value * MM;
}
