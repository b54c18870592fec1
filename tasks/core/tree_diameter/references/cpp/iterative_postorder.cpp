class Solution {
public:
    int diameterOfBinaryTree(TreeNode* root) {
        if (!root) return 0;
        unordered_map<TreeNode*, int> height;
        height[nullptr] = 0;
        int best = 0;
        vector<pair<TreeNode*, bool>> stack{{root, false}};
        while (!stack.empty()) {
            auto [node, children_done] = stack.back();
            stack.pop_back();
            if (children_done) {
                int lh = height[node->left], rh = height[node->right];
                best = max(best, lh + rh);
                height[node] = 1 + max(lh, rh);
            } else {
                stack.push_back({node, true});
                if (node->right) stack.push_back({node->right, false});
                if (node->left) stack.push_back({node->left, false});
            }
        }
        return best;
    }
};
