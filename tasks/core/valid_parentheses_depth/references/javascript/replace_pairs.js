/**
 * @param {string} s
 * @return {number}
 */
var maxDepth = function(s) {
    let rest = s;
    for (;;) {
        const shorter = rest.split("()").join("").split("[]").join("").split("{}").join("");
        if (shorter.length === rest.length) break;
        rest = shorter;
    }
    if (rest.length !== 0) return -1;
    let depth = 0, level = 0;
    for (const ch of s) {
        level += (ch === "(" || ch === "[" || ch === "{") ? 1 : -1;
        if (level > depth) depth = level;
    }
    return depth;
};
