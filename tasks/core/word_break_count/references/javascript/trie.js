/**
 * @param {string} s
 * @param {string[]} wordDict
 * @return {number}
 */
var wordBreakCount = function(s, wordDict) {
    const mod = 1000000007;
    // Trie in a flat typed array: next[node * 26 + letter], 0 meaning no child.
    let capacity = 1;
    for (const w of wordDict) capacity += w.length;
    const next = new Int32Array(capacity * 26);
    const ends = new Uint8Array(capacity);
    let nodes = 1;
    for (const w of wordDict) {
        let node = 0;
        for (let k = 0; k < w.length; k++) {
            const slot = node * 26 + w.charCodeAt(k) - 97;
            if (next[slot] === 0) next[slot] = nodes++;
            node = next[slot];
        }
        ends[node] = 1;
    }
    const n = s.length;
    const ways = new Int32Array(n + 1);
    ways[0] = 1;
    for (let i = 0; i < n; i++) {
        if (ways[i] === 0) continue;
        // Walk the trie along s from i: every word end reached is one more way to continue.
        for (let j = i, node = 0; j < n; j++) {
            node = next[node * 26 + s.charCodeAt(j) - 97];
            if (node === 0) break;
            if (ends[node]) ways[j + 1] = (ways[j + 1] + ways[i]) % mod;
        }
    }
    return ways[n];
};
