/**
 * @param {string} s
 * @param {string} t
 * @return {number}
 */
var minWindowLength = function (s, t) {
    const need = new Int32Array(128);
    for (let k = 0; k < t.length; k++) need[t.charCodeAt(k)]++;
    const n = s.length;
    let best = 0;
    for (let i = 0; i < n; i++) {
        const have = new Int32Array(128);
        let missing = t.length;
        for (let j = i; j < n; j++) {
            const ch = s.charCodeAt(j);
            if (++have[ch] <= need[ch] && --missing === 0) {
                if (best === 0 || j - i + 1 < best) best = j - i + 1;
                break;
            }
        }
    }
    return best;
};
