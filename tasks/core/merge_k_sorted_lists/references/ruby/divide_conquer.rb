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

# Merge lists in pairs, round after round: log k rounds of O(N) each.
# @param {ListNode[]} lists
# @return {ListNode}
def merge_k_lists(lists)
  heads = lists.compact
  heads = heads.each_slice(2).map { |a, b| merge_two(a, b) } while heads.length > 1
  heads.first
end
