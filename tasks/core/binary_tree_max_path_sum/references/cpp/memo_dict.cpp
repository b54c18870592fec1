class Solution {
    unordered_map<TreeNode*, int> memo;

    int gain(TreeNode* node) {
        if (!node) return 0;
        auto it = memo.find(node);
        if (it != memo.end()) return it->second;
        int result = max(0, node->val + max(gain(node->left), gain(node->right)));
        memo[node] = result;
        return result;
    }

public:
    int maxPathSum(TreeNode* root) {
        memo.clear();
        int best = root->val;
        vector<TreeNode*> stack{root};
        while (!stack.empty()) {
            TreeNode* node = stack.back();
            stack.pop_back();
            best = max(best, node->val + gain(node->left) + gain(node->right));
            if (node->left) stack.push_back(node->left);
            if (node->right) stack.push_back(node->right);
        }
        return best;
    }
};
