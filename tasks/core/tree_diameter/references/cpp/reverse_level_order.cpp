class Solution {
public:
    int diameterOfBinaryTree(TreeNode* root) {
        // Level order puts children after parents, so walking it backwards meets children's heights
        // first: no recursion, heights kept in an array by position. O(n).
        if (!root) return 0;
        vector<TreeNode*> nodes{root};
        vector<pair<int, int>> kids;
        for (size_t i = 0; i < nodes.size(); ++i) {
            int left = -1, right = -1;
            if (nodes[i]->left) { left = nodes.size(); nodes.push_back(nodes[i]->left); }
            if (nodes[i]->right) { right = nodes.size(); nodes.push_back(nodes[i]->right); }
            kids.push_back({left, right});
        }
        vector<int> height(nodes.size(), 0);
        int best = 0;
        for (int i = nodes.size() - 1; i >= 0; --i) {
            int lh = kids[i].first < 0 ? 0 : height[kids[i].first];
            int rh = kids[i].second < 0 ? 0 : height[kids[i].second];
            best = max(best, lh + rh);
            height[i] = 1 + max(lh, rh);
        }
        return best;
    }
};
