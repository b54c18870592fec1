/**
 * @param {number[]} heights
 * @return {number}
 */
var largestRectangleArea = function(heights) {
    // Every start, extended to the right with a running minimum.
    const n = heights.length;
    let best = 0;
    for (let i = 0; i < n; i++) {
        let low = heights[i];
        for (let j = i; j < n; j++) {
            if (heights[j] < low) low = heights[j];
            const area = low * (j - i + 1);
            if (area > best) best = area;
        }
    }
    return best;
};
