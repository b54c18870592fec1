# @param {ListNode} list1
# @param {ListNode} list2
# @return {ListNode}
def merge_two_lists(list1, list2)
  dummy = ListNode.new(0)
  tail = dummy
  while list1 && list2
    if list2.val < list1.val
      tail.next = list2
      list2 = list2.next
    else
      tail.next = list1
      list1 = list1.next
    end
    tail = tail.next
  end
  tail.next = list1 || list2 # the rest of whichever list is left, already sorted
  dummy.next
end
