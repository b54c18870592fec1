/**
 * @param {number[][]} intervals
 * @return {number[][]}
 */
var merge = function(intervals) {
    let merged = [];
    for (let [s, e] of intervals) {
        const kept = [];
        for (const other of merged) {
            if (other[1] < s || other[0] > e) {
                kept.push(other);
            } else {
                s = Math.min(s, other[0]);
                e = Math.max(e, other[1]);
            }
        }
        kept.push([s, e]);
        merged = kept;
    }
    return merged.sort((a, b) => a[0] - b[0]);
};
