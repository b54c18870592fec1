class Solution:
    def maxDepth(self, s: str) -> int:
        stack = [""] * len(s)
        top = 0
        depth = 0
        for ch in s:
            if ch == "(" or ch == "[" or ch == "{":
                stack[top] = ch
                top += 1
                if top > depth:
                    depth = top
            else:
                if top == 0:
                    return -1
                top -= 1
                opener = stack[top]
                if (ch == ")" and opener != "(") or (ch == "]" and opener != "[") or (ch == "}" and opener != "{"):
                    return -1
        return depth if top == 0 else -1
