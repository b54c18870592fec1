class Solution {
public:
    int maxPathSum(TreeNode* root) {
        int best = root->val;
        vector<int> gains;  // results of finished subtrees, in post-order
        vector<pair<TreeNode*, bool>> stack{{root, false}};
        while (!stack.empty()) {
            auto [node, expanded] = stack.back();
            stack.pop_back();
            if (!node) {
                gains.push_back(0);
            } else if (!expanded) {
                stack.push_back({node, true});
                stack.push_back({node->right, false});
                stack.push_back({node->left, false});
            } else {
                int right = gains.back(); gains.pop_back();
                int left = gains.back(); gains.pop_back();
                best = max(best, node->val + left + right);
                gains.push_back(max(0, node->val + max(left, right)));
            }
        }
        return best;
    }
};
