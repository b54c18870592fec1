class Solution {
    int height(TreeNode* node) {
        return node ? 1 + max(height(node->left), height(node->right)) : 0;
    }

public:
    int diameterOfBinaryTree(TreeNode* root) {
        int best = 0;
        vector<TreeNode*> stack;
        if (root) stack.push_back(root);
        while (!stack.empty()) {
            TreeNode* node = stack.back();
            stack.pop_back();
            best = max(best, height(node->left) + height(node->right));
            if (node->left) stack.push_back(node->left);
            if (node->right) stack.push_back(node->right);
        }
        return best;
    }
};
