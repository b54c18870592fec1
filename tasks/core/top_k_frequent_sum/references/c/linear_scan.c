long long topKFrequentSum(int* nums, int numsSize, int k) {
    // Count by linear search in a growing table of distinct values, then pick the best k one by one.
    int* values = malloc(numsSize * sizeof(int));
    int* counts = malloc(numsSize * sizeof(int));
    int distinct = 0;
    for (int i = 0; i < numsSize; i++) {
        int j = 0;
        while (j < distinct && values[j] != nums[i]) j++;
        if (j == distinct) {
            values[distinct] = nums[i];
            counts[distinct++] = 0;
        }
        counts[j]++;
    }
    long long total = 0;
    for (int round = 0; round < k; round++) {
        int best = 0;
        for (int i = 1; i < distinct; i++)
            if (counts[i] > counts[best] || (counts[i] == counts[best] && values[i] > values[best])) best = i;
        total += values[best];
        distinct--;
        values[best] = values[distinct];
        counts[best] = counts[distinct];
    }
    free(values);
    free(counts);
    return total;
}
