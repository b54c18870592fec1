// A FIFO queue in one growing array: every node is appended once, so the array ends up holding the
// whole tree in level order. A level is the stretch between two recorded ends. O(n).
long long* levelSums(struct TreeNode* root, int* returnSize) {
    size_t capacity = 64, head = 0, tail = 0;
    struct TreeNode** queue = malloc(capacity * sizeof *queue);
    size_t sums_capacity = 16;
    long long* sums = malloc(sums_capacity * sizeof *sums);
    int levels = 0;
    if (root) queue[tail++] = root;
    while (head < tail) {
        size_t level_end = tail;
        long long total = 0;
        for (; head < level_end; ++head) {
            struct TreeNode* node = queue[head];
            total += node->val;
            if (tail + 2 > capacity) {
                capacity *= 2;
                queue = realloc(queue, capacity * sizeof *queue);
            }
            if (node->left) queue[tail++] = node->left;
            if (node->right) queue[tail++] = node->right;
        }
        if ((size_t)levels == sums_capacity) {
            sums_capacity *= 2;
            sums = realloc(sums, sums_capacity * sizeof *sums);
        }
        sums[levels++] = total;
    }
    free(queue);
    *returnSize = levels;
    return sums;
}
