class Solution {
    public int[] subarrayWithSum(int[] nums, int k) {
        Map<Long, Integer> first = new HashMap<>(4 * nums.length + 4); // prefix sum -> last index of the first prefix reaching it
        first.put(0L, -1); // the empty prefix
        long prefix = 0; // 64-bit, so prefix - k cannot overflow
        for (int j = 0; j < nums.length; j++) {
            prefix += nums[j];
            Integer i = first.get(prefix - k);
            if (i != null) return new int[] {i + 1, j};
            first.putIfAbsent(prefix, j);
        }
        return new int[0];
    }
}
