// The numbers in arrival order; every query sorts a copy.
class MedianFinder {
    private int[] nums = new int[16];
    private int size;

    public MedianFinder() {}

    public void addNum(int num) {
        if (size == nums.length) nums = Arrays.copyOf(nums, 2 * size);
        nums[size++] = num;
    }

    public double findMedian() {
        int[] ordered = Arrays.copyOf(nums, size);
        Arrays.sort(ordered);
        if (size % 2 == 1) return ordered[size / 2];
        return (ordered[size / 2 - 1] + (double) ordered[size / 2]) / 2.0;
    }
}
