/**
 * Template expansion for the corpus generator, with a seeded PRNG so the corpus is reproducible.
 * Syntax: `{slot}` picks a value of SLOTS[slot] (values may use the syntax too), `(a|b|c)` picks one
 * alternative, `[x]` keeps x half of the time. Groups nest.
 */
export type Random = () => number;

/** mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(items: readonly T[], random: Random): T {
  if (!items.length) throw new Error('pick from an empty list');
  return items[Math.floor(random() * items.length)]!;
}

const SLOT = /\{(\w+)\}/;
const CHOICE = /\(([^()[\]]*)\)/;
const OPTIONAL = /\[([^()[\]]*)\]/;

/** Expands one random sentence from `template`. */
export function expand(template: string, slots: Record<string, string[]>, random: Random): string {
  let text = template;
  for (let guard = 0; guard < 1000; guard++) {
    const slot = SLOT.exec(text);
    if (slot) {
      const values = slots[slot[1]!];
      if (!values) throw new Error(`unknown slot {${slot[1]}} in "${template}"`);
      text = text.slice(0, slot.index) + pick(values, random) + text.slice(slot.index + slot[0].length);
      continue;
    }
    const choice = CHOICE.exec(text);
    if (choice) {
      text = text.slice(0, choice.index) + pick(choice[1]!.split('|'), random) + text.slice(choice.index + choice[0].length);
      continue;
    }
    const optional = OPTIONAL.exec(text);
    if (optional) {
      text = text.slice(0, optional.index) + (random() < 0.5 ? optional[1]! : '') + text.slice(optional.index + optional[0].length);
      continue;
    }
    return text.replace(/\s+/g, ' ').trim();
  }
  throw new Error(`template does not terminate: "${template}"`);
}
