# @param {ListNode} list1
# @param {ListNode} list2
# @return {ListNode}
def merge_two_lists(list1, list2)
  dummy = ListNode.new(0, list1)
  while list2
    node = list2
    list2 = list2.next
    # Scan from the head for the last node not greater than the new one, every time.
    place = dummy
    place = place.next while place.next && place.next.val <= node.val
    node.next = place.next
    place.next = node
  end
  dummy.next
end
