// The shells `pedoman completion` writes scripts for (apart from the generator, which loads only when used).
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];
