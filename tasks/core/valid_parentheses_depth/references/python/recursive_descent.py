class Solution:
    def maxDepth(self, s: str) -> int:
        closer = {"(": ")", "[": "]", "{": "}"}
        n = len(s)

        def group(i):
            """Parse a sequence of balanced groups from i; return (end index, depth) or None."""
            depth = 0
            while i < n and s[i] in closer:
                expected = closer[s[i]]
                inner = group(i + 1)
                if inner is None:
                    return None
                j, inner_depth = inner
                if j >= n or s[j] != expected:
                    return None
                depth = max(depth, inner_depth + 1)
                i = j + 1
            return i, depth

        parsed = group(0)
        if parsed is None or parsed[0] != n:
            return -1
        return parsed[1]
