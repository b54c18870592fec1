/**
 * @param {number[]} height
 * @return {number}
 */
var trap = function(height) {
    // Scan both sides for the tallest wall, every time.
    const n = height.length;
    let total = 0;
    for (let i = 0; i < n; i++) {
        let left = 0, right = 0;
        for (let j = 0; j <= i; j++) if (height[j] > left) left = height[j];
        for (let j = i; j < n; j++) if (height[j] > right) right = height[j];
        total += Math.min(left, right) - height[i];
    }
    return total;
};
