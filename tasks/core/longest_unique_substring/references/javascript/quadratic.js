/**
 * @param {string} s
 * @return {number}
 */
var lengthOfLongestSubstring = function(s) {
    // From every start, extend until a character repeats.
    let best = 0;
    for (let i = 0; i < s.length; i++) {
        const seen = new Array(128).fill(false);
        let j = i;
        while (j < s.length && !seen[s.charCodeAt(j)]) {
            seen[s.charCodeAt(j)] = true;
            j++;
        }
        best = Math.max(best, j - i);
    }
    return best;
};
