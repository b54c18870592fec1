/* Largest sum of a path that starts at node and goes down (0 if none helps). */
static int gain(struct TreeNode* node, int* best) {
    if (!node) return 0;
    int left = gain(node->left, best), right = gain(node->right, best);
    int through = node->val + left + right;
    if (through > *best) *best = through;
    int down = node->val + (left > right ? left : right);
    return down > 0 ? down : 0;
}

int maxPathSum(struct TreeNode* root) {
    int best = root->val;
    gain(root, &best);
    return best;
}
