impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        // per bit, (twos, ones) counts how often it was set, modulo 3: 00 -> 01 -> 10 -> 00
        let (mut ones, mut twos) = (0i32, 0i32);
        for x in nums {
            ones = (ones ^ x) & !twos;
            twos = (twos ^ x) & !ones;
        }
        ones
    }
}
