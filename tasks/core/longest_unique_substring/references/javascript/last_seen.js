/**
 * @param {string} s
 * @return {number}
 */
var lengthOfLongestSubstring = function(s) {
    // last[c] is one past the last position of character c, so the window start jumps straight there.
    const last = new Int32Array(128);
    let best = 0;
    let start = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (last[c] > start) start = last[c];
        last[c] = i + 1;
        if (i + 1 - start > best) best = i + 1 - start;
    }
    return best;
};
