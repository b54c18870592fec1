class Solution {
    // A fresh height computation below every node: O(n * h).
    public int diameterOfBinaryTree(TreeNode root) {
        int best = 0;
        Deque<TreeNode> stack = new ArrayDeque<>();
        if (root != null) stack.push(root);
        while (!stack.isEmpty()) {
            TreeNode node = stack.pop();
            best = Math.max(best, height(node.left) + height(node.right));
            if (node.left != null) stack.push(node.left);
            if (node.right != null) stack.push(node.right);
        }
        return best;
    }

    private static int height(TreeNode node) {
        return node == null ? 0 : 1 + Math.max(height(node.left), height(node.right));
    }
}
