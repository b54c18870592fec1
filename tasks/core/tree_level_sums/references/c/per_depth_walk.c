static int height(struct TreeNode* node) {
    if (!node) return 0;
    int lh = height(node->left), rh = height(node->right);
    return 1 + (lh > rh ? lh : rh);
}

static long long level_sum(struct TreeNode* node, int depth) {
    if (!node) return 0;
    if (depth == 0) return node->val;
    return level_sum(node->left, depth - 1) + level_sum(node->right, depth - 1);
}

// For every depth, walk down from the root again and stop there: O(n * h).
long long* levelSums(struct TreeNode* root, int* returnSize) {
    int h = height(root);
    long long* sums = malloc((h > 0 ? h : 1) * sizeof *sums);
    for (int d = 0; d < h; ++d) sums[d] = level_sum(root, d);
    *returnSize = h;
    return sums;
}
