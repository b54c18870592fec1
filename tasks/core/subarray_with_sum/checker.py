"""Checker of subarray_with_sum: any range [i, j] with nums[i] + ... + nums[j] == k is accepted."""


def check(input, expected, output):
    nums, k = input
    n = len(nums)
    if not isinstance(output, list):
        return False, f"the answer is not a list: {output!r:.100}"
    if not output:
        if expected:
            i, j = expected
            return False, f"no range was returned, but one sums to k = {k} (for example [{i}, {j}])"
        return True
    if len(output) != 2 or any(type(x) is not int for x in output):
        return False, f"the answer is not a pair of indices [i, j]: {output!r:.100}"
    i, j = output
    if not 0 <= i <= j < n:
        return False, f"[{i}, {j}] is not a range of indices with 0 <= i <= j < {n}"
    total = sum(nums[i:j + 1])
    if total != k:
        return False, f"nums[{i}..{j}] sums to {total}, not to k = {k}"
    return True
