/**
 * @param {number[]} sticks
 * @return {number}
 */
var connectSticks = function(sticks) {
    // A binary min-heap in an array: join the two shortest sticks and put the result back.
    const heap = sticks.slice();
    const siftDown = (i) => {
        const n = heap.length;
        for (;;) {
            let child = 2 * i + 1;
            if (child >= n) return;
            if (child + 1 < n && heap[child + 1] < heap[child]) child++;
            if (heap[i] <= heap[child]) return;
            [heap[i], heap[child]] = [heap[child], heap[i]];
            i = child;
        }
    };
    const popMin = () => {
        const top = heap[0];
        const last = heap.pop();
        if (heap.length > 0) {
            heap[0] = last;
            siftDown(0);
        }
        return top;
    };
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i);
    let total = 0;
    while (heap.length > 1) {
        const joined = popMin() + heap[0];
        heap[0] = joined; // replace the second shortest in place instead of pop then push
        siftDown(0);
        total += joined;
    }
    return total;
};
