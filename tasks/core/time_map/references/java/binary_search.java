// Per key, timestamps and values in set order (increasing): get is a binary search.
class TimeMap {
    private final HashMap<String, ArrayList<Integer>> times = new HashMap<>();
    private final HashMap<String, ArrayList<String>> values = new HashMap<>();

    public TimeMap() {}

    public void set(String key, String value, int timestamp) {
        times.computeIfAbsent(key, k -> new ArrayList<>()).add(timestamp);
        values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    public String get(String key, int timestamp) {
        ArrayList<Integer> t = times.get(key);
        if (t == null) return "";
        int lo = 0, hi = t.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.get(mid) <= timestamp) lo = mid + 1;
            else hi = mid;
        }
        return lo == 0 ? "" : values.get(key).get(lo - 1);
    }
}
