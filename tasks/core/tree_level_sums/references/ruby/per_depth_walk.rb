def tree_height(node)
  return 0 unless node

  lh = tree_height(node.left)
  rh = tree_height(node.right)
  1 + (lh > rh ? lh : rh)
end

def level_sum(node, depth)
  return 0 unless node
  return node.val if depth.zero?

  level_sum(node.left, depth - 1) + level_sum(node.right, depth - 1)
end

# For every depth, walk down from the root again and stop there: O(n * h).
# @param {TreeNode} root
# @return {Integer[]}
def level_sums(root)
  (0...tree_height(root)).map { |d| level_sum(root, d) }
end
