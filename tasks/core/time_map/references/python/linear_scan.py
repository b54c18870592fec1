class TimeMap:
    # Per key, (timestamp, value) pairs in set order: get scans back from the newest.
    def __init__(self):
        self.history = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        entries = self.history.get(key, [])
        for i in range(len(entries) - 1, -1, -1):
            if entries[i][0] <= timestamp:
                return entries[i][1]
        return ""
