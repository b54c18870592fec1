// Keys in recency order in an array (least recent first): every operation searches and shifts it.
class LRUCache {
    constructor(capacity) {
        this.capacity = capacity;
        this.keys = [];
        this.values = new Map();
    }

    get(key) {
        if (!this.values.has(key)) return -1;
        this.keys.splice(this.keys.indexOf(key), 1);
        this.keys.push(key);
        return this.values.get(key);
    }

    put(key, value) {
        if (this.values.has(key)) this.keys.splice(this.keys.indexOf(key), 1);
        else if (this.keys.length >= this.capacity) this.values.delete(this.keys.shift());
        this.keys.push(key);
        this.values.set(key, value);
    }
}
