/**
 * @param {string} s
 * @return {number}
 */
var longestPalindromicSubstring = function(s) {
    const n = s.length;
    let best = 0;
    for (let i = 0; i < n; i++) {
        for (let j = i + best; j < n; j++) {
            // s[i..j] is longer than the best so far: check it from both ends.
            let lo = i, hi = j;
            while (lo < hi && s.charCodeAt(lo) === s.charCodeAt(hi)) {
                lo++;
                hi--;
            }
            if (lo >= hi) best = j - i + 1;
        }
    }
    return best;
};
