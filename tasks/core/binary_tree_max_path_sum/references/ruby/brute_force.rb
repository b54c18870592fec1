# Best downward path from node, recomputed from scratch on every call.
def downward_gain(node)
  return 0 if node.nil?
  left = downward_gain(node.left)
  right = downward_gain(node.right)
  down = node.val + (left > right ? left : right)
  down > 0 ? down : 0
end

# @param {TreeNode} root
# @return {Integer}
def max_path_sum(root)
  best = root.val
  stack = [root]
  until stack.empty?
    node = stack.pop
    through = node.val + downward_gain(node.left) + downward_gain(node.right)
    best = through if through > best
    stack << node.left if node.left
    stack << node.right if node.right
  end
  best
end
