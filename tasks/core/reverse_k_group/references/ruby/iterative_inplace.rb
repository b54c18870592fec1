# @param {ListNode} head
# @param {Integer} k
# @return {ListNode}
def reverse_k_group(head, k)
  dummy = ListNode.new(0, head)
  before = dummy # the node just before the current group
  loop do
    last = before
    k.times do
      last = last.next
      return dummy.next if last.nil?
    end
    after = last.next
    first = before.next
    previous = after
    node = first
    until node.equal?(after)
      following = node.next
      node.next = previous
      previous = node
      node = following
    end
    before.next = last
    before = first
  end
end
