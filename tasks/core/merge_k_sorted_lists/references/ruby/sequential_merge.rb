def merge_two(a, b)
  dummy = tail = ListNode.new
  while a && b
    if a.val <= b.val
      tail.next = a
      a = a.next
    else
      tail.next = b
      b = b.next
    end
    tail = tail.next
  end
  tail.next = a || b
  dummy.next
end

# Merge each list into the running result in turn: O(k * N) for N nodes in k lists.
# @param {ListNode[]} lists
# @return {ListNode}
def merge_k_lists(lists)
  lists.reduce(nil) { |merged, head| merge_two(merged, head) }
end
