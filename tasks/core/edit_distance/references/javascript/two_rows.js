/**
 * @param {string} word1
 * @param {string} word2
 * @return {number}
 */
var minDistance = function(word1, word2) {
    if (word1.length < word2.length) [word1, word2] = [word2, word1];
    const n = word2.length;
    let previous = new Int32Array(n + 1), current = new Int32Array(n + 1);
    for (let j = 0; j <= n; j++) previous[j] = j;
    for (let i = 1; i <= word1.length; i++) {
        current[0] = i;
        const a = word1.charCodeAt(i - 1);
        for (let j = 1; j <= n; j++) {
            current[j] = a === word2.charCodeAt(j - 1)
                ? previous[j - 1]
                : 1 + Math.min(previous[j - 1], previous[j], current[j - 1]);
        }
        [previous, current] = [current, previous];
    }
    return previous[n];
};
