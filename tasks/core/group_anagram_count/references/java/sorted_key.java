class Solution {
    public int groupAnagramCount(String[] strs) {
        Set<String> keys = new HashSet<>();
        for (String word : strs) {
            char[] letters = word.toCharArray();
            Arrays.sort(letters);
            keys.add(new String(letters));
        }
        return keys.size();
    }
}
