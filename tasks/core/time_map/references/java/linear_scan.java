// Per key, timestamps and values in set order: get scans back from the newest.
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
        for (int i = t.size() - 1; i >= 0; i--) {
            if (t.get(i) <= timestamp) return values.get(key).get(i);
        }
        return "";
    }
}
