// Number of nodes on the longest downward path from `node`; records the best path through it.
static int height(struct TreeNode* node, int* best) {
    if (!node) return 0;
    int lh = height(node->left, best), rh = height(node->right, best);
    if (lh + rh > *best) *best = lh + rh;
    return 1 + (lh > rh ? lh : rh);
}

// One post-order recursion returning heights: O(n).
int diameterOfBinaryTree(struct TreeNode* root) {
    int best = 0;
    height(root, &best);
    return best;
}
