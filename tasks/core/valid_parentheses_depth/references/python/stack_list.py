class Solution:
    def maxDepth(self, s: str) -> int:
        closer = {"(": ")", "[": "]", "{": "}"}
        stack = []
        depth = 0
        for ch in s:
            expected = closer.get(ch)
            if expected is not None:
                stack.append(expected)
                if len(stack) > depth:
                    depth = len(stack)
            elif not stack or stack.pop() != ch:
                return -1
        return depth if not stack else -1
