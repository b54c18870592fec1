class Solution {
    // Pre-order: the first node met at a depth is the leftmost one, so `sums` grows one entry at a time.
    static void visit(TreeNode* node, size_t depth, vector<long long>& sums) {
        if (!node) return;
        if (depth == sums.size()) sums.push_back(0);
        sums[depth] += node->val;
        visit(node->left, depth + 1, sums);
        visit(node->right, depth + 1, sums);
    }

public:
    // Recursion carrying the depth index. O(n) time, O(h) stack.
    vector<long long> levelSums(TreeNode* root) {
        vector<long long> sums;
        visit(root, 0, sums);
        return sums;
    }
};
