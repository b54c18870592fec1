// The textbook 2-D table: table[i][c] = best value using the first i items within capacity c,
// rows as plain arrays. O(n * W) time and O(n * W) memory.
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0] || 0;
const capacity = data[1] || 0;
const table = [new Array(capacity + 1).fill(0)];
for (let i = 1; i <= n; i++) {
  const w = data[2 * i];
  const v = data[2 * i + 1];
  const previous = table[i - 1];
  const row = new Array(capacity + 1);
  for (let c = 0; c <= capacity; c++) {
    let keep = previous[c];
    if (c >= w && previous[c - w] + v > keep) keep = previous[c - w] + v;
    row[c] = keep;
  }
  table.push(row);
}
console.log(String(table[n][capacity]));
