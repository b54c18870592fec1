// The numbers kept sorted by insertion into a vector: O(n) per addNum for the shift, O(1) per findMedian.
class MedianFinder {
    vector<int> numbers;

public:
    MedianFinder() {}

    void addNum(int num) { numbers.insert(upper_bound(numbers.begin(), numbers.end(), num), num); }

    double findMedian() {
        size_t n = numbers.size();
        if (n % 2) return numbers[n / 2];
        return (numbers[n / 2 - 1] + (double)numbers[n / 2]) / 2.0;
    }
};
