// The numbers in arrival order; every query sorts a copy.
class MedianFinder {
    vector<int> nums;

public:
    MedianFinder() {}

    void addNum(int num) { nums.push_back(num); }

    double findMedian() {
        vector<int> ordered(nums);
        sort(ordered.begin(), ordered.end());
        size_t n = ordered.size();
        if (n % 2) return ordered[n / 2];
        return (ordered[n / 2 - 1] + (double)ordered[n / 2]) / 2.0;
    }
};
