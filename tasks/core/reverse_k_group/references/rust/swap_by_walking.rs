impl Solution {
    pub fn reverse_k_group(mut head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        fn node_at(list: &mut Option<Box<ListNode>>, pos: usize) -> &mut ListNode {
            let mut node = list.as_mut().unwrap();
            for _ in 0..pos {
                node = node.next.as_mut().unwrap();
            }
            node
        }
        let k = k as usize;
        let mut len = 0;
        let mut probe = head.as_ref();
        while let Some(node) = probe {
            len += 1;
            probe = node.next.as_ref();
        }
        let mut group = &mut head; // the link to the current group's first node
        let mut start = 0;
        while start + k <= len {
            for i in 0..k / 2 {
                // walk from the group start to both positions of the pair
                let a = node_at(group, i).val;
                let b = node_at(group, k - 1 - i).val;
                node_at(group, i).val = b;
                node_at(group, k - 1 - i).val = a;
            }
            for _ in 0..k {
                group = &mut group.as_mut().unwrap().next;
            }
            start += k;
        }
        head
    }
}
