class Solution {
    // Best downward path from node, recomputed from scratch on every call.
    private int gain(TreeNode node) {
        if (node == null) return 0;
        return Math.max(0, node.val + Math.max(gain(node.left), gain(node.right)));
    }

    public int maxPathSum(TreeNode root) {
        int best = root.val;
        Deque<TreeNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            TreeNode node = stack.pop();
            best = Math.max(best, node.val + gain(node.left) + gain(node.right));
            if (node.left != null) stack.push(node.left);
            if (node.right != null) stack.push(node.right);
        }
        return best;
    }
}
