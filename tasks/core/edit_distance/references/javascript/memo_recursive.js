/**
 * @param {string} word1
 * @param {string} word2
 * @return {number}
 */
var minDistance = function(word1, word2) {
    const m = word1.length, n = word2.length;
    const memo = new Map();
    const distance = (i, j) => {
        if (i === m) return n - j;
        if (j === n) return m - i;
        const key = i * (n + 1) + j;
        if (memo.has(key)) return memo.get(key);
        const result = word1[i] === word2[j]
            ? distance(i + 1, j + 1)
            : 1 + Math.min(distance(i + 1, j + 1), distance(i + 1, j), distance(i, j + 1));
        memo.set(key, result);
        return result;
    };
    return distance(0, 0);
};
