/**
 * best[i]: longest increasing subsequence ending at i, from every earlier position. O(n^2).
 * @param {number[]} nums
 * @return {number}
 */
var lengthOfLIS = function (nums) {
    const n = nums.length;
    const best = new Int32Array(n);
    let answer = 0;
    for (let i = 0; i < n; i++) {
        best[i] = 1;
        for (let j = 0; j < i; j++) {
            if (nums[j] < nums[i] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
        }
        if (best[i] > answer) answer = best[i];
    }
    return answer;
};
