def subtree_height(node)
  return 0 unless node

  lh = subtree_height(node.left)
  rh = subtree_height(node.right)
  1 + (lh > rh ? lh : rh)
end

# A fresh height computation below every node: O(n * h).
# @param {TreeNode} root
# @return {Integer}
def diameter_of_binary_tree(root)
  best = 0
  stack = root ? [root] : []
  until stack.empty?
    node = stack.pop
    through = subtree_height(node.left) + subtree_height(node.right)
    best = through if through > best
    stack << node.left if node.left
    stack << node.right if node.right
  end
  best
end
