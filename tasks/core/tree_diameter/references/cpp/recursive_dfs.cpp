class Solution {
    int best = 0;

    int height(TreeNode* node) {
        if (!node) return 0;
        int lh = height(node->left), rh = height(node->right);
        best = max(best, lh + rh);
        return 1 + max(lh, rh);
    }

public:
    int diameterOfBinaryTree(TreeNode* root) {
        best = 0;
        height(root);
        return best;
    }
};
