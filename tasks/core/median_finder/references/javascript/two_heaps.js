// A max-heap of the smaller half and a min-heap of the larger half (binary heaps in arrays).
class Heap {
    constructor(before) {
        this.items = [];
        this.before = before;
    }
    get size() { return this.items.length; }
    top() { return this.items[0]; }
    push(x) {
        const a = this.items;
        a.push(x);
        let i = a.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (!this.before(a[i], a[p])) break;
            [a[i], a[p]] = [a[p], a[i]];
            i = p;
        }
    }
    pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length > 0) {
            a[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1, r = l + 1;
                let m = i;
                if (l < a.length && this.before(a[l], a[m])) m = l;
                if (r < a.length && this.before(a[r], a[m])) m = r;
                if (m === i) break;
                [a[i], a[m]] = [a[m], a[i]];
                i = m;
            }
        }
        return top;
    }
}

var MedianFinder = function() {
    this.low = new Heap((a, b) => a > b);
    this.high = new Heap((a, b) => a < b);
};

MedianFinder.prototype.addNum = function(num) {
    this.low.push(num);
    this.high.push(this.low.pop());
    if (this.high.size > this.low.size) this.low.push(this.high.pop());
};

MedianFinder.prototype.findMedian = function() {
    if (this.low.size > this.high.size) return this.low.top();
    return (this.low.top() + this.high.top()) / 2;
};
