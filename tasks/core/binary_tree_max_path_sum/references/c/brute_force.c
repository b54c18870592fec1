/* Best downward path from node, recomputed from scratch on every call. */
static int gain(struct TreeNode* node) {
    if (!node) return 0;
    int left = gain(node->left), right = gain(node->right);
    int down = node->val + (left > right ? left : right);
    return down > 0 ? down : 0;
}

static void visit(struct TreeNode* node, int* best) {
    if (!node) return;
    int through = node->val + gain(node->left) + gain(node->right);
    if (through > *best) *best = through;
    visit(node->left, best);
    visit(node->right, best);
}

int maxPathSum(struct TreeNode* root) {
    int best = root->val;
    visit(root, &best);
    return best;
}
