/**
 * @param {number[]} heights
 * @return {number}
 */
var largestRectangleArea = function(heights) {
    // The stack holds indices of bars with increasing heights; a lower bar closes every taller bar on it.
    const stack = [];
    const n = heights.length;
    let best = 0;
    for (let i = 0; i <= n; i++) {
        const h = i < n ? heights[i] : 0; // the trailing zero flushes the stack
        while (stack.length > 0 && heights[stack[stack.length - 1]] >= h) {
            const height = heights[stack.pop()];
            const left = stack.length > 0 ? stack[stack.length - 1] : -1;
            best = Math.max(best, height * (i - left - 1));
        }
        stack.push(i);
    }
    return best;
};
