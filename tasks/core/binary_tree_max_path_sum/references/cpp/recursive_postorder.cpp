class Solution {
    int best = INT_MIN;

    // Largest sum of a path that starts at node and goes down (0 if none helps).
    int gain(TreeNode* node) {
        if (!node) return 0;
        int left = gain(node->left), right = gain(node->right);
        best = max(best, node->val + left + right);
        return max(0, node->val + max(left, right));
    }

public:
    int maxPathSum(TreeNode* root) {
        best = root->val;
        gain(root);
        return best;
    }
};
