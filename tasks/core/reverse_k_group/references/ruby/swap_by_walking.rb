# @param {ListNode} head
# @param {Integer} k
# @return {ListNode}
def reverse_k_group(head, k)
  start = head
  loop do
    finish = start
    (k - 1).times { finish = finish&.next }
    return head if finish.nil? # fewer than k nodes left
    following = finish.next
    (k / 2).times do |i|
      # walk from the group start to both positions of the pair
      left = start
      i.times { left = left.next }
      right = start
      (k - 1 - i).times { right = right.next }
      left.val, right.val = right.val, left.val
    end
    start = following
  end
end
