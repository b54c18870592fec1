class Solution:
    def maxDepth(self, s: str) -> int:
        rest = s
        while True:
            shorter = rest.replace("()", "").replace("[]", "").replace("{}", "")
            if len(shorter) == len(rest):
                break
            rest = shorter
        if rest:
            return -1
        # balanced: the depth is the highest count of opening minus closing brackets on any prefix
        depth = level = 0
        for ch in s:
            if ch in "([{":
                level += 1
                if level > depth:
                    depth = level
            else:
                level -= 1
        return depth
