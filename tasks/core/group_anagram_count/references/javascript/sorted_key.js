/**
 * @param {string[]} strs
 * @return {number}
 */
var groupAnagramCount = function (strs) {
    const keys = new Set();
    for (const word of strs) keys.add(word.split("").sort().join(""));
    return keys.size;
};
