class Solution {
    // One FIFO queue for the whole walk; its size at the start of a level is that level's width. O(n).
    public List<Long> levelSums(TreeNode root) {
        List<Long> sums = new ArrayList<>();
        ArrayDeque<TreeNode> queue = new ArrayDeque<>();
        if (root != null) queue.add(root);
        while (!queue.isEmpty()) {
            long total = 0;
            for (int i = queue.size(); i > 0; i--) {
                TreeNode node = queue.poll();
                total += node.val;
                if (node.left != null) queue.add(node.left);
                if (node.right != null) queue.add(node.right);
            }
            sums.add(total);
        }
        return sums;
    }
}
