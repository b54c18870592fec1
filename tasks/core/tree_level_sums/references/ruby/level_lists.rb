# Levels as arrays, each built from the one above it; a level's sum is taken while building the
# next. O(n).
# @param {TreeNode} root
# @return {Integer[]}
def level_sums(root)
  sums = []
  level = root ? [root] : []
  until level.empty?
    total = 0
    next_level = []
    level.each do |node|
      total += node.val
      next_level << node.left if node.left
      next_level << node.right if node.right
    end
    sums << total
    level = next_level
  end
  sums
end
