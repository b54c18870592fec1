class Solution {
    public long connectSticks(int[] sticks) {
        // Each join scans the remaining sticks for the two shortest.
        List<Long> pile = new ArrayList<>();
        for (int s : sticks) {
            pile.add((long) s);
        }
        long total = 0;
        while (pile.size() > 1) {
            long a = pile.remove(indexOfMin(pile));
            long b = pile.remove(indexOfMin(pile));
            total += a + b;
            pile.add(a + b);
        }
        return total;
    }

    private static int indexOfMin(List<Long> pile) {
        int best = 0;
        for (int k = 1; k < pile.size(); k++) {
            if (pile.get(k) < pile.get(best)) {
                best = k;
            }
        }
        return best;
    }
}
