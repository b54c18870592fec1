class Solution {
    public int[] productExceptSelf(int[] nums) {
        int n = nums.length;
        int[] answer = new int[n];
        int running = 1;
        for (int i = 0; i < n; i++) {
            answer[i] = running; // product of everything left of i
            running *= nums[i];
        }
        running = 1;
        for (int i = n - 1; i >= 0; i--) {
            answer[i] *= running; // times the product of everything right of i
            running *= nums[i];
        }
        return answer;
    }
}
