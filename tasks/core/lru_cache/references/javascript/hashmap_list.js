// A Map from key to its node in a doubly linked list kept in recency order (most recent after the
// sentinel's next): O(1) per operation.
var LRUCache = function(capacity) {
    this.capacity = capacity;
    this.nodes = new Map();
    this.head = { key: 0, value: 0, prev: null, next: null };
    this.head.prev = this.head;
    this.head.next = this.head;
};

LRUCache.prototype.unlink = function(node) {
    node.prev.next = node.next;
    node.next.prev = node.prev;
};

LRUCache.prototype.pushFront = function(node) {
    const head = this.head;
    node.prev = head;
    node.next = head.next;
    head.next.prev = node;
    head.next = node;
};

LRUCache.prototype.get = function(key) {
    const node = this.nodes.get(key);
    if (node === undefined) return -1;
    this.unlink(node);
    this.pushFront(node);
    return node.value;
};

LRUCache.prototype.put = function(key, value) {
    let node = this.nodes.get(key);
    if (node !== undefined) {
        node.value = value;
        this.unlink(node);
    } else {
        if (this.nodes.size >= this.capacity) {
            const last = this.head.prev;
            this.unlink(last);
            this.nodes.delete(last.key);
        }
        node = { key: key, value: value, prev: null, next: null };
        this.nodes.set(key, node);
    }
    this.pushFront(node);
};
