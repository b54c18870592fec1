class Solution {
public:
    long long connectSticks(vector<int>& sticks) {
        vector<long long> original(sticks.begin(), sticks.end());
        sort(original.begin(), original.end());
        vector<long long> joined;
        joined.reserve(original.size());
        size_t i = 0, j = 0;
        auto shortest = [&]() {
            if (j == joined.size() || (i < original.size() && original[i] <= joined[j])) return original[i++];
            return joined[j++];
        };
        long long total = 0;
        for (size_t k = 1; k < original.size(); ++k) {
            long long length = shortest();
            length += shortest();
            total += length;
            joined.push_back(length);
        }
        return total;
    }
};
