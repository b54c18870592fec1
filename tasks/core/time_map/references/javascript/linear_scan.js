// Per key, [timestamp, value] pairs in set order: get scans back from the newest.
var TimeMap = function() {
    this.history = new Map();
};

TimeMap.prototype.set = function(key, value, timestamp) {
    if (!this.history.has(key)) this.history.set(key, []);
    this.history.get(key).push([timestamp, value]);
};

TimeMap.prototype.get = function(key, timestamp) {
    const entries = this.history.get(key) || [];
    for (let i = entries.length - 1; i >= 0; i--) {
        if (entries[i][0] <= timestamp) return entries[i][1];
    }
    return "";
};
