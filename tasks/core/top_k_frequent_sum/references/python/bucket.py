class Solution:
    def topKFrequentSum(self, nums: List[int], k: int) -> int:
        counts = {}
        for v in nums:
            counts[v] = counts.get(v, 0) + 1
        buckets = [[] for _ in range(len(nums) + 1)]  # buckets[c]: values occurring c times
        for v, c in counts.items():
            buckets[c].append(v)
        total = 0
        for c in range(len(nums), 0, -1):
            bucket = buckets[c]
            if not bucket:
                continue
            if len(bucket) <= k:
                total += sum(bucket)
                k -= len(bucket)
            else:
                # Only the tie rule decides inside a bucket: take its k largest values.
                bucket.sort(reverse=True)
                total += sum(bucket[:k])
                k = 0
            if k == 0:
                break
        return total
