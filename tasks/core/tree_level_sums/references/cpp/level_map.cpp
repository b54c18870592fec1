class Solution {
    static void visit(TreeNode* node, int depth, map<int, long long>& by_depth) {
        if (!node) return;
        by_depth[depth] += node->val;
        visit(node->left, depth + 1, by_depth);
        visit(node->right, depth + 1, by_depth);
    }

public:
    // Sums kept in an ordered map keyed by depth: a tree lookup per node. O(n log h).
    vector<long long> levelSums(TreeNode* root) {
        map<int, long long> by_depth;
        visit(root, 0, by_depth);
        vector<long long> sums;
        for (const auto& [depth, total] : by_depth) sums.push_back(total);
        return sums;
    }
};
