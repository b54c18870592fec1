class Solution {
    public int singleNumber(int[] nums) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int x : nums) counts.merge(x, 1, Integer::sum);
        for (Map.Entry<Integer, Integer> e : counts.entrySet())
            if (e.getValue() == 1) return e.getKey();
        return 0;
    }
}
