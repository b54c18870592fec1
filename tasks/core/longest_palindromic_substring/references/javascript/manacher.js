/**
 * @param {string} s
 * @return {number}
 */
var longestPalindromicSubstring = function(s) {
    const n = s.length;
    if (n === 0) return 0;
    // Separators make every palindrome odd-length; codes -1 and -2 are sentinels that stop expansion.
    const m = 2 * n + 3;
    const t = new Int32Array(m);
    t[0] = -1;
    t[m - 1] = -2;
    for (let i = 0; i < n; i++) t[2 * i + 2] = s.charCodeAt(i);
    const radius = new Int32Array(m);
    let center = 0, right = 0, best = 0;
    for (let i = 1; i < m - 1; i++) {
        if (i < right) radius[i] = Math.min(right - i, radius[2 * center - i]);
        while (t[i + radius[i] + 1] === t[i - radius[i] - 1]) radius[i]++;
        if (i + radius[i] > right) {
            center = i;
            right = i + radius[i];
        }
        if (radius[i] > best) best = radius[i];
    }
    return best;
};
