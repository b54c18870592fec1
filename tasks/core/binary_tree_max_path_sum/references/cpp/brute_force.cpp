class Solution {
    // Best downward path from node, recomputed from scratch on every call.
    int gain(TreeNode* node) {
        if (!node) return 0;
        return max(0, node->val + max(gain(node->left), gain(node->right)));
    }

public:
    int maxPathSum(TreeNode* root) {
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
