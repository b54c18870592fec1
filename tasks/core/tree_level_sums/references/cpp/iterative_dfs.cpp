class Solution {
public:
    // An explicit stack of (node, depth) pairs instead of recursion. O(n).
    vector<long long> levelSums(TreeNode* root) {
        vector<long long> sums;
        vector<pair<TreeNode*, size_t>> stack;
        if (root) stack.push_back({root, 0});
        while (!stack.empty()) {
            auto [node, depth] = stack.back();
            stack.pop_back();
            if (depth >= sums.size()) sums.resize(depth + 1, 0);
            sums[depth] += node->val;
            if (node->right) stack.push_back({node->right, depth + 1});
            if (node->left) stack.push_back({node->left, depth + 1});
        }
        return sums;
    }
};
