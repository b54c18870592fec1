static int height(struct TreeNode* node) {
    if (!node) return 0;
    int lh = height(node->left), rh = height(node->right);
    return 1 + (lh > rh ? lh : rh);
}

static void visit(struct TreeNode* node, int* best) {
    if (!node) return;
    int through = height(node->left) + height(node->right);
    if (through > *best) *best = through;
    visit(node->left, best);
    visit(node->right, best);
}

// A fresh height computation below every node: O(n * h).
int diameterOfBinaryTree(struct TreeNode* root) {
    int best = 0;
    visit(root, &best);
    return best;
}
