class Solution {
    public long connectSticks(int[] sticks) {
        PriorityQueue<Long> heap = new PriorityQueue<>(sticks.length);
        for (int s : sticks) {
            heap.offer((long) s);
        }
        long total = 0;
        while (heap.size() > 1) {
            long joined = heap.poll() + heap.poll();
            total += joined;
            heap.offer(joined);
        }
        return total;
    }
}
