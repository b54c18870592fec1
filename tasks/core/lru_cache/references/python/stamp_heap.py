class LRUCache:
    # Each use stamps its key; a min-heap of (stamp, key) finds the least recent key, skipping stale
    # entries lazily: O(log n) amortised per operation.
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values = {}
        self.stamps = {}
        self.heap = []
        self.clock = 0

    def _touch(self, key: int) -> None:
        self.clock += 1
        self.stamps[key] = self.clock
        heapq.heappush(self.heap, (self.clock, key))

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key not in self.values and len(self.values) >= self.capacity:
            while True:
                stamp, old = heapq.heappop(self.heap)
                if self.stamps.get(old) == stamp:
                    del self.values[old]
                    del self.stamps[old]
                    break
        self.values[key] = value
        self._touch(key)
        if len(self.heap) > 4 * self.capacity + 16:  # drop the stale entries before they pile up
            self.heap = [(s, k) for k, s in self.stamps.items()]
            heapq.heapify(self.heap)
