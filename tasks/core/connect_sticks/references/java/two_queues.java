class Solution {
    public long connectSticks(int[] sticks) {
        // Joined sticks come out in non-decreasing order, so a FIFO keeps them sorted and the two shortest
        // sticks are always at the heads of the sorted input and of the joined queue.
        int[] original = sticks.clone();
        Arrays.sort(original);
        long[] joined = new long[sticks.length];
        int i = 0, head = 0, tail = 0;
        long total = 0;
        for (int k = 1; k < sticks.length; k++) {
            long length = 0;
            for (int take = 0; take < 2; take++) {
                if (head == tail || (i < original.length && original[i] <= joined[head])) {
                    length += original[i++];
                } else {
                    length += joined[head++];
                }
            }
            joined[tail++] = length;
            total += length;
        }
        return total;
    }
}
