/**
 * @param {number[]} nums
 * @return {number[]}
 */
var productExceptSelf = function (nums) {
    const n = nums.length;
    const answer = new Array(n);
    let running = 1;
    for (let i = 0; i < n; i++) {
        answer[i] = running; // product of everything left of i
        running *= nums[i];
    }
    running = 1;
    for (let i = n - 1; i >= 0; i--) {
        answer[i] *= running; // times the product of everything right of i
        running *= nums[i];
    }
    return answer;
};
