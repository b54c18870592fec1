// Per key, timestamps and values in set order (increasing): get is a binary search.
var TimeMap = function() {
    this.times = new Map();
    this.values = new Map();
};

TimeMap.prototype.set = function(key, value, timestamp) {
    if (!this.times.has(key)) {
        this.times.set(key, []);
        this.values.set(key, []);
    }
    this.times.get(key).push(timestamp);
    this.values.get(key).push(value);
};

TimeMap.prototype.get = function(key, timestamp) {
    const times = this.times.get(key);
    if (times === undefined) return "";
    let lo = 0, hi = times.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (times[mid] <= timestamp) lo = mid + 1;
        else hi = mid;
    }
    return lo ? this.values.get(key)[lo - 1] : "";
};
