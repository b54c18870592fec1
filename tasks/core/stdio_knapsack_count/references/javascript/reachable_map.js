// DP over reachable total weights kept sparse in a Map (weight -> best value reaching it), copied
// for every item: O(n * R) Map operations for R <= W + 1 reachable weights, a far larger constant
// than indexing a typed array.
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0] || 0;
const capacity = data[1] || 0;
let reachable = new Map([[0, 0]]);
for (let i = 0; i < n; i++) {
  const w = data[2 + 2 * i];
  const v = data[3 + 2 * i];
  // Extend only the weights reachable before this item, so it is taken at most once.
  const next = new Map(reachable);
  for (const [weight, value] of reachable) {
    const heavier = weight + w;
    if (heavier > capacity) continue;
    const known = next.get(heavier);
    if (known === undefined || known < value + v) next.set(heavier, value + v);
  }
  reachable = next;
}
let best = 0;
for (const value of reachable.values()) if (value > best) best = value;
console.log(String(best));
