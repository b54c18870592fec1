/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var topKFrequentSum = function(nums, k) {
    const counts = new Map();
    for (const v of nums) counts.set(v, (counts.get(v) || 0) + 1);
    const values = [...counts.keys()];
    const freq = [...counts.values()];
    let total = 0;
    for (let round = 0; round < k; round++) {
        // One pass over the values left to pick the most frequent (the larger one on a tie).
        let best = 0;
        for (let i = 1; i < values.length; i++) {
            if (freq[i] > freq[best] || (freq[i] === freq[best] && values[i] > values[best])) best = i;
        }
        total += values[best];
        values[best] = values[values.length - 1];
        freq[best] = freq[freq.length - 1];
        values.pop();
        freq.pop();
    }
    return total;
};
