class Solution {
    // Breadth-first search over the tree as an undirected graph: the farthest node and its distance.
    static pair<int, int> farthest(const vector<vector<int>>& neighbours, int start) {
        vector<int> dist(neighbours.size(), -1);
        vector<int> queue{start};
        dist[start] = 0;
        for (size_t head = 0; head < queue.size(); ++head)
            for (int v : neighbours[queue[head]])
                if (dist[v] < 0) {
                    dist[v] = dist[queue[head]] + 1;
                    queue.push_back(v);
                }
        return {queue.back(), dist[queue.back()]};
    }

public:
    int diameterOfBinaryTree(TreeNode* root) {
        // A search from any node ends at one end of a longest path; a second one measures it.
        if (!root) return 0;
        vector<TreeNode*> nodes{root};
        vector<vector<int>> neighbours(1);
        for (size_t i = 0; i < nodes.size(); ++i)
            for (TreeNode* child : {nodes[i]->left, nodes[i]->right})
                if (child) {
                    neighbours[i].push_back(nodes.size());
                    neighbours.push_back({(int)i});
                    nodes.push_back(child);
                }
        int end = farthest(neighbours, 0).first;
        return farthest(neighbours, end).second;
    }
};
