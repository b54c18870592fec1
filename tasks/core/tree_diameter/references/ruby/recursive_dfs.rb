# Number of nodes on the longest downward path from `node`; best[0] keeps the best path so far.
def height_with_best(node, best)
  return 0 unless node

  lh = height_with_best(node.left, best)
  rh = height_with_best(node.right, best)
  best[0] = lh + rh if lh + rh > best[0]
  1 + (lh > rh ? lh : rh)
end

# One post-order recursion returning heights: O(n).
# @param {TreeNode} root
# @return {Integer}
def diameter_of_binary_tree(root)
  best = [0]
  height_with_best(root, best)
  best[0]
end
