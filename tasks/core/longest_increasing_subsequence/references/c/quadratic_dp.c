// best[i]: longest increasing subsequence ending at i, from every earlier position. O(n^2).
int lengthOfLIS(int* nums, int numsSize) {
    int* best = malloc(sizeof(int) * (numsSize > 0 ? numsSize : 1));
    int answer = 0;
    for (int i = 0; i < numsSize; ++i) {
        best[i] = 1;
        for (int j = 0; j < i; ++j) {
            if (nums[j] < nums[i] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
        }
        if (best[i] > answer) answer = best[i];
    }
    free(best);
    return answer;
}
