impl Solution {
    pub fn merge_two_lists(list1: Option<Box<ListNode>>, list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut values = Vec::new();
        for list in [&list1, &list2] {
            let mut node = list;
            while let Some(current) = node {
                values.push(current.val);
                node = &current.next;
            }
        }
        values.sort_unstable();
        let mut head = None;
        for &value in values.iter().rev() {
            head = Some(Box::new(ListNode { val: value, next: head }));
        }
        head
    }
}
