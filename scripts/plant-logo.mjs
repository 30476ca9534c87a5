/**
 * Draws a small plant logo for a new author: a stem with leaves whose number, angle
 * and colour come from a hash of the author's id, so every author starts with a
 * distinct, reproducible logo (which they are free to replace).
 */

/** FNV-1a, 32 bit: a stable hash of a string. */
function hash(text) {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0), 0x01000193) >>> 0;
  return h;
}

const escapeXml = (s) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {string} id the author id
 * @param {string} label the accessible name, e.g. "Fern"
 * @returns {string} an SVG document
 */
export function plantLogo(id, label) {
  const h = hash(id);
  const hue = 80 + (h % 80); // greens to teals
  const pairs = 2 + ((h >>> 8) % 3);
  const spread = 30 + ((h >>> 12) % 30);
  const leaf = `hsl(${hue}, 55%, 42%)`;
  const stem = `hsl(${hue}, 40%, 30%)`;
  const leaves = [];
  for (let i = 0; i < pairs; i++) {
    const y = 50 - i * (36 / pairs);
    const size = 16 - i * 2;
    const r = (n) => Math.round(n * 10) / 10;
    for (const side of [-1, 1]) {
      const angle = side * spread;
      leaves.push(
        `<path d="M32 ${r(y)} q${r(side * size * 0.6)} ${r(-size * 0.6)} ${side * size} 0 q${r(-side * size * 0.4)} ${r(size * 0.5)} ${-side * size} 0 Z" transform="rotate(${angle} 32 ${r(y)})" fill="${leaf}"/>`,
      );
    }
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="${escapeXml(label)}">`,
    `<title>${escapeXml(label)}</title>`,
    `<path d="M32 60 C31 44 33 28 32 8" stroke="${stem}" stroke-width="3" stroke-linecap="round" fill="none"/>`,
    ...leaves,
    `<circle cx="32" cy="8" r="3" fill="${leaf}"/>`,
    '</svg>',
    '',
  ].join('\n');
}
