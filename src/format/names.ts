// Kept apart from the formatters so that --help can list them without loading any.
export const FORMAT_NAMES = ['stylish', 'json', 'github', 'junit', 'sarif'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
