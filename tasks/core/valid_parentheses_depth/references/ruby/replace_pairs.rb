# @param {String} s
# @return {Integer}
def max_depth(s)
  rest = s
  loop do
    shorter = rest.gsub("()", "").gsub("[]", "").gsub("{}", "")
    break if shorter.size == rest.size
    rest = shorter
  end
  return -1 unless rest.empty?
  depth = 0
  level = 0
  s.each_char do |ch|
    level += "([{".include?(ch) ? 1 : -1
    depth = level if level > depth
  end
  depth
end
