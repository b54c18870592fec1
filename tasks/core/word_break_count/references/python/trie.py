class Solution:
    def wordBreakCount(self, s: str, wordDict: List[str]) -> int:
        mod = 1_000_000_007
        # Trie as a list of dicts; ends[node] marks the end of a word.
        children = [{}]
        ends = [False]
        for word in wordDict:
            node = 0
            for ch in word:
                nxt = children[node].get(ch)
                if nxt is None:
                    nxt = len(children)
                    children[node][ch] = nxt
                    children.append({})
                    ends.append(False)
                node = nxt
            ends[node] = True
        n = len(s)
        ways = [1] + [0] * n
        for i in range(n):
            w = ways[i]
            if not w:
                continue
            # Walk the trie along s from i: every word end reached is one more way to continue.
            node = 0
            for j in range(i, n):
                node = children[node].get(s[j])
                if node is None:
                    break
                if ends[node]:
                    ways[j + 1] = (ways[j + 1] + w) % mod
        return ways[n]
