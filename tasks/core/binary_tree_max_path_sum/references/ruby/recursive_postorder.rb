# Largest sum of a path that starts at node and goes down (0 if none helps); updates best[0].
def path_gain(node, best)
  return 0 if node.nil?
  left = path_gain(node.left, best)
  right = path_gain(node.right, best)
  through = node.val + left + right
  best[0] = through if through > best[0]
  down = node.val + (left > right ? left : right)
  down > 0 ? down : 0
end

# @param {TreeNode} root
# @return {Integer}
def max_path_sum(root)
  best = [root.val]
  path_gain(root, best)
  best[0]
end
