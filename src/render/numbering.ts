// Printed numbering of an Indonesian regulation (Lampiran II UU 12/2011): BAB I, A., 1., a., 1), a).
// Numbers are computed from order, never stored.

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 1 → I, 4 → IV, 14 → XIV. */
export function roman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`roman numeral out of range: ${n}`);
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** 1 → a, 26 → z, 27 → aa, 28 → ab (as spreadsheets count columns). */
export function letter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`letter index out of range: ${n}`);
  let rest = n;
  let out = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    out = String.fromCharCode(97 + digit) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}

/** The numbering levels below a chapter, each from a 1-based position. */
export const number = {
  /** A., B., C. */
  upper: (n: number): string => `${letter(n).toUpperCase()}.`,
  /** 1., 2., 3. */
  arabic: (n: number): string => `${n}.`,
  /** a., b., c. */
  lower: (n: number): string => `${letter(n)}.`,
  /** 1), 2), 3) */
  arabicParen: (n: number): string => `${n})`,
  /** a), b), c) */
  lowerParen: (n: number): string => `${letter(n)})`,
};
