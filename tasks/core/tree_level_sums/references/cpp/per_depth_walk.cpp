class Solution {
    static int height(TreeNode* node) {
        return node ? 1 + max(height(node->left), height(node->right)) : 0;
    }

    static long long levelSum(TreeNode* node, int depth) {
        if (!node) return 0;
        if (depth == 0) return node->val;
        return levelSum(node->left, depth - 1) + levelSum(node->right, depth - 1);
    }

public:
    // For every depth, walk down from the root again and stop there: level d costs a visit to every
    // node above it, O(n * h) in all.
    vector<long long> levelSums(TreeNode* root) {
        vector<long long> sums;
        for (int d = 0, h = height(root); d < h; ++d) sums.push_back(levelSum(root, d));
        return sums;
    }
};
