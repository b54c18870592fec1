class Solution {
    public int groupAnagramCount(String[] strs) {
        List<int[]> representatives = new ArrayList<>(); // letter counts of one word per group
        for (String word : strs) {
            int[] counts = new int[26];
            for (int i = 0; i < word.length(); i++) counts[word.charAt(i) - 'a']++;
            boolean found = false;
            for (int[] known : representatives) {
                if (Arrays.equals(known, counts)) {
                    found = true;
                    break;
                }
            }
            if (!found) representatives.add(counts);
        }
        return representatives.size();
    }
}
