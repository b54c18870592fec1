class Solution {
    public int[][] merge(int[][] intervals) {
        List<int[]> merged = new ArrayList<>();
        for (int[] iv : intervals) {
            int s = iv[0], e = iv[1];
            List<int[]> kept = new ArrayList<>();
            for (int[] other : merged) {
                if (other[1] < s || other[0] > e) {
                    kept.add(other);
                } else {
                    s = Math.min(s, other[0]);
                    e = Math.max(e, other[1]);
                }
            }
            kept.add(new int[] {s, e});
            merged = kept;
        }
        merged.sort((a, b) -> Integer.compare(a[0], b[0]));
        return merged.toArray(new int[0][]);
    }
}
