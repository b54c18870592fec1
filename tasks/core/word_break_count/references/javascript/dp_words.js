/**
 * @param {string} s
 * @param {string[]} wordDict
 * @return {number}
 */
var wordBreakCount = function(s, wordDict) {
    const mod = 1000000007;
    const n = s.length;
    const ways = new Array(n + 1).fill(0);  // ways[i]: segmentations of s[:i]
    ways[0] = 1;
    for (let i = 0; i < n; i++) {
        if (ways[i] === 0) continue;
        for (const w of wordDict) {
            if (s.startsWith(w, i)) {
                const end = i + w.length;
                ways[end] = (ways[end] + ways[i]) % mod;
            }
        }
    }
    return ways[n];
};
