class TimeMap:
    # Per key, (timestamp, value) pairs in set order; get walks them newest first with a generator:
    # O(n) per get, like a linear scan, with the comparison in a generator expression.
    def __init__(self):
        self.history = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        entries = self.history.get(key, ())
        return next((value for time, value in reversed(entries) if time <= timestamp), "")
