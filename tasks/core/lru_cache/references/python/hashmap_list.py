class LRUCache:
    # OrderedDict is a hash map threaded by a doubly linked list: O(1) lookups, moves and evictions.
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.items = collections.OrderedDict()

    def get(self, key: int) -> int:
        items = self.items
        if key not in items:
            return -1
        items.move_to_end(key)
        return items[key]

    def put(self, key: int, value: int) -> None:
        items = self.items
        if key in items:
            items.move_to_end(key)
        elif len(items) >= self.capacity:
            items.popitem(last=False)
        items[key] = value
