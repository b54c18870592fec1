/**
 * @param {string} s
 * @return {number}
 */
var maxDepth = function(s) {
    const closer = { "(": ")", "[": "]", "{": "}" };
    const stack = [];
    let depth = 0;
    for (const ch of s) {
        const expected = closer[ch];
        if (expected !== undefined) {
            stack.push(expected);
            if (stack.length > depth) depth = stack.length;
        } else if (stack.length === 0 || stack.pop() !== ch) {
            return -1;
        }
    }
    return stack.length === 0 ? depth : -1;
};
