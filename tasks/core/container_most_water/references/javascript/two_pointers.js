/**
 * @param {number[]} height
 * @return {number}
 */
var maxArea = function (height) {
    let left = 0, right = height.length - 1, best = 0;
    while (left < right) {
        let area;
        if (height[left] < height[right]) {
            area = height[left] * (right - left);
            left++;
        } else {
            area = height[right] * (right - left);
            right--;
        }
        if (area > best) best = area;
    }
    return best;
};
