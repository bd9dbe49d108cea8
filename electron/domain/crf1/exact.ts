/**
 * Exact arithmetic for CRF-1's shares, means and standard deviations (§5, §7): every figure is
 * computed as a ratio of whole numbers and rounded once, half away from zero. Binary floats
 * cannot do this — 1.005 is stored as 1.00499999…, so `toFixed(2)` gives 1.00 where the
 * programme's tables say 1.01 — and a figure that differs in its last digit between the
 * centre's export and the central office's recomputation is a reconciliation query.
 */

/** A fraction num/den of whole numbers with den > 0 (not reduced: only compared and rounded). */
export interface Ratio {
  num: bigint;
  den: bigint;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/**
 * The exact value of a number as it is written in decimal (the shortest form JavaScript
 * prints): 1.005 is 1005/1000, not the binary value the float holds. Records hold values as
 * typed, so the decimal reading is the one the person meant.
 */
export function ratioOf(value: number): Ratio {
  if (!Number.isFinite(value)) throw new RangeError('Expected a finite number');
  if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) return { num: BigInt(value), den: 1n };
  const match = DECIMAL.exec(String(value));
  if (match === null) throw new RangeError('Expected a decimal number');
  const fraction = match[3] ?? '';
  const exponent = Number(match[4] ?? '0') - fraction.length;
  const digits = BigInt(match[2] + fraction) * (match[1] === '-' ? -1n : 1n);
  return exponent >= 0
    ? { num: digits * 10n ** BigInt(exponent), den: 1n }
    : { num: digits, den: 10n ** BigInt(-exponent) };
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/** Rounds num/den to `decimals` places, half away from zero, as the scaled whole number. */
function roundScaled(r: Ratio, decimals: number): bigint {
  const scaled = abs(r.num) * 10n ** BigInt(decimals);
  const rounded = (2n * scaled + r.den) / (2n * r.den);
  return r.num < 0n ? -rounded : rounded;
}

/** A scaled whole number as the shortest JSON number: 5000 at 4 places is 0.5, not 0.5000. */
function toShortestNumber(scaled: bigint, decimals: number): number {
  const negative = scaled < 0n;
  const digits = abs(scaled)
    .toString()
    .padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/, '');
  // Number() of a decimal string is the double nearest to it, which prints back as that string.
  return Number(`${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`);
}

/** num/den rounded half away from zero to `decimals` places; null when den is 0 (an empty denominator). */
export function roundRatio(num: bigint | number, den: bigint | number, decimals: number): number | null {
  const d = BigInt(den);
  if (d === 0n) return null;
  const n = BigInt(num);
  const ratio = d < 0n ? { num: -n, den: -d } : { num: n, den: d };
  return toShortestNumber(roundScaled(ratio, decimals), decimals);
}

/** A CRF-1 share or rate: 4 decimals, null for an empty denominator. */
export function share(count: number, of: number): number | null {
  return roundRatio(count, of, 4);
}

/** Sums of values and squares kept as one fraction over a common denominator. */
class Accumulator {
  n = 0;
  // Σx and Σx² over the common denominator `den` (Σx as sum/den, Σx² as squares/den²).
  private sum = 0n;
  private squares = 0n;
  private den = 1n;

  add(value: Ratio): void {
    if (this.den % value.den !== 0n) {
      // Widen the common denominator; values in records are whole numbers or short decimals,
      // so this happens at most a few times.
      const factor = value.den / gcd(this.den, value.den);
      this.sum *= factor;
      this.squares *= factor * factor;
      this.den *= factor;
    }
    const x = value.num * (this.den / value.den);
    this.n += 1;
    this.sum += x;
    this.squares += x * x;
  }

  mean(): Ratio | null {
    return this.n === 0 ? null : { num: this.sum, den: this.den * BigInt(this.n) };
  }

  /** Population variance (divide by n) as (nΣx² − (Σx)²) / (n² den²). */
  variance(): Ratio | null {
    if (this.n === 0) return null;
    const n = BigInt(this.n);
    return { num: n * this.squares - this.sum * this.sum, den: n * n * this.den * this.den };
  }
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** floor(√n) for n ≥ 0, exactly (Newton's method on whole numbers). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('Square root of a negative number');
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n)))) + 1n;
  for (;;) {
    const y = (x + n / x) / 2n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

/**
 * √(num/den) rounded half away from zero to `decimals` places, exactly: with s = √(num/den) ×
 * 10^d, the rounded value is the largest m with m − ½ ≤ s, i.e. 2m − 1 ≤ ⌊2s⌋ = ⌊√(4·10^2d·num/den)⌋.
 */
function roundSqrt(r: Ratio, decimals: number): number {
  const k = isqrt((4n * 10n ** BigInt(2 * decimals) * r.num) / r.den);
  return toShortestNumber((k + 1n) / 2n, decimals);
}

/** Mean and population SD of a set of values, 2 decimals; both null for an empty set (§7). */
export class MeanSd {
  private readonly acc = new Accumulator();

  add(value: number | Ratio): void {
    this.acc.add(typeof value === 'number' ? ratioOf(value) : value);
  }

  get n(): number {
    return this.acc.n;
  }

  mean(): number | null {
    const m = this.acc.mean();
    return m === null ? null : roundRatio(m.num, m.den, 2);
  }

  sd(): number | null {
    const v = this.acc.variance();
    return v === null ? null : roundSqrt(v, 2);
  }
}
