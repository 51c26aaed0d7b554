// Inputs that have made text tools hang (catastrophic backtracking, deep nesting, quadratic scans).
// Shared by the robustness tests, which check that toets handles each one correctly at a fifth of
// the size (an exponential blow-up shows at any size; a test must not block its worker for long on a
// loaded machine), and by `npm run bench`, which times each one at full size: speed is measured
// there, never in a unit test.

/**
 * @param {number} scale fraction of the full size (1 = full)
 * @returns {[string, string][]} name and text
 */
export function adversarialInputs(scale = 1) {
  const n = (count) => Math.max(1, Math.round(count * scale));
  return [
    [`a×${n(100_000)} + !`, 'a'.repeat(n(100_000)) + '!'],
    [`[×${n(20_000)}`, '['.repeat(n(20_000))],
    [`( + aa×${n(20_000)}`, '(' + 'aa'.repeat(n(20_000))],
    [`lijkt ×${n(20_000)}`, 'lijkt '.repeat(n(20_000))],
    [`1-×${n(30_000)}`, '1-'.repeat(n(30_000))],
    [`0×${n(50_000)}`, '0'.repeat(n(50_000))],
    [`@×${n(50_000)}`, '@'.repeat(n(50_000))],
    ['e-mail-like', 'a.'.repeat(n(20_000)) + '@' + 'b.'.repeat(n(20_000))],
    ['phone-like digit groups', '06 12 34 '.repeat(n(10_000))],
    [`[@ ×${n(20_000)}`, '[@'.repeat(n(20_000))],
    [`[^ ×${n(20_000)}`, '[^'.repeat(n(20_000))],
    [`*_ ×${n(20_000)}`, '*_'.repeat(n(20_000))],
    [`\` ×${n(20_000)}`, '`'.repeat(n(20_000))],
    [`<!-- ×${n(10_000)}`, '<!-- '.repeat(n(10_000))],
    ['> nesting', '>'.repeat(n(10_000)) + ' x'],
    ['list nesting', Array.from({ length: n(2_000) }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n')],
    ['many short lines', 'Vader is boos.\n'.repeat(n(20_000))],
    ['CR only', 'a\r'.repeat(n(30_000))],
    ['toen Sem ... was', 'toen Sem '.repeat(n(10_000)) + 'twee was'],
    ['quotes', '"'.repeat(n(30_000))],
    [`a ${n(80_000)}-letter word as a predicate`, 'Moeder is ' + 'heid'.repeat(n(20_000)) + '.'],
  ];
}
