/**
 * @param {number[]} sticks
 * @return {number}
 */
var connectSticks = function(sticks) {
    // Joined sticks come out in non-decreasing order, so a FIFO keeps them sorted and the two shortest
    // sticks are always at the heads of the sorted input and of the joined queue.
    const original = Int32Array.from(sticks).sort();
    const joined = new Float64Array(sticks.length);
    let i = 0;
    let head = 0;
    let tail = 0;
    const shortest = () => {
        if (head === tail || (i < original.length && original[i] <= joined[head])) return original[i++];
        return joined[head++];
    };
    let total = 0;
    for (let k = 1; k < sticks.length; k++) {
        const length = shortest() + shortest();
        joined[tail++] = length;
        total += length;
    }
    return total;
};
