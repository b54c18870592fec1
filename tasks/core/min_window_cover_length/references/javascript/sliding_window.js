/**
 * @param {string} s
 * @param {string} t
 * @return {number}
 */
var minWindowLength = function (s, t) {
    const balance = new Int32Array(128); // needed minus held, per letter code
    for (let k = 0; k < t.length; k++) balance[t.charCodeAt(k)]++;
    let missing = t.length, best = 0, left = 0;
    for (let right = 0; right < s.length; right++) {
        if (balance[s.charCodeAt(right)]-- > 0) missing--;
        while (missing === 0) {
            if (best === 0 || right - left + 1 < best) best = right - left + 1;
            if (++balance[s.charCodeAt(left++)] > 0) missing++;
        }
    }
    return best;
};
