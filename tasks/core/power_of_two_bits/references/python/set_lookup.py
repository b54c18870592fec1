POWERS = frozenset(1 << e for e in range(63))


class Solution:
    def countPowersOfTwo(self, nums: List[int]) -> int:
        # Membership runs in C for every value; True counts as 1 in the sum.
        return sum(map(POWERS.__contains__, nums))
