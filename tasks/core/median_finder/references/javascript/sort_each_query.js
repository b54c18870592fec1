// The numbers in arrival order; every query sorts a copy.
var MedianFinder = function() {
    this.nums = [];
};

MedianFinder.prototype.addNum = function(num) {
    this.nums.push(num);
};

MedianFinder.prototype.findMedian = function() {
    const ordered = Int32Array.from(this.nums).sort();
    const n = ordered.length;
    if (n % 2) return ordered[n >> 1];
    return (ordered[n / 2 - 1] + ordered[n / 2]) / 2;
};
